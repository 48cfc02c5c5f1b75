import json, sys
sys.path.insert(0, '.')
import common, part1, part2, part3, part4
from common import ARTICLES, EVENTS
with open('/work/main/eval/dev/articles.jsonl','w',encoding='utf-8') as f:
    for a in ARTICLES: f.write(json.dumps(a,ensure_ascii=False)+'\n')
docs=[]
for a in ARTICLES:
    d={'id':a['id'],'outlet':a['outlet']}
    if 'published' in a: d['published']=a['published']
    d['published_precision']=a['published_precision']
    docs.append(d)
gold={'set':'dev','corpus':'articles.jsonl','note':'Fictional Arabic news articles written for Marsad development evaluation, blind to the extractor. Corpus: articles.jsonl (one article per line, same ids). Events marked optional are non-violent developments: finding them is welcome, missing them is not an error.','documents':docs,'events':EVENTS}
json.dump(gold,open('/work/main/eval/dev/gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(ARTICLES), len(EVENTS))
