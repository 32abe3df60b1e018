#!/usr/bin/env python3
"""Checks an annotator's answer against its worksheet and turns it into a stored annotation (offsets, no text).

usage: annotations.py check ANSWER.json SHEET.json
       annotations.py convert ANSWER.json SHEET.json OUT.json

SHEET.json is what the worksheet tool wrote beside SHEET.txt (sentences and mentions with offsets). The answer and
the stored format are described in src/train/README.md. `check` prints every problem, one a line, and exits 1 if
there is any; `convert` checks, then writes the stored annotation.
"""
import hashlib, json, sys

RELATIONS = {
    "endorses": ("Person", "Person"), "criticizes": ("Person", "Person"), "runsAgainst": ("Person", "Person"),
    "candidateIn": ("Person", "Race"), "holdsOffice": ("Person", "Office"), "memberOf": ("Person", "Party"),
    "recusedFrom": ("Person", "Investigation"),
}
TYPES = {"Person", "Office", "Race", "Party", "Investigation", "Organization"}
ENTITY_KEYS = {
    "Person": {"type", "name"},
    "Office": {"type", "office", "jurisdiction", "name"},
    "Race": {"type", "office", "jurisdiction", "year", "special", "stage", "party", "name"},
    "Party": {"type", "name"},
    "Investigation": {"type", "name"},
    "Organization": {"type", "name"},
}
PREFIX_TYPES = {"office": "Office", "race": "Race", "party": "Party", "investigation": "Investigation",
                "organization": "Organization"}


def pipeline_type(entity_id):
    prefix = entity_id.split(":", 1)[0] if ":" in entity_id else None
    return PREFIX_TYPES.get(prefix, "Person")


def resolve(answer, sheet):
    """Every mention (worksheet's and added) with its entity after the answer's corrections, and the problems."""
    problems = []
    entities = {}
    for m in sheet["mentions"]:
        if m["entity"]:
            known = (sheet.get("entities") or {}).get(m["entity"])
            entities.setdefault(m["entity"], {"type": known["type"], "name": known["name"]} if known
                                else {"type": pipeline_type(m["entity"])})
    for eid, e in (answer.get("entities") or {}).items():
        if not isinstance(e, dict) or e.get("type") not in TYPES:
            problems.append(f"entity {eid}: needs a type, one of {sorted(TYPES)}")
            continue
        unknown = set(e) - ENTITY_KEYS[e["type"]]
        if unknown:
            problems.append(f"entity {eid}: unknown keys {sorted(unknown)} for a {e['type']}")
        if e["type"] == "Race" and not isinstance(e.get("year"), (int, type(None))):
            problems.append(f"entity {eid}: year must be a number or null")
        entities[eid] = e
    by_id = {m["id"]: dict(m) for m in sheet["mentions"]}
    for mid, eid in (answer.get("mentions") or {}).items():
        if mid not in by_id:
            problems.append(f"mentions: {mid} is no mention of the worksheet")
            continue
        if eid is not None and eid not in entities:
            problems.append(f"mentions: {mid} -> {eid}, an entity defined nowhere (add it to entities)")
        by_id[mid]["entity"] = eid
    mentions = list(by_id.values())
    sentences = sheet["sentences"]
    for i, a in enumerate(answer.get("added") or []):
        s, text, eid = a.get("s"), a.get("text"), a.get("entity")
        if not isinstance(s, int) or not 0 <= s < len(sentences):
            problems.append(f"added[{i}]: sentence {s} does not exist")
            continue
        sentence = sentences[s]
        occurrence = a.get("occurrence", 1)
        at = -1
        for _ in range(occurrence):
            at = sentence["text"].find(text, at + 1) if text else -1
            if at < 0:
                break
        if at < 0:
            problems.append(f"added[{i}]: {text!r} does not occur {occurrence} time(s) in S{s}")
            continue
        # A short lower-case word matches inside longer ones ("he" in "the"): the added mention must be the word itself.
        before = sentence["text"][at - 1] if at > 0 else " "
        after = sentence["text"][at + len(text)] if at + len(text) < len(sentence["text"]) else " "
        if text[0].islower() and (before.isascii() and before.isalpha() or after.isascii() and after.isalpha()):
            problems.append(f"added[{i}]: occurrence {occurrence} of {text!r} in S{s} is inside a longer word; "
                            f"count only the occurrences that are the word itself")
            continue
        if eid not in entities:
            problems.append(f"added[{i}]: entity {eid} is defined nowhere")
            continue
        etype = entities[eid]["type"]
        mentions.append({"id": f"a{i}", "sentence": s, "type": etype, "form": a.get("form", "name"),
                         "start": sentence["start"] + at, "end": sentence["start"] + at + len(text), "text": text,
                         "entity": eid})
    return entities, mentions, problems


def check(answer, sheet):
    entities, mentions, problems = resolve(answer, sheet)
    if answer.get("id") != sheet["id"]:
        problems.append(f"id {answer.get('id')!r} is not the worksheet's {sheet['id']!r}")
    in_sentence = {}
    for m in mentions:
        if m["entity"]:
            in_sentence.setdefault(m["sentence"], set()).add(m["entity"])
    seen = set()
    for i, r in enumerate(answer.get("relations") or []):
        s, rel, subj, obj = r.get("s"), r.get("relation"), r.get("subject"), r.get("object")
        where = f"relations[{i}] S{s} {subj} {rel} {obj}"
        unknown = set(r) - {"s", "relation", "subject", "object", "status", "optional"}
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if rel not in RELATIONS:
            problems.append(f"{where}: relation must be one of {sorted(RELATIONS)}")
            continue
        if not isinstance(s, int) or not 0 <= s < len(sheet["sentences"]):
            problems.append(f"{where}: no such sentence")
            continue
        for end, want in zip((subj, obj), RELATIONS[rel]):
            if end not in entities:
                problems.append(f"{where}: {end} is defined nowhere")
            elif entities[end]["type"] != want:
                problems.append(f"{where}: {end} is a {entities[end]['type']}, {rel} needs a {want} there")
            elif end not in in_sentence.get(s, set()):
                problems.append(f"{where}: {end} has no mention in S{s} (fix a mention's entity or add one)")
        if rel == "holdsOffice" and r.get("status") not in ("current", "former"):
            problems.append(f"{where}: holdsOffice needs status current or former")
        if rel != "holdsOffice" and "status" in r:
            problems.append(f"{where}: only holdsOffice has a status")
        if subj == obj:
            problems.append(f"{where}: subject and object are the same entity")
        key = (s, rel, subj, obj) if rel != "runsAgainst" else (s, rel) + tuple(sorted((subj, obj)))
        if key in seen:
            problems.append(f"{where}: marked twice")
        seen.add(key)
    return entities, mentions, problems


def convert(answer, sheet):
    entities, mentions, problems = check(answer, sheet)
    if problems:
        return None, problems
    used = {m["entity"] for m in mentions if m["entity"]}
    used |= {r["subject"] for r in answer.get("relations") or []} | {r["object"] for r in answer.get("relations") or []}
    stored_entities = {}
    for eid in sorted(used):
        e = dict(entities[eid])
        stored_entities[eid] = e
    stored_mentions = []
    for m in sorted(mentions, key=lambda m: (m["start"], m["end"], m["type"])):
        if not m["entity"]:
            continue
        stored_mentions.append({"start": m["start"], "end": m["end"], "type": entities[m["entity"]]["type"],
                                "form": m["form"], "entity": m["entity"],
                                "sha1": hashlib.sha1(m["text"].encode("utf-8")).hexdigest()[:8]})
    stored_relations = []
    for r in answer.get("relations") or []:
        s = sheet["sentences"][r["s"]]
        out = {"sentence": [s["start"], s["end"]], "subject": r["subject"], "relation": r["relation"], "object": r["object"]}
        if "status" in r:
            out["status"] = r["status"]
        if r.get("optional"):
            out["optional"] = True
        stored_relations.append(out)
    stored_relations.sort(key=lambda r: (r["sentence"][0], r["relation"], r["subject"], r["object"]))
    stored = {"id": sheet["id"], "textSha256": sheet["textSha256"], "entities": stored_entities,
              "mentions": stored_mentions, "relations": stored_relations}
    if answer.get("notes"):
        stored["notes"] = answer["notes"]
    return stored, []


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("check", "convert") or sys.argv[1] == "convert" and len(sys.argv) < 5:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    try:
        answer = json.load(open(sys.argv[2], encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"{sys.argv[2]}: {e}")
        sys.exit(1)
    sheet = json.load(open(sys.argv[3], encoding="utf-8"))
    if sys.argv[1] == "check":
        _, _, problems = check(answer, sheet)
    else:
        stored, problems = convert(answer, sheet)
        if not problems:
            with open(sys.argv[4], "w", encoding="utf-8") as out:
                json.dump(stored, out, indent=1, ensure_ascii=False)
                out.write("\n")
    for p in problems:
        print(f"{sys.argv[2]}: {p}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
