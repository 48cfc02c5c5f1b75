# The shared helpers (eval/goldkit.py), with this set's name as the event-id prefix.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from goldkit import *  # noqa: F401,F403 (art, loc, ev, ACLED, ARTICLES, EVENTS for the part files)
import goldkit
goldkit.configure('dev11')
# dev11 is set in 2015-2016 as Gulf and pan-Arab papers reported Iraq: published dates and events in 2015-2016
# (the checker's first_year and last_year), the defaults otherwise.
VERIFY = {'first_year': 2015, 'last_year': 2016,
          'extra_actors': {'Islamic Resistance in Iraq', 'Government of Iraq', 'Government of Turkey'}}
