import json, os, sys
HERE=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, part1, part2, part3
from common import ARTICLES, EVENTS
OUT=os.path.dirname(HERE)
with open(os.path.join(OUT,'articles.jsonl'),'w',encoding='utf-8') as f:
    for a in ARTICLES: f.write(json.dumps(a,ensure_ascii=False)+'\n')
docs=[]
for a in ARTICLES:
    d={'id':a['id'],'outlet':a['outlet']}
    if 'published' in a: d['published']=a['published']
    d['published_precision']=a['published_precision']
    if a.get('published_hint'): d['published_hint']=a['published_hint']
    docs.append(d)
gold={'set':'dev3','corpus':'articles.jsonl','note':'Third blind development set for Marsad: fictional Arabic news articles (Iraq and the Kurdistan Region, 2019-2025), written without reading the extractor. Corpus: articles.jsonl (one article per line, same ids). Events marked optional are non-violent developments: finding them is welcome, missing them is not an error.','documents':docs,'events':EVENTS}
with open(os.path.join(OUT,'gold.json'),'w',encoding='utf-8') as f:
    json.dump(gold,f,ensure_ascii=False,indent=1)
print(len(ARTICLES), len(EVENTS))
