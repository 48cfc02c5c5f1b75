# The shared helpers (eval/goldkit.py), with this set's name as the event-id prefix.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from goldkit import *  # noqa: F401,F403 (art, loc, ev, ACLED, ARTICLES, EVENTS for the part files)
import goldkit
goldkit.configure('dev12')
# dev12 uses only the default actor list (canonical names plus the three the checker already accepts).
VERIFY = {}
