"""Parses one RDF file with rdflib and prints how many triples (and quads in named graphs) it holds.

Usage: count_rdf.py FILE FORMAT    (FORMAT: turtle, nt, nquads, trig, json-ld, xml)
Prints "triples N" for the distinct triples over all graphs, then "quads N" for the triples counted once per
graph they are in (for a triple syntax the two are equal).
"""
import sys

from rdflib import Dataset

path, fmt = sys.argv[1], sys.argv[2]
dataset = Dataset()
dataset.parse(path, format=fmt)
triples = set()
quads = 0
for s, p, o, g in dataset.quads((None, None, None, None)):
    triples.add((s, p, o))
    quads += 1
print("triples", len(triples))
print("quads", quads)
