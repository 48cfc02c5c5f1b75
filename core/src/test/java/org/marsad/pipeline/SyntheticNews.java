package org.marsad.pipeline;

import java.util.Random;

/**
 * Generated Arabic news-wire paragraphs for load and limit tests: sentences assembled from fragments
 * we wrote, with a seed so every run produces the same texts; each text carries a serial so that no
 * two are exact duplicates.
 */
public final class SyntheticNews {
    private static final String[] PLACES = {"الموصل", "كركوك", "بعقوبة", "تكريت", "الرمادي", "البصرة", "أربيل", "سامراء",
            "قضاء مخمور", "ناحية العظيم", "قضاء الطارمية", "قضاء سنجار"};
    private static final String[] EVENTS = {"انفجرت عبوة ناسفة على جانب الطريق", "هاجم مسلحون مجهولون نقطة تفتيش",
            "سقطت ثلاث قذائف هاون على منطقة سكنية", "اندلعت اشتباكات بين قوة أمنية ومسلحين", "نفذت طائرة مسيرة ضربة جوية",
            "اعتقلت قوة من الشرطة مطلوبين اثنين", "تظاهر العشرات أمام مبنى المحافظة"};
    private static final String[] TOLLS = {"ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين", "من دون أن تسفر عن إصابات",
            "ما أدى إلى مقتل مدني وإصابة طفل", "وأسفر الهجوم عن سقوط خمسة جرحى", ""};
    private static final String[] WHEN = {"مساء أمس", "فجر اليوم", "الليلة الماضية", "صباح الأحد", "يوم الخميس الماضي"};

    private SyntheticNews() {}

    public static String article(long serial, int sentences) {
        Random r = new Random(serial * 7919L + 17);
        StringBuilder sb = new StringBuilder();
        sb.append(PLACES[r.nextInt(PLACES.length)]).append(" – وكالة الاختبار (").append(serial).append(")\n");
        for (int i = 0; i < sentences; i++) {
            sb.append(EVENTS[r.nextInt(EVENTS.length)]).append(' ').append(WHEN[r.nextInt(WHEN.length)])
                    .append(" في ").append(PLACES[r.nextInt(PLACES.length)]).append(' ')
                    .append(TOLLS[r.nextInt(TOLLS.length)]).append(", بحسب مصدر أمني رقم ").append(serial).append('-').append(i)
                    .append(".\n");
        }
        return sb.toString();
    }
}
