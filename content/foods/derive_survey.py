#!/usr/bin/env python3
"""Derive food_survey.csv from the USDA SR28 FOOD_DES.txt file.

SR28's FOOD_DES has a "Survey" field (sr28_doc.pdf, Table 4): "Y" when the food is
used in the USDA Food and Nutrient Database for Dietary Studies (FNDDS), the database
that codes the foods people report eating in the US national food survey (What We Eat
in America, NHANES); blank otherwise. Carebook uses it to tell commonly eaten foods
from rare ones (conch, cottonseed kernels) at the top of its rankings.

The field is copied exactly as written ("Y" or blank), one row per food, in usda_id
order; nothing is inferred. The record parsing is the one derive.py uses.

Usage: python3 derive_survey.py --raw DIR [--out DIR]
Only the Python standard library is used.
"""
import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED_FOODS = 8789  # SR28 documentation, Table 3


def records(raw, name):
    """Yield lists of field strings from one SR28 ASCII file ('^' separated, '~' quoted, cp1252)."""
    data = open(os.path.join(raw, name), "rb").read().decode("cp1252")
    for line in data.split("\r\n") if "\r\n" in data else data.split("\n"):
        if not line.strip():
            continue
        fields = []
        for f in line.split("^"):
            if len(f) >= 2 and f[0] == "~" and f[-1] == "~":
                f = f[1:-1]
            fields.append(f.strip())
        yield fields


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--raw", required=True)
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()

    rows = []
    for r in records(a.raw, "FOOD_DES.txt"):
        # NDB_No, FdGrp_Cd, Long_Desc, Shrt_Desc, ComName, ManufacName, Survey, ...
        if r[6] not in ("Y", ""):
            sys.exit("FOOD_DES %s: Survey is %r, expected 'Y' or blank" % (r[0], r[6]))
        rows.append((r[0], r[6]))
    if len(rows) != EXPECTED_FOODS:
        sys.exit("FOOD_DES has %d records, the SR28 documentation says %d" % (len(rows), EXPECTED_FOODS))
    if len({ndb for ndb, _ in rows}) != len(rows):
        sys.exit("FOOD_DES has a duplicate NDB_No")

    with open(os.path.join(a.out, "food_survey.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["usda_id", "survey"])
        for row in sorted(rows):
            w.writerow(row)
    flagged = sum(1 for _, s in rows if s == "Y")
    print("food_survey.csv: %d foods, %d in the survey (Survey = Y)" % (len(rows), flagged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
