#!/usr/bin/env python3
"""Derive food_survey.csv and food_data_sources.csv from the USDA SR28 FOOD_DES.txt and NUT_DATA files.

SR28's FOOD_DES has a "Survey" field (sr28_doc.pdf, Table 4): "Y" when the food is
used in the USDA Food and Nutrient Database for Dietary Studies (FNDDS), the database
that codes the foods people report eating in the US national food survey (What We Eat
in America, NHANES); blank otherwise. Carebook uses it to tell commonly eaten foods
from rare ones (conch, cottonseed kernels) at the top of its rankings.

The field is copied exactly as written ("Y" or blank), one row per food, in usda_id
order; nothing is inferred. The record parsing is the one derive.py uses.

food_data_sources.csv: for every food, the SR28 source codes (NUT_DATA.Src_Cd,
sr28_doc.pdf Table 9 / SRC_CD) of its nutrient values, each code once, in numeric
order, space-separated ("1 4 7"). Codes 5, 6, 8, 9 and 12 mean a value came from the
food's maker or its label (5 label claim for added nutrients, 6 aggregated with
manufacturer's analytical data, 8 calculated by USDA from the label, 9 calculated by the
manufacturer, 12 manufacturer's analytical): the compiler's "commonly eaten" rule reads
them as "on sale in US shops". The codes are copied as written; nothing is inferred.

Usage: python3 derive_survey.py --raw DIR [--out DIR]
Only the Python standard library is used.
"""
import argparse
import csv
import lzma
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


def nut_data_records(raw):
    """NUT_DATA records: from NUT_DATA.txt.xz (the shared copy) or an unpacked NUT_DATA.txt."""
    packed = os.path.join(raw, "NUT_DATA.txt.xz")
    if os.path.exists(packed):
        data = lzma.open(packed, "rb").read().decode("cp1252")
        for line in data.split("\r\n") if "\r\n" in data else data.split("\n"):
            if not line.strip():
                continue
            yield [f[1:-1].strip() if len(f) >= 2 and f[0] == "~" and f[-1] == "~" else f.strip()
                   for f in line.split("^")]
    else:
        yield from records(raw, "NUT_DATA.txt")


def write_source_codes(raw, out, food_ids):
    codes = {ndb: set() for ndb in food_ids}
    for r in nut_data_records(raw):
        # NDB_No, Nutr_No, Nutr_Val, Num_Data_Pts, Std_Error, Src_Cd, ...
        if r[0] not in codes:
            sys.exit("NUT_DATA has a value for %s, which is not in FOOD_DES" % r[0])
        if not r[5].isdigit():
            sys.exit("NUT_DATA %s/%s: Src_Cd is %r, expected a number" % (r[0], r[1], r[5]))
        codes[r[0]].add(int(r[5]))
    with open(os.path.join(out, "food_data_sources.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["usda_id", "source_codes"])
        for ndb in sorted(codes):
            w.writerow([ndb, " ".join(str(c) for c in sorted(codes[ndb]))])
    maker = sum(1 for c in codes.values() if c & {5, 6, 8, 9, 12})
    print("food_data_sources.csv: %d foods, %d with values from their maker or label" % (len(codes), maker))


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
    write_source_codes(a.raw, a.out, [ndb for ndb, _ in rows])
    return 0


if __name__ == "__main__":
    sys.exit(main())
