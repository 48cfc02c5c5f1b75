import os, sys
HERE=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, part1, part2, part3  # noqa: F401 (the part files add the articles and events)
import goldkit
goldkit.write(os.path.dirname(HERE), 'Ninth blind development set for Marsad: fictional Arabic news articles (the 2014-2017 war against ISIS as pan-Arab, Saudi and Iraqi outlets reported it), written without reading the extractor. Corpus: articles.jsonl (one article per line, same ids). Events marked optional are non-violent developments: finding them is welcome, missing them is not an error.')
