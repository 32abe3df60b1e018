#!/usr/bin/env python3
"""Turns a judged sample (`newsgraph sample`, its verdict column filled in) into stored verdicts: no article text.

usage: verdicts.py JUDGED.csv OUT.tsv

Each row judged y or n becomes one line: the article's id, the first 8 hex digits of the SHA-256 of the evidence
sentence (so that `newsgraph train` finds the sentence again without keeping it), the relation, the subject's and
the object's labels, and the verdict. Rows left unjudged or marked otherwise are skipped. Lines are sorted, so
that the same judged file always gives the same verdicts.
"""
import csv, hashlib, sys, urllib.parse


def main(judged, out):
    rows = []
    with open(judged, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            verdict = r["verdict"].strip().lower()
            if verdict not in ("y", "n"):
                continue
            article = urllib.parse.unquote(r["article"].rsplit("/article/", 1)[1])
            sentence = hashlib.sha256(r["sentence"].encode("utf-8")).hexdigest()[:8]
            fields = [article, sentence, r["relation"], r["subject"], r["object"], verdict]
            if any("\t" in x or "\n" in x for x in fields):
                sys.exit(f"{judged}: a tab or line break in {fields}")
            rows.append("\t".join(fields))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# article\tsentence sha256\trelation\tsubject\tobject\tverdict (y right, n wrong)\n")
        for line in sorted(set(rows)):
            f.write(line + "\n")
    print(f"{out}: {len(set(rows))} verdicts")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
