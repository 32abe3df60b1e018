import sys, pandas as pd
from SPARQLWrapper import SPARQLWrapper, JSON
sparql = SPARQLWrapper(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:3030/newsgraph/query")
sparql.setQuery("""PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
  SELECT DISTINCT ?who ?whom WHERE { ?a ng:endorses ?b . ?a rdfs:label ?who . ?b rdfs:label ?whom }""")
sparql.setReturnFormat(JSON)
print(pd.DataFrame([{k: v["value"] for k, v in r.items()} for r in sparql.queryAndConvert()["results"]["bindings"]]))
