import os, sys
HERE=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, part1, part2, part3  # noqa: F401 (the part files add the articles and events)
import goldkit
goldkit.write(os.path.dirname(HERE), 'Tenth blind development set for Marsad: fictional Arabic news articles from all of Iraq (2019-2025) that mix short incident reports with precision traps (analysis columns, UN and rights reports, verdicts and confessions, statements, threats, plans, anniversaries, funerals, denials, rumours, condolences, interviews), written without reading the extractor. Corpus: articles.jsonl (one article per line, same ids). Events marked optional are non-violent developments: finding them is welcome, missing them is not an error.')
