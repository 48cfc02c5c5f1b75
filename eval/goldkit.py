"""Helpers shared by the development sets' build scripts (eval/dev*/build): articles, locations and
gold events in the shared/eval/GOLD-FORMAT.md shape, and the writing of articles.jsonl and gold.json.
Each set's build/common.py imports this module and names its set; its part*.py files hold the text."""
import json, os

ARTICLES=[]; EVENTS=[]
SET='dev'  # the event-id prefix; a set's build/common.py calls configure()

def configure(name):
    global SET
    SET=name

ACLED={
 'armed_clash':('Battles','Armed clash'),
 'attack':('Battles','Armed clash'),
 'explosion':('Explosions/Remote violence','Remote explosive/landmine/IED'),
 'shelling':('Explosions/Remote violence','Shelling/artillery/missile attack'),
 'airstrike':('Explosions/Remote violence','Air/drone strike'),
 'violence_against_civilians':('Violence against civilians','Attack'),
 'protest':('Protests','Peaceful protest'),
 'riot':('Riots','Violent demonstration'),
 'arrest':('Strategic developments','Arrests'),
 'security_operation':('Strategic developments','Other'),
 'agreement_or_meeting':('Strategic developments','Other'),
}
def art(id, outlet, published, title, text, precision='day', hint=None):
    d={'id':id,'outlet':outlet}
    if published: d['published']=published
    d['published_precision']=precision if published else 'unknown'
    if hint: d['published_hint']=hint
    d['title']=title; d['text']=text.strip(); d['fictional']=True
    ARTICLES.append(d)
def loc(name, a1=None, a2=None, a3=None, alt=None, country='Iraq', admin1_en=None):
    l={'name_ar':name}
    if a1: l['admin1_pcode']=a1
    if a2: l['admin2_pcode']=a2
    if a3: l['admin3_pcode']=a3
    if alt: l['alt_admin1_pcodes']=alt
    l['country']=country
    if admin1_en: l['admin1_en']=admin1_en
    return l
def ev(type, date, prec, location, a1, a2, docs, evidence, mention=None, sub=None, optional=False, killed=None, klow=None, khigh=None, wounded=None, civ=None, cas=None, note=None, date_hint=None, date_alt=None):
    e={'id':'%s-e%d'%(SET,len(EVENTS)+1)}
    if optional: e['optional']=True
    e['type']=type
    t,s=ACLED[type]; e['acled_event_type']=t; e['acled_sub_event_type']=sub or s
    if date: e['date']=date
    e['date_precision']=prec
    if date_alt: e['date_alt']=date_alt
    if date_hint: e['date_hint']=date_hint
    e['location']=location; e['actor1']=a1; e['actor2']=a2
    if killed is not None:
        e['killed']=killed; e['killed_low']=klow if klow is not None else killed; e['killed_high']=khigh if khigh is not None else killed
    elif klow is not None:
        e['killed_low']=klow; e['killed_high']=khigh
    if wounded is not None: e['wounded']=wounded
    if civ is not None: e['civilians_killed']=civ
    if cas: e['casualties_reported']=True
    e['documents']=docs
    if mention: e['mention_documents']=mention
    e['evidence']=evidence
    if note: e['note']=note
    EVENTS.append(e)

def write(out_dir, note):
    """articles.jsonl and gold.json of the configured set into out_dir."""
    with open(os.path.join(out_dir,'articles.jsonl'),'w',encoding='utf-8') as f:
        for a in ARTICLES: f.write(json.dumps(a,ensure_ascii=False)+'\n')
    docs=[]
    for a in ARTICLES:
        d={'id':a['id'],'outlet':a['outlet']}
        if 'published' in a: d['published']=a['published']
        d['published_precision']=a['published_precision']
        if a.get('published_hint'): d['published_hint']=a['published_hint']
        docs.append(d)
    gold={'set':SET,'corpus':'articles.jsonl','note':note,'documents':docs,'events':EVENTS}
    with open(os.path.join(out_dir,'gold.json'),'w',encoding='utf-8') as f:
        json.dump(gold,f,ensure_ascii=False,indent=1)
    print(len(ARTICLES), len(EVENTS))

# The checks and the overlap script live once beside this file: verify_set.py (run by each set's build/verify.py
# with SET_DIR; a set written under older conventions states them as VERIFY = {...} in its build/common.py) and
# shingles_set.py (run by dev4 onwards' build/shingles.py with SET; it compares with every other eval/dev* set
# and the seeds).
