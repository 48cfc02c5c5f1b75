"""Checks a dev set's files: JSON, ids, words per article, evidence quotes verbatim in a document of the event,
pcode existence/level/nesting, mention_documents within documents, count rules, date formats per precision, no
event dated after a document reporting it, canonical actors, ACLED types, notes.
Run through each set's build/verify.py, which passes SET_DIR; prints "errors N". The set's build/common.py may
hold VERIFY = {...} for the conventions it was written under (older sets: longer articles, years up to 2024, no
notes required, their own extra actor names); the defaults are those of dev4 onwards."""
import json, csv, re, collections, os
HERE=os.path.dirname(os.path.abspath(__file__))
os.chdir(SET_DIR)  # the set's folder (articles.jsonl, gold.json, build/common.py), given by the caller
arts=[json.loads(l) for l in open('articles.jsonl',encoding='utf-8')]
A={a['id']:a for a in arts}
gold=json.load(open('gold.json',encoding='utf-8'))
SHARED=os.path.join(HERE,'..','..','shared')
pc={r['pcode']:r for r in csv.DictReader(open(os.path.join(SHARED,'data','iraq_cod_ab','iraq_admin_gazetteer_centroids.csv'),encoding='utf-8'))}
err=0
import sys; sys.path.insert(0,os.path.join(os.getcwd(),'build')); import common; from common import ACLED as ACL
V=dict(max_words=500, first_year=2019, last_year=2025, notes=True,
       extra_actors={'Islamic Resistance in Iraq','Government of Iraq','Government of Turkey'})  # dev3, dev, dev4 added these
V.update(getattr(common,'VERIFY',{}))
def bad(*m):
    global err; err+=1; print('ERR',*m)
assert [d['id'] for d in gold['documents']]==[a['id'] for a in arts]
for a in arts:
    n=len(a['text'].split())
    if not 80<=n<=V['max_words']: bad(a['id'],'words',n)
    if not a['text'].strip(): bad(a['id'],'empty')
CANON={'Islamic State','Peshmerga','Iraqi Army','Iraqi Police','Iraqi Security Forces (unspecified)','Counter Terrorism Service','Popular Mobilization Forces','Federal Police','Kurdistan Region Security (Asayish)','International Coalition','Turkish Armed Forces','PKK','Iranian Revolutionary Guard','Kurdish armed opposition (Iran)','Syrian Army','Syrian Democratic Forces','Unidentified Armed Group','Civilians','Protesters','Rioters','Sadrist Movement (Saraya al-Salam)','Asaib Ahl al-Haq','Tribal militia','US Armed Forces'}|V['extra_actors']
Y=str(V['last_year']); Y0=str(V['first_year'])
types=collections.Counter(); evdocs=set()
ids=set()
for e in gold['events']:
    if e['id'] in ids: bad(e['id'],'dup id')
    ids.add(e['id'])
    for k in ('type','acled_event_type','acled_sub_event_type','date_precision','location','actor1','actor2','documents','evidence'):
        if k not in e: bad(e['id'],'missing',k)
    if e['date_precision']=='month' and not re.fullmatch(r'\d{4}-\d\d',e.get('date','')): bad(e['id'],'month date')
    if e['date_precision']=='week' and not re.fullmatch(r'\d{4}-\d\d-\d\d',e.get('date','')): bad(e['id'],'week date')
    if e['date_precision']=='unknown' and ('date' in e or 'date_hint' not in e): bad(e['id'],'unknown date')
    if e.get('date','')[:4] and e['date_precision']!='unknown' and not Y0<=e['date'][:4]<=Y: print('NOTE',e['id'],'date outside '+Y0+'-'+Y,e['date'])
    for d in e.get('date_alt',[]):
        if not re.fullmatch(r'\d{4}-\d\d-\d\d',d): bad(e['id'],'date_alt')
    if not e['evidence']: bad(e['id'],'no evidence')
    for k in ('killed','killed_low','killed_high','wounded','civilians_killed'):
        if k in e and (not isinstance(e[k],int) or e[k]<0): bad(e['id'],'count',k)
    if 'civilians_killed' in e and 'killed_high' in e and e['civilians_killed']>e['killed_high']: bad(e['id'],'civ>killed')
    for x in e.get('actor1',[])+e.get('actor2',[]):
        if x not in CANON: bad(e['id'],'actor not canonical',x)
    if e.get('type') not in ACL: bad(e['id'],'type',e.get('type'))
    elif e['acled_event_type']!=ACL[e['type']][0]: bad(e['id'],'acled type mismatch')
    if e.get('optional') and not isinstance(e['optional'],bool): bad(e['id'],'optional not bool')
    if V['notes'] and not e.get('note'): bad(e['id'],'no note')
    types[(e['type'],e.get('optional',False))]+=1
    for d in e['documents']:
        if d not in A: bad(e['id'],'doc?',d)
        evdocs.add(d)
    for d in e.get('mention_documents',[]):
        if d not in e['documents']: bad(e['id'],'mention not in docs')
    for q in e.get('evidence',[]):
        if not any(q in A[d]['text'] for d in e['documents'] if d in A): bad(e['id'],'quote not found',q[:60])
    l=e['location']
    if l['country']=='Iraq':
        a1=l.get('admin1_pcode'); 
        if a1 not in pc or pc[a1]['level']!='1': bad(e['id'],'a1',a1)
        a2=l.get('admin2_pcode')
        if a2 and (a2 not in pc or pc[a2]['level']!='2' or pc[a2]['adm1_pcode']!=a1): bad(e['id'],'a2',a2)
        a3=l.get('admin3_pcode')
        if a3 and (a3 not in pc or pc[a3]['level']!='3' or pc[a3]['adm2_pcode']!=a2): bad(e['id'],'a3',a3)
        for x in l.get('alt_admin1_pcodes',[]):
            if x not in pc: bad(e['id'],'alt',x)
        desc=[pc[x]['name_en'] for x in (a1,a2,a3) if x]
        print(e['id'],e['type'],e.get('date'),e['date_precision'],l['name_ar'],'|',' / '.join(desc))
    else: print(e['id'],e['type'],e.get('date'),l['country'],l.get('admin1_en'))
    if e['date_precision']=='day' and not re.fullmatch(r'\d{4}-\d\d-\d\d',e.get('date','')): bad(e['id'],'date')
    if 'killed' in e and 'killed_low' not in e: bad(e['id'],'no low')
    if 'killed_low' in e and not e['killed_low']<=e['killed_high']: bad(e['id'],'low>high')
    if 'killed' in e and not (e['killed_low']<=e['killed']<=e['killed_high']): bad(e['id'],'range')
noev=[a['id'] for a in arts if a['id'] not in evdocs]
print('types',sorted(types.items()))
print('non-event articles',noev,len(noev))
multi=[e['id'] for e in gold['events'] if len(e['documents'])>1]
print('cross-doc events',multi)
for a in arts:
    pub=a.get('published')
    if pub and not Y0+'-01-01'<=pub<=Y+'-12-31': bad(a['id'],'published out of range')
    if pub:
        for e in gold['events']:
            if a['id'] in e['documents'] and e.get('date') and e['date'][:len(pub)]>pub[:len(e['date'])]: bad(e['id'],'event after publication of',a['id'])
print('articles',len(arts),'events',len(gold['events']))
print('errors',err)
