import os, sys
HERE=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, part1, part2, part3  # noqa: F401 (the part files add the articles and events)
import goldkit
goldkit.write(os.path.dirname(HERE), 'Eleventh blind development set for Marsad: fictional Arabic news articles (Iraq in 2015-2016 as Gulf and pan-Arab papers carried it: Anbar, Salahaddin, Fallujah, Mosul under ISIS, Diyala and Baghdad bombings, Peshmerga fronts), written without reading the extractor. Corpus: articles.jsonl (one article per line, same ids). Events marked optional are non-violent developments: finding them is welcome, missing them is not an error.')
