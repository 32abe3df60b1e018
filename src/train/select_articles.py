#!/usr/bin/env python3
"""Lists, in a fixed random order, the bench articles that may be annotated for training.

usage: select_articles.py BENCH.jsonl.gz EVAL_DIR [N] [--endorsements]

An article may be annotated when it is on lines 1-9,000 of the bench corpus (lines 9,001-10,000 are kept for
measuring precision in the wild, so no training or rule is tuned on them), is not one of the gold articles under
EVAL_DIR (dev/ and gold/, by the source id in their gold files), has 250 to 1,000 words, and has at least one
election or relation cue word per 200 words (so that annotation time goes to articles that say something about
candidates, endorsements and criticism). The eligible articles are shuffled with seed 13 and the first N printed
(id and line number); annotation batches take them in this order.

With --endorsements, the articles of 200 to 1,500 words that write "endors..." at least once are listed instead (seed
17, same other rules): endorsements are rare in political news at large (26 in the first 121 annotated articles), and
the model needs examples of them.
"""
import glob, gzip, json, random, re, sys

CUES = re.compile(r"\b(endors\w*|primary|runoff|nominee|candidate|campaign\w*|criticiz\w*|slam\w*|attack\w*|opponent"
                  r"|challenger|Sen\.|Rep\.|Gov\.|election|race)\b")

ENDORSE = re.compile(r"\b[Ee]ndors\w*")


def main():
    bench, eval_dir = sys.argv[1], sys.argv[2]
    args = [a for a in sys.argv[3:] if not a.startswith("--")]
    n = int(args[0]) if args else 400
    endorsements = "--endorsements" in sys.argv
    gold_ids = set()
    for f in glob.glob(eval_dir + "/dev/*.gold.json") + glob.glob(eval_dir + "/gold/*.gold.json"):
        source = json.load(open(f, encoding="utf-8")).get("source") or {}
        if source.get("id"):
            gold_ids.add(source["id"])
    eligible = []
    with gzip.open(bench, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if number > 9000:
                break
            article = json.loads(line)
            words = len(article["text"].split())
            low, high = (200, 1500) if endorsements else (250, 1000)
            if article["id"] in gold_ids or not low <= words <= high:
                continue
            if endorsements and not ENDORSE.search(article["text"]):
                continue
            if len(CUES.findall(article["text"])) * 200 >= words:
                eligible.append((article["id"], number))
    random.Random(17 if endorsements else 13).shuffle(eligible)
    for article_id, number in eligible[:n]:
        print(article_id, number)

if __name__ == "__main__":
    main()
