"""Loads newsgraph's fact table with pandas as the README shows and prints what pandas made of it, as JSON.

Usage: read_fact_table.py FILE.csv|FILE.tsv
Prints {"rows": N, "dtypes": {column: dtype}, "records": [...]} with dates as YYYY-MM-DD and missing values as null.
"""
import json
import sys

import pandas as pd

path = sys.argv[1]
table = pd.read_csv(path, sep="\t" if path.endswith(".tsv") else ",", parse_dates=["published"],
                    dtype={"source_id": str, "start_date": str, "end_date": str, "seat": str})
records = []
for record in table.to_dict(orient="records"):
    clean = {}
    for key, value in record.items():
        if isinstance(value, pd.Timestamp):
            clean[key] = value.strftime("%Y-%m-%d")
        elif pd.isna(value):
            clean[key] = None
        elif hasattr(value, "item"):
            clean[key] = value.item()
        else:
            clean[key] = value
    records.append(clean)
print(json.dumps({"rows": len(table), "dtypes": {c: str(t) for c, t in table.dtypes.items()}, "records": records}))
