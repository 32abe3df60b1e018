import sys, pandas as pd
from SPARQLWrapper import SPARQLWrapper, JSON
sparql = SPARQLWrapper(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:3030/newsgraph/query")
sparql.setQuery("PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?who ?whom WHERE { ?who ng:endorses ?whom }")
sparql.setReturnFormat(JSON)
print(pd.DataFrame([{k: v["value"] for k, v in row.items()} for row in sparql.queryAndConvert()["results"]["bindings"]]))
