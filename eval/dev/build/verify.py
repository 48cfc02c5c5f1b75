import json, csv, re, collections
arts=[json.loads(l) for l in open('articles.jsonl',encoding='utf-8')]
A={a['id']:a for a in arts}
gold=json.load(open('gold.json',encoding='utf-8'))
pc={r['pcode']:r for r in csv.DictReader(open('/work/shared/data/iraq_cod_ab/iraq_admin_gazetteer_centroids.csv',encoding='utf-8'))}
err=0
def bad(*m):
    global err; err+=1; print('ERR',*m)
assert [d['id'] for d in gold['documents']]==[a['id'] for a in arts]
for a in arts:
    n=len(a['text'].split())
    if not 80<=n<=600: bad(a['id'],'words',n)
types=collections.Counter(); evdocs=set()
for e in gold['events']:
    types[(e['type'],e.get('optional',False))]+=1
    for d in e['documents']:
        if d not in A: bad(e['id'],'doc?',d)
        evdocs.add(d)
    for d in e.get('mention_documents',[]):
        if d not in e['documents']: bad(e['id'],'mention not in docs')
    for q in e.get('evidence',[]):
        if not any(q in A[d]['text'] for d in e['documents']): bad(e['id'],'quote not found',q[:60])
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
    if 'killed' in e and not (e['killed_low']<=e['killed']<=e['killed_high']): bad(e['id'],'range')
noev=[a['id'] for a in arts if a['id'] not in evdocs]
print('types',sorted(types.items()))
print('non-event articles',noev,len(noev))
multi=[e['id'] for e in gold['events'] if len(e['documents'])>1]
print('cross-doc events',multi)
print('errors',err)
