# The shared helpers (eval/goldkit.py), with this set's name as the event-id prefix.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from goldkit import *  # noqa: F401,F403 (art, loc, ev, ACLED, ARTICLES, EVENTS for the part files)
import goldkit
goldkit.configure('dev10')
# dev10 needs no actor name beyond the canonical list and the defaults of the shared checker.
VERIFY = {'extra_actors': {'Islamic Resistance in Iraq', 'Government of Iraq', 'Government of Turkey'}}
