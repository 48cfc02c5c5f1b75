"""Checks this set with the shared checker (../../verify_set.py): prints "errors N"."""
import os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, '..', '..', 'verify_set.py'), init_globals={'SET_DIR': os.path.dirname(HERE)}, run_name='__main__')
