#!/usr/bin/env bash
# Content at the size limits, checked and built by cold processes: many one-line free pages, and one indicator
# whose CSV is just under the 2 MB file limit (daily values). Reports wall seconds of `check`, `build --no-pdf`
# and `build --no-cache` (every council PDF made afresh), and the output's size, per workload.
# See docs/performance.md.
#
#   bench/limits.sh                      1,000 and 10,000 pages, the 2 MB CSV; median of RUNS=3 runs
#   bench/limits.sh pages 1000 10000     only those page counts
#   bench/limits.sh csv                  only the CSV
#   RUNS=1 LIMIT=600 bench/limits.sh   one run per cell, each stopped after 600 s (default 300)
#
# Each workload is the generated sample plan (10 activities, 1 follow-up) plus the pages or the indicator, so
# what is measured is what they add. Writes under /dev/shm (a RAM disk), or BENCH_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
LIMIT=${LIMIT:-300} # seconds one command may take
WORK=${BENCH_DIR:-/dev/shm/lup-limits}
LAUNCHER=target/lup-site
JAR=target/lup-site.jar
[ -f "$JAR" ] && [ -x "$LAUNCHER" ] || mvn -B -q package -DskipTests
mkdir -p "$WORK"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The sample plan the workloads add to, in $1.
base() {
    rm -rf "$1"
    java -jar "$JAR" generate-sample --activities 10 --followups 1 --out "$1" >/dev/null
}

# $2 one-line pages, numbered, in content folder $1.
pages() {
    base "$1"
    awk -v n="$2" -v dir="$1/pages" 'BEGIN {
        for (i = 1; i <= n; i++) {
            f = sprintf("%s/sida-%05d.md", dir, i)
            printf "---\ntitle: Sida %d\n---\nEn rad text på sida %d.\n", i, i > f
            close(f)
        }
    }'
}

# An indicator with two daily series, from 1760 on, as many rows as fit under 2048 kB (about 97,000).
csv() {
    base "$1"
    cat >"$1/indicators/daglig.yaml" <<'EOF'
title: Dagligt mätvärde (påhittat, för belastningstest)
unit: dagar
source: Påhittad
series:
  - id: lanet
    label: Länet
  - id: riket
    label: Riket
EOF
    awk 'BEGIN {
        print "Datum;Länet;Riket"
        limit = 2048 * 1024 - 64; size = 18
        split("31 28 31 30 31 30 31 31 30 31 30 31", days, " ")
        for (y = 1760; ; y++) for (m = 1; m <= 12; m++) {
            last = days[m] + (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
            for (d = 1; d <= last; d++) {
                n++
                row = sprintf("%04d-%02d-%02d;%d,%d;%d,%d", y, m, d, 5 + n % 11, n % 10, 8 + n % 7, (n * 3) % 10)
                size += length(row) + 1
                if (size > limit) exit
                print row
            }
        }
    }' >"$1/indicators/daglig.csv"
}

# Median wall seconds of RUNS cold runs of the launcher with the given arguments; ">LIMIT" for a run that was
# stopped after LIMIT seconds (the later runs are then skipped).
timed() {
    : >"$WORK/runs"
    for _ in $(seq "$RUNS"); do
        rm -rf "$WORK/site"
        local start end rc=0
        start=$(date +%s%N)
        timeout "$LIMIT" "$LAUNCHER" "$@" >"$WORK/out.txt" 2>&1 || rc=$?
        end=$(date +%s%N)
        if [ "$rc" = 124 ]; then
            printf ">%d" "$LIMIT"
            return
        fi
        [ "$rc" = 0 ] || { cat "$WORK/out.txt" >&2; exit 1; }
        echo "$(( (end - start) / 1000000 ))" >>"$WORK/runs"
    done
    median <"$WORK/runs" | awk '{ printf "%.1f", $1 / 1000 }'
}

row() {
    local name=$1 content=$2
    local check build full size files
    check=$(timed check --content "$content")
    build=$(timed build --no-pdf --content "$content" --out "$WORK/site")
    size=$( [ -d "$WORK/site" ] && du -sk --apparent-size "$WORK/site" | awk '{ printf "%.1f", $1 / 1024 }' || echo "–")
    files=$( [ -d "$WORK/site" ] && find "$WORK/site" -type f | wc -l || echo "–")
    full=$(timed build --no-cache --content "$content" --out "$WORK/site")
    echo "| $name | $(du -sk --apparent-size "$content" | awk '{ printf "%.1f", $1 / 1024 }') | $check | $build | $full | $size | $files |"
}

echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS cold runs per cell, median; $(nproc) cores"
echo
echo "| workload | content MiB | check s | build --no-pdf s | build --no-cache s | site MiB (--no-pdf) | site files |"
echo "|---|---:|---:|---:|---:|---:|---:|"
what=${1:-all}
shift || true
if [ "$what" = all ] || [ "$what" = pages ]; then
    counts=("$@")
    [ ${#counts[@]} -gt 0 ] || counts=(1000 10000)
    for n in "${counts[@]}"; do
        pages "$WORK/pages-$n" "$n"
        row "sample + $n one-line pages" "$WORK/pages-$n"
    done
fi
if [ "$what" = all ] || [ "$what" = csv ]; then
    csv "$WORK/csv"
    row "sample + CSV of $(($(wc -l <"$WORK/csv/indicators/daglig.csv") - 1)) daily rows, $(($(wc -c <"$WORK/csv/indicators/daglig.csv") / 1024)) kB" "$WORK/csv"
fi
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
