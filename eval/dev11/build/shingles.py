"""Shared 6-word shingles of this set with the other dev sets and the seeds (../../shingles_set.py)."""
import os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, '..', '..', 'shingles_set.py'), init_globals={'SET': os.path.basename(os.path.dirname(HERE))}, run_name='__main__')
