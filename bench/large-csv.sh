#!/usr/bin/env bash
# One large indicator CSV: the bundled content plus indicators/dagligt.{yaml,csv}, a daily series of ROWS rows
# (default 97,000: about 2 MB, just under the content file size limit) with two series, then `check` and
# `build` of it, each timed as a fresh process. Prints the CSV's size, wall seconds and the output's size.
#
#   bench/large-csv.sh             97,000 rows, PDF included
#   ROWS=10000 bench/large-csv.sh
#   NO_PDF=1 bench/large-csv.sh    build --no-pdf
#
# See docs/performance.md ("A 2 MB CSV"). Writes only under $WORK (default /dev/shm/$USER-large-csv).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-97000}
WORK=${WORK:-/dev/shm/${USER:-lup}-large-csv}
LAUNCHER=target/lup-site
[ -x "$LAUNCHER" ] || mvn -B -q package -DskipTests
[ -x /usr/bin/time ] || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }

rm -rf "$WORK"
mkdir -p "$WORK"
cp -r content "$WORK/content"
cat > "$WORK/content/indicators/dagligt.yaml" <<'YAML'
title: Dagligt mätvärde (påhittat, för mätning av byggtid)
unit: personer
source: Genererat av bench/large-csv.sh
decimals: 1
series:
  - id: lanet
    label: Länet
  - id: riket
    label: Riket
YAML
# Day by day from 1760-01-01, values wandering deterministically; "1760-01-01;12,4;9,4" is about 20 bytes a row.
awk -v rows="$ROWS" 'BEGIN {
    print "Datum;Länet;Riket"
    split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ")
    y = 1760; m = 1; d = 1
    for (i = 0; i < rows; i++) {
        leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        printf "%04d-%02d-%02d;%d,%d;%d,%d\n", y, m, d, 10 + (i * 7) % 9, (i * 3) % 10, 8 + (i * 5) % 7, (i * 11) % 10
        d++
        if (d > len[m] + (m == 2 && leap)) { d = 1; m++ }
        if (m > 12) { m = 1; y++ }
    }
}' > "$WORK/content/indicators/dagligt.csv"

run() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$WORK/mem.txt" "$@" > "$WORK/out.txt" 2>&1 || { tail -5 "$WORK/out.txt" >&2; exit 1; }
    end=$(date +%s%N)
    tail -1 "$WORK/mem.txt" | awk -v ns=$((end - start)) '{ printf "%.2f s wall, %.2f s CPU, %.0f MiB peak", ns / 1e9, $1 + $2, $3 / 1024 }'
}

echo "CSV: $ROWS rows, $(du -k "$WORK/content/indicators/dagligt.csv" | cut -f1) kB"
echo "check: $(run "$LAUNCHER" check --content "$WORK/content")"
flags=()
[ -n "${NO_PDF:-}" ] && flags+=(--no-pdf)
echo "build${NO_PDF:+ --no-pdf}: $(run "$LAUNCHER" build "${flags[@]}" --content "$WORK/content" --out "$WORK/site" --cache "$WORK/cache")"
echo "output: $(du -sk "$WORK/site" | cut -f1) kB; indicator page $(du -k "$WORK/site/indikator-dagligt.html" | cut -f1) kB, data/dagligt.csv $(du -k "$WORK/site/data/dagligt.csv" | cut -f1) kB, data/lup.json $(du -k "$WORK/site/data/lup.json" | cut -f1) kB"
