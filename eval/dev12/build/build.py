import os, sys
HERE=os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, part1, part2, part3  # noqa: F401 (the part files add the articles and events)
import goldkit
goldkit.write(os.path.dirname(HERE), 'Twelfth blind development set for Marsad: fictional Arabic news articles (everyday Iraqi local security news: Hamrin and Mutaibija, Kirkuk, Salah al-Din, Basra, Maysan, Turkish drones in Duhok and Sulaymaniyah, rockets on Baghdad airport, protests, 2020-2025), written without reading the extractor. Corpus: articles.jsonl (one article per line, same ids). Events marked optional are non-violent developments: finding them is welcome, missing them is not an error.')
