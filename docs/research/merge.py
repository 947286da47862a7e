#!/usr/bin/env python3
"""Merges the research groups' staging CSVs into the sample-data format. Prints what it left out."""
import csv, os, sys, re

ROOT = os.path.dirname(os.path.abspath(__file__))  # docs/research: the staging files of each group
OUT = sys.argv[1]
GROUPS = [g for g in ["A", "B", "C1", "C2", "E"] if os.path.exists(os.path.join(ROOT, g, "firms.csv"))]
# group E researched four candidates for the 30th firm; the two with the firmest sources are kept
KEEP = {"E": {"pronota", "coris"}}

def rows(group, name):
    p = os.path.join(ROOT, group, name)
    if not os.path.exists(p):
        return []
    with open(p, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))

COLS = {
    "sources.csv": ["id", "citation", "url", "accessed", "note"],
    "firms.csv": ["id", "name", "region", "city", "founded", "origin", "source_id", "verified", "origin_kind", "focus", "status_2016", "note"],
    "events.csv": ["id", "firm_id", "year", "kind", "detail", "source_id", "verified", "month", "note"],
    "partners.csv": ["id", "name", "country", "kind", "source_id", "verified", "note"],
    "evidence.csv": ["id", "firm_id", "year", "kind", "detail", "source_id", "verified", "end_year", "note"],
    "alliances.csv": ["id", "firm_id", "partner_id", "year", "kind", "direction", "subject", "source_id", "verified", "end_year", "value_musd", "note"],
    "indicators.csv": ["code", "dataset", "name", "unit", "definition", "source_id"],
    "indicator_values.csv": ["code", "geo", "year", "value", "edition", "source_id", "verified", "note"],
    "performance_groups.csv": ["geo", "edition", "group", "source_id", "verified", "note"],
    "policy_context.csv": ["id", "name", "region", "start_year", "end_year", "kind", "detail", "source_id", "verified", "note"],
}
out = {k: [] for k in COLS}
left_out = []
for g in GROUPS + ["P"]:
    out["sources.csv"] += rows(g, "sources.csv")

firm_ids = set()
for g in GROUPS:
    for r in rows(g, "firms.csv"):
        if g in KEEP and r["id"] not in KEEP[g]:
            left_out.append(f"{g} firm {r['id']}: not chosen")
            continue
        if not r.get("founded", "").strip():
            left_out.append(f"{g} firm {r['id']}: no founding year")
            continue
        firm_ids.add(r["id"])
        # a name or city with a bracketed remark keeps the plain part; the remark goes to the note
        for col, label in (("name", "also known as"), ("city", "site")):
            m = re.match(r"^(.*?)\s*\((.*)\)\s*$", r[col].strip())
            if m:
                r[col] = m.group(1)
                r["note"] = (f"{label}: {m.group(2)}. " + (r.get("note") or "")).strip()
        out["firms.csv"].append(r)

partners, partner_names, remap = {}, {}, {}
for g in GROUPS:
    for r in rows(g, "partners.csv"):
        pid, name = r["id"].strip(), r["name"].strip()
        if pid in partners:
            continue
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        if key in partner_names:
            remap[pid] = partner_names[key]
            continue
        partner_names[key] = pid
        partners[pid] = r
# partners a research group named without a source get one from the partner staging folder P
for r in rows("P", "partner_sources.csv"):
    if r["id"] in partners:
        partners[r["id"]].update(source_id=r["source_id"], verified=r["verified"], note=r["note"])
out["partners.csv"] = list(partners.values())

def placed(g, what, r):
    """A row is kept only when its firm is kept and it has a year; what is dropped is reported."""
    if r["firm_id"] not in firm_ids:
        left_out.append(f"{g} {what} {r['id']}: firm {r['firm_id']} left out")
        return False
    if not r.get("year", "").strip():
        left_out.append(f"{g} {what} {r['id']}: no year")
        return False
    return True

for g in GROUPS:
    for r in rows(g, "events.csv"):
        if not placed(g, "event", r):
            continue
        if r["kind"] == "acquisition" and re.search(r"acquirer|is the buyer|as buyer", r.get("note", "") + r.get("detail", ""), re.I) \
                and not re.search(r"acquired by", r.get("detail", ""), re.I):
            r["kind"] = "takeover"
        out["events.csv"].append(r)
    for r in rows(g, "alliances.csv"):
        r["partner_id"] = remap.get(r["partner_id"], r["partner_id"])
        if not placed(g, "alliance", r):
            continue
        out["alliances.csv"].append(r)

# a partner of group E (the firms researched last) that no kept alliance names is left out
used = {r["partner_id"] for r in out["alliances.csv"]}
from_e = {r["id"] for r in rows("E", "partners.csv")} - {r["id"] for g in GROUPS if g != "E" for r in rows(g, "partners.csv")}
for pid in sorted(from_e - used):
    left_out.append(f"E partner {pid}: no kept alliance names it")
out["partners.csv"] = [r for r in out["partners.csv"] if r["id"] in used or r["id"] not in from_e]

# group EV researched business-model evidence only (issue 8): its sources and evidence rows join the firms' groups
EVIDENCE_GROUPS = GROUPS + [g for g in ["EV"] if os.path.exists(os.path.join(ROOT, g, "evidence.csv"))]
for g in EVIDENCE_GROUPS[len(GROUPS):]:
    out["sources.csv"] += rows(g, "sources.csv")
# corrections of evidence rows found while checking the classifier against the thesis: the last year a fact held
# (end_year), or a row dropped because it records the end of another fact; the reason goes to the row's note
corrections = {r["id"]: r for r in rows("EV", "corrections.csv")}
for g in EVIDENCE_GROUPS:
    for r in rows(g, "evidence.csv"):
        if not placed(g, "evidence", r):
            continue
        c = corrections.pop(r["id"], None)
        if c and c["drop"].strip():
            left_out.append(f"{g} evidence {r['id']}: {c['note']}")
            continue
        if c:
            r["end_year"] = c["end_year"]
            r["note"] = "; ".join(x for x in ((r.get("note") or "").strip(), c["note"].strip()) if x)
        out["evidence.csv"].append(r)
for rid in corrections:
    left_out.append(f"EV correction {rid}: no such evidence row")

# the indicator staging folders: OECD and RIS figures, and the scoreboard performance groups
IND_GROUPS = [g for g in ["D", "D2", "D3"] if os.path.exists(os.path.join(ROOT, g, "indicator_values.csv"))]
codes, keys = {}, set()
for g in IND_GROUPS:
    out["sources.csv"] += rows(g, "sources.csv")
    for r in rows(g, "indicators.csv"):
        codes.setdefault(r["code"], r)
out["indicators.csv"] = list(codes.values())
for g in IND_GROUPS:
    for r in rows(g, "indicator_values.csv"):
        key = (r["code"], r["geo"], r.get("year", ""), r.get("edition", ""))
        if r["code"] not in codes or key in keys:
            left_out.append(f"{g} value {key}: " + ("unknown code" if r["code"] not in codes else "repeated"))
            continue
        keys.add(key)
        out["indicator_values.csv"].append(r)
    for r in rows(g, "ris_groups.csv"):
        out["performance_groups.csv"].append(r)

# the policy context drawn behind the timeline (staging folder PC)
out["sources.csv"] += rows("PC", "sources.csv")
out["policy_context.csv"] = rows("PC", "policy_context.csv")

os.makedirs(OUT, exist_ok=True)
for name, cols in COLS.items():
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in out[name]:
            w.writerow({c: (r.get(c) or "").strip() for c in cols})
    print(f"{name}: {len(out[name])}")
print("partner ids merged:", remap)
print("left out:")
for l in left_out:
    print("  ", l)
