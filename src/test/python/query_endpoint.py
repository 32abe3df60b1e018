"""Runs one SPARQL SELECT against an endpoint with SPARQLWrapper and loads the rows into a pandas DataFrame.

Usage: query_endpoint.py ENDPOINT QUERY_FILE [USER PASSWORD]
Prints the DataFrame as JSON records (one object per row, variable -> lexical value), so that the caller can
compare the rows with its own.
"""
import sys

import pandas as pd
from SPARQLWrapper import JSON, SPARQLWrapper

endpoint = SPARQLWrapper(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    endpoint.setQuery(f.read())
if len(sys.argv) > 4:
    endpoint.setCredentials(sys.argv[3], sys.argv[4])
endpoint.setReturnFormat(JSON)
answer = endpoint.queryAndConvert()
columns = answer["head"]["vars"]
frame = pd.DataFrame([{v: b[v]["value"] for v in columns if v in b} for b in answer["results"]["bindings"]],
                     columns=columns)
sys.stdout.write(frame.to_json(orient="records", force_ascii=False))
