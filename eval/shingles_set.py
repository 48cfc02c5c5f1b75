"""Compare 6-word shingles of one dev set's articles (SET, given by the caller) with every other eval/dev* set
and the seed articles. Prints every shared shingle (merged into runs) with the article and the other source."""
import json, os, re, glob
EVAL=os.path.dirname(os.path.abspath(__file__))
N=6
def words(t):
    t=re.sub(r'[\u064B-\u0652\u0640]','',t)            # tashkeel, tatweel
    t=re.sub(r'[^\w\s]',' ',t)
    return t.split()
def shingles(ws): return {' '.join(ws[i:i+N]) for i in range(len(ws)-N+1)}
other={}
for s in sorted(d for d in os.listdir(EVAL) if d.startswith('dev') and d != SET and os.path.isdir(os.path.join(EVAL, d))):
    for l in open(os.path.join(EVAL,s,'articles.jsonl'),encoding='utf-8'):
        a=json.loads(l); other[s+':'+a['id']]=shingles(words(a['title']+' '+a['text']))
seeds=os.path.join(os.path.dirname(EVAL),'..','shared','corpus','seeds')
for p in sorted(glob.glob(seeds+'/*.txt')):
    other['seeds:'+os.path.basename(p)]=shingles(words(open(p,encoding='utf-8').read()))
sj=os.path.join(seeds,'seeds.jsonl')
if os.path.exists(sj):
    for l in open(sj,encoding='utf-8'):
        try: a=json.loads(l)
        except Exception: continue
        t=' '.join(str(a.get(k,'')) for k in ('title','text'))
        other['seeds.jsonl:'+str(a.get('id'))]=shingles(words(t))
total=0
for l in open(os.path.join(EVAL,SET,'articles.jsonl'),encoding='utf-8'):
    a=json.loads(l); ws=words(a['title']+' '+a['text']); mine=shingles(ws)
    for k,sh in other.items():
        common=mine&sh
        if common:
            total+=len(common)
            # merge consecutive shared shingles into runs
            runs=[]; i=0
            while i<=len(ws)-N:
                if ' '.join(ws[i:i+N]) in common:
                    j=i
                    while j+1<=len(ws)-N and ' '.join(ws[j+1:j+1+N]) in common: j+=1
                    runs.append(' '.join(ws[i:j+N])); i=j+1
                else: i+=1
            for r in runs: print(a['id'],'~',k,'|',r)
print('shared 6-word shingles:',total)
