#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Re-derives content/foods from the USDA SR28 copy in /work/shared/data/nutrients (or the folder given
# as the first argument) and proves the result is the same data, byte for byte:
#   1. checks the sha256 of every raw USDA input file against the sums published in its README;
#   2. re-runs derive.py on those raw files into a scratch folder and requires its foods.csv and
#      portions.csv to be byte-identical to the published CSVs;
#   3. copies foods.csv, portions.csv, reference_intakes.csv, derive.py and the provenance README here;
#   4. runs this folder's derive_survey.py on the raw FOOD_DES.txt and NUT_DATA to write food_survey.csv
#      (the SR28 "Survey" flag of every food, copied as written) and food_data_sources.csv (the SR28
#      source codes of each food's values, copied as written);
#   5. checks the files against SHA256SUMS (the sums this repository was reviewed with).
# Nothing is edited by hand and nothing is rounded: the compiler reads these files as they are.
# Usage: content/foods/update-from-usda.sh [SOURCE_DIR] [--accept-new-sums]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="/work/shared/data/nutrients"
accept_new_sums=0
for arg in "$@"; do
    case "$arg" in
        --accept-new-sums) accept_new_sums=1 ;;
        -h|--help) sed -n '3,15p' "$0"; exit 0 ;;
        *) source_dir="$arg" ;;
    esac
done

fail() { echo "update-from-usda: $*" >&2; exit 1; }
[[ -d "$source_dir/raw" ]] || fail "no USDA raw folder at $source_dir/raw"
command -v python3 >/dev/null || fail "python3 is needed to run derive.py"
command -v sha256sum >/dev/null || fail "sha256sum is needed"

# Sums of the unchanged USDA SR28 files, as published in the source README (section "Record counts").
echo "Checking the raw USDA SR28 files..."
(cd "$source_dir/raw" && sha256sum --check --strict --quiet) <<'SUMS' || fail "a raw USDA file does not match its published sha256"
bb2047218cdad1d830da69e760386409fde3b7afabceae604c5479f280d4fa2e  FOOD_DES.txt
1f497ae6b4b0127956d0eff4ec2d190d040bac8e6892ff0fb45773d4913033ba  FD_GROUP.txt
b0d6b559eaf0cf9f9a1c13e938395e1bb3513057f3c4c0f21c046b061e599fee  NUTR_DEF.txt
98484d7e26b3803467e65a9ab2ad8094bc94ed0c50375efb7e26a8bd60b1afae  WEIGHT.txt
3a2612bb6ef371fd0b949cabd9da3b222129f6d93d8ec9c2f3b56131d53823a1  NUT_DATA.txt.xz
SUMS

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "Re-deriving foods.csv and portions.csv from the raw files..."
python3 "$source_dir/derive.py" --raw "$source_dir/raw" --out "$scratch" >"$scratch/derive.log" \
    || { cat "$scratch/derive.log" >&2; fail "derive.py failed (record counts differ from the SR28 documentation?)"; }
cat "$scratch/derive.log"
for file in foods.csv portions.csv; do
    cmp -s "$scratch/$file" "$source_dir/$file" || fail "$file re-derived from raw/ differs from $source_dir/$file"
done

echo "Copying into $here..."
for file in foods.csv portions.csv reference_intakes.csv derive.py; do
    cp "$source_dir/$file" "$here/$file"
    chmod 0644 "$here/$file"
done
cp "$source_dir/README.md" "$here/USDA-DATA-README.md"
chmod 0644 "$here/USDA-DATA-README.md"

echo "Deriving food_survey.csv and food_data_sources.csv from the raw FOOD_DES.txt and NUT_DATA..."
python3 "$here/derive_survey.py" --raw "$source_dir/raw" --out "$scratch" || fail "derive_survey.py failed"
for file in food_survey.csv food_data_sources.csv; do
    cp "$scratch/$file" "$here/$file"
    chmod 0644 "$here/$file"
done

cd "$here"
if [[ $accept_new_sums -eq 1 ]]; then
    sha256sum foods.csv portions.csv reference_intakes.csv derive.py USDA-DATA-README.md food_survey.csv \
        food_data_sources.csv derive_survey.py >SHA256SUMS
    echo "Wrote new SHA256SUMS: review the data change before committing."
else
    sha256sum --check --strict SHA256SUMS || fail "the copied files differ from SHA256SUMS; if the new data is intended, review it and rerun with --accept-new-sums"
fi
echo "content/foods is up to date."
