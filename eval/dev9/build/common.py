# The shared helpers (eval/goldkit.py), with this set's name as the event-id prefix.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from goldkit import *  # noqa: F401,F403 (art, loc, ev, ACLED, ARTICLES, EVENTS for the part files)
import goldkit
goldkit.configure('dev9')
# dev9 is set in the 2014-2017 war against ISIS: published dates from 2014 (the checker's first_year), the defaults otherwise.
VERIFY = {'first_year': 2014,
          'extra_actors': {'Islamic Resistance in Iraq', 'Government of Iraq', 'Government of Turkey'}}
