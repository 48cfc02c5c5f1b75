// Interface strings in Arabic (default, right-to-left) and English.
const STRINGS = {
  ar: {
    brand: 'مرصد', nav_events: 'الأحداث', nav_stories: 'القصص', search_placeholder: 'بحث في النصوص…', from: 'من', to: 'إلى',
    all_types: 'كل الأنواع', all_governorates: 'كل المحافظات', actor: 'الفاعل', outlet: 'المصدر', apply: 'تطبيق', reset: 'مسح',
    reviewed_include: 'الكل', reviewed_only: 'المراجَعة فقط', reviewed_exclude: 'غير المراجَعة', export: 'تصدير',
    footer: 'الحدود الإدارية: OCHA العراق / الجهاز المركزي للإحصاء (COD-AB، CC BY-IGO). Leaflet (BSD-2). خط Noto Naskh Arabic (OFL).',
    events: 'الأحداث', n_events: n => `${n} حدثاً`, killed: 'قتلى', wounded: 'جرحى', civilians_killed: 'قتلى مدنيون',
    timeline: 'الخط الزمني (أحداث في اليوم حسب النوع) — اسحب لتحديد فترة', clear_brush: 'إلغاء التحديد', no_events: 'لا أحداث بهذه المرشحات',
    type: 'النوع', date: 'التاريخ', location: 'المكان', governorate: 'المحافظة', district: 'القضاء', actor1: 'الفاعل', actor2: 'المستهدف',
    killed_low: 'أدنى عدد قتلى', killed_or_wounded: 'قتلى وجرحى (رقم مجمل)', killed_high: 'أعلى عدد قتلى', documents: 'التقارير', sources: 'رواية كل مصدر', conflicts: 'خلافات بين المصادر',
    articles: 'النص الأصلي مع الأدلة', review: 'المراجعة', reviewer: 'اسم المراجِع', token: 'رمز المراجعة', confirm: 'تأكيد',
    reject: 'رفض', edit: 'تعديل', save_edit: 'حفظ التعديل', status: 'الحالة', not_reviewed: 'لم يراجَع', confirmed: 'مؤكَّد',
    rejected: 'مرفوض', edited: 'معدَّل', merged: 'مدموج', split: 'مقسوم', audit: 'سجل المراجعة', open_event: 'فتح الحدث',
    stories: 'القصص', story: 'القصة', summary: 'الملخص', event_page: 'صفحة الحدث', back: 'رجوع', date_precision: 'دقة التاريخ',
    acled: 'تصنيف ACLED', outlet_col: 'المصدر', not_found: 'غير موجود', review_needs_token: 'أدخل رمز المراجعة الذي طبعه الخادم',
    saved: 'حُفظ', fatalities: 'قتلى', search_results: 'نتائج البحث', per_district: 'أحداث لكل قضاء', mentions_only: 'ذكر عابر',
    alerts: 'إنذارات الثغرات الأمنية', alert_surge: 'تصاعد', alert_new_activity: 'نشاط جديد', week_of: 'أسبوع',
    alert_counts: (n, e, f, ef) => `الأحداث ${n} (المتوقع ${e}) · القتلى ${f} (المتوقع ${ef})`, no_alerts: 'لا إنذارات في هذه الفترة',
    alerts_feed: 'خلاصة الإنذارات (Atom)', alert_evidence: 'أحداث الإنذار', show_all: 'عرض كل الأحداث',
    alert_not_found: 'الإنذار غير موجود بهذه المرشحات', alert_district: 'قضاء فيه إنذار',
    alerts_help: 'أقضية تجاوزت فيها الهجمات أو القتلى في أسبوع ما اعتادته، أو ظهرت فيها هجمات حيث لم يُسجَّل شيء',
    types: { armed_clash: 'اشتباك مسلح', attack: 'هجوم', explosion: 'تفجير', shelling: 'قصف مدفعي/صاروخي', airstrike: 'غارة جوية',
      violence_against_civilians: 'عنف ضد مدنيين', protest: 'احتجاج', riot: 'شغب', arrest: 'اعتقال', security_operation: 'عملية أمنية',
      agreement_or_meeting: 'اتفاق/اجتماع' },
  },
  en: {
    brand: 'Marsad', nav_events: 'Events', nav_stories: 'Stories', search_placeholder: 'Search the texts…', from: 'From', to: 'To',
    all_types: 'All types', all_governorates: 'All governorates', actor: 'Actor', outlet: 'Outlet', apply: 'Apply', reset: 'Clear',
    reviewed_include: 'All', reviewed_only: 'Reviewed only', reviewed_exclude: 'Not reviewed', export: 'Export',
    footer: 'Boundaries: OCHA Iraq / Central Statistics Organization (COD-AB, CC BY-IGO). Leaflet (BSD-2). Noto Naskh Arabic font (OFL).',
    events: 'Events', n_events: n => `${n} events`, killed: 'killed', wounded: 'wounded', civilians_killed: 'civilians killed',
    timeline: 'Timeline (events per day by type) — drag to select a period', clear_brush: 'Clear selection', no_events: 'No events match these filters',
    type: 'Type', date: 'Date', location: 'Location', governorate: 'Governorate', district: 'District', actor1: 'Actor 1', actor2: 'Actor 2',
    killed_low: 'Killed (low)', killed_or_wounded: 'Killed or wounded (combined)', killed_high: 'Killed (high)', documents: 'Reports', sources: "Each source's version", conflicts: 'Where sources disagree',
    articles: 'Original text with evidence', review: 'Review', reviewer: 'Reviewer name', token: 'Review token', confirm: 'Confirm',
    reject: 'Reject', edit: 'Edit', save_edit: 'Save edit', status: 'Status', not_reviewed: 'not reviewed', confirmed: 'confirmed',
    rejected: 'rejected', edited: 'edited', merged: 'merged', split: 'split', audit: 'Audit log', open_event: 'Open event',
    stories: 'Stories', story: 'Story', summary: 'Summary', event_page: 'Event page', back: 'Back', date_precision: 'Date precision',
    acled: 'ACLED coding', outlet_col: 'Outlet', not_found: 'Not found', review_needs_token: 'Enter the review token the server printed',
    saved: 'Saved', fatalities: 'fatalities', search_results: 'Search results', per_district: 'Events per district', mentions_only: 'passing mention',
    alerts: 'Security-gap alerts', alert_surge: 'Surge', alert_new_activity: 'New activity', week_of: 'Week of',
    alert_counts: (n, e, f, ef) => `${n} events (expected ${e}) · ${f} killed (expected ${ef})`, no_alerts: 'No alerts in this period',
    alerts_feed: 'Alerts feed (Atom)', alert_evidence: 'Alert evidence', show_all: 'Show all events',
    alert_not_found: 'No such alert with these filters', alert_district: 'District with an alert',
    alerts_help: "Districts whose weekly attacks or deaths exceed their own history, or where attacks appear where none were recorded",
    types: { armed_clash: 'Armed clash', attack: 'Attack', explosion: 'Explosion', shelling: 'Shelling', airstrike: 'Air/drone strike',
      violence_against_civilians: 'Violence against civilians', protest: 'Protest', riot: 'Riot', arrest: 'Arrest',
      security_operation: 'Security operation', agreement_or_meeting: 'Agreement / meeting' },
  },
};

let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';

export function t(key, ...args) {
  const v = STRINGS[lang][key] ?? STRINGS.ar[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}

export function typeName(code) { return STRINGS[lang].types[code] || code; }

export function currentLang() { return lang; }

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'ar';
  localStorage.setItem('marsad.lang', lang);
  applyStatic();
}

/** Fills the static page strings and the direction: Arabic right-to-left, English left-to-right. */
export function applyStatic() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(n => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  const b = document.getElementById('lang');
  if (b) b.textContent = lang === 'ar' ? 'English' : 'العربية';
}

export const TYPE_COLOURS = {
  armed_clash: '#b42318', attack: '#d9480f', explosion: '#7b2cbf', shelling: '#c2255c', airstrike: '#1864ab',
  violence_against_civilians: '#5c3d2e', protest: '#2b8a3e', riot: '#e67700', arrest: '#495057',
  security_operation: '#0b7285', agreement_or_meeting: '#868e96',
};
