#!/usr/bin/env python3
"""Rewrites the counts table and the source list of sample-data/README.md from the CSV files.

Run after merge.py: python3 docs/research/readme_tables.py sample-data
The README keeps its prose; only the text between the <!-- counts --> and <!-- sources --> markers is replaced.
"""
import csv, os, re, sys

DIR = sys.argv[1]

def rows(name):
    p = os.path.join(DIR, name)
    if not os.path.exists(p):
        return []
    with open(p, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))

def verified(rs):
    return sum(1 for r in rs if r.get("verified") == "true")

firms, partners, alliances = rows("firms.csv"), rows("partners.csv"), rows("alliances.csv")
regions = {}
for r in firms:
    regions[r["region"]] = regions.get(r["region"], 0) + 1
nbfs = sum(1 for r in firms if r.get("origin_kind") != "incumbent")
big = {r["id"] for r in partners if r["kind"] == "big_pharma"}
years = [int(r["year"]) for r in alliances]
with_big = sum(1 for r in alliances if r["partner_id"] in big)
in_period = sum(1 for r in alliances if 1985 <= int(r["year"]) <= 2016)
values = rows("indicator_values.csv")
indicators = {r["code"]: r["dataset"] for r in rows("indicators.csv")}
by_dataset = {}
for v in values:
    by_dataset[indicators[v["code"]]] = by_dataset.get(indicators[v["code"]], 0) + 1
groups = rows("performance_groups.csv")

table = [
    "| file | rows | verified |",
    "|---|---|---|",
    f"| `sources.csv` | {len(rows('sources.csv'))} | |",
    f"| `firms.csv` | {len(firms)}: {nbfs} new biotechnology firms and the incumbent UCB ("
    + ", ".join(f"{n} {k}" for k, n in sorted(regions.items(), key=lambda kv: -kv[1])) + f") | {verified(firms)} |",
    f"| `events.csv` | {len(rows('events.csv'))} | {verified(rows('events.csv'))} |",
    f"| `partners.csv` | {len(partners)} ({len(big)} big pharma) | {verified(partners)} |",
    f"| `alliances.csv` | {len(alliances)} ({in_period} in 1985-2016, {with_big} with big pharma, {min(years)}-{max(years)}) | {verified(alliances)} |",
    f"| `evidence.csv` | {len(rows('evidence.csv'))} (business-model evidence) | {verified(rows('evidence.csv'))} |",
    f"| `indicators.csv` | {len(indicators)} | |",
    f"| `indicator_values.csv` | {len(values)} ("
    + ", ".join(f"{n} {k}" for k, n in sorted(by_dataset.items())) + f") | {verified(values)} |",
    f"| `performance_groups.csv` | {len(groups)} | {verified(groups)} |",
    f"| `policy_context.csv` | {len(rows('policy_context.csv'))} (programmes and bodies behind the timeline) | {verified(rows('policy_context.csv'))} |",
]
sources = []
for s in rows("sources.csv"):
    where = f" <{s['url']}>" if s["url"].startswith("http") else " (the thesis text itself)"
    sources.append(f"- `{s['id']}`: {s['citation']}{where}")

path = os.path.join(DIR, "README.md")
text = open(path, encoding="utf-8").read()
for marker, lines in (("counts", table), ("sources", sources)):
    pattern = re.compile(rf"<!-- {marker} -->.*?<!-- /{marker} -->", re.S)
    if not pattern.search(text):
        sys.exit(f"README.md has no <!-- {marker} --> ... <!-- /{marker} --> block")
    text = pattern.sub(lambda m: f"<!-- {marker} -->\n" + "\n".join(lines) + f"\n<!-- /{marker} -->", text)
open(path, "w", encoding="utf-8").write(text)
print("README.md: counts and", len(sources), "sources written")
