#!/usr/bin/env bash
# Cold whole-process builds of generated content, lup-site against Hugo on the same Markdown, side by side.
#
#   bench/run.sh                 sizes 500 2000 10000 activities, 5 follow-ups, median of 5 runs
#   bench/run.sh 2000            one size
#   RUNS=3 FOLLOWUPS=5 bench/run.sh 500 2000
#
# Each run is a fresh process, alternating: `target/lup-site build --no-pdf` (the launcher, what the README
# tells users to run), `java -jar target/lup-site.jar build --no-pdf` (the same jar without the launcher's JVM
# settings) and `hugo`, all writing to a RAM disk (/dev/shm). Wall time is taken around the process; peak
# memory is /usr/bin/time's "Maximum resident set size". See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(500 2000 10000); fi
RUNS=${RUNS:-5}
FOLLOWUPS=${FOLLOWUPS:-5}
WORK=${BENCH_DIR:-/dev/shm/lup-bench}
JAR=target/lup-site.jar
LAUNCHER=target/lup-site

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "Installing $2 from Debian..." >&2
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    fi
}
need hugo hugo
[ -x /usr/bin/time ] || need /usr/bin/time time
[ -f "$JAR" ] && [ -x "$LAUNCHER" ] || mvn -B -q package -DskipTests

mkdir -p "$WORK"

# Runs a command once; prints "wall-seconds cpu-seconds peak-MiB" (CPU = user + system, all threads).
measure() {
    local mem="$WORK/mem.txt" start end
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$mem" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; exit 1; }
    end=$(date +%s%N)
    tail -1 "$mem" | awk -v ns=$((end - start)) '{ printf "%.3f %.2f %.0f\n", ns / 1e9, $1 + $2, $3 / 1024 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "## Machine"
echo
echo "- CPU: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "- Memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- Java: $(java -version 2>&1 | head -1)"
echo "- Hugo: $(hugo version | cut -d' ' -f1-2)"
echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Runs per cell: $RUNS (median), follow-ups: $FOLLOWUPS, output on $WORK"
echo
echo "| activities | pages lup-site / Hugo | Markdown in | lup-site wall s (CPU s) | MiB | java -jar wall s (CPU s) | MiB | Hugo wall s (CPU s) | MiB | ratio wall (CPU) | java -jar ratio wall (CPU) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

for n in "${SIZES[@]}"; do
    content="$WORK/content-$n" hugo_src="$WORK/hugo-$n"
    rm -rf "$content" "$hugo_src"
    java -jar "$JAR" generate-sample --activities "$n" --followups "$FOLLOWUPS" --out "$content" >/dev/null
    read -r hugo_pages md_bytes < <(java -cp "$JAR" bench/HugoSite.java "$content" "$hugo_src")
    : >"$WORK/ours" ; : >"$WORK/plain" ; : >"$WORK/hugo"
    for _ in $(seq "$RUNS"); do
        rm -rf "$WORK/site"
        measure "$LAUNCHER" build --no-pdf --content "$content" --out "$WORK/site" >>"$WORK/ours"
        rm -rf "$WORK/site"
        measure java -jar "$JAR" build --no-pdf --content "$content" --out "$WORK/site" >>"$WORK/plain"
        rm -rf "$WORK/public" "$WORK/hugo-cache"
        measure hugo --quiet --source "$hugo_src" --destination "$WORK/public" --cacheDir "$WORK/hugo-cache" >>"$WORK/hugo"
    done
    ours_pages=$(find "$WORK/site" -name '*.html' | wc -l)
    cells=()
    for f in ours plain hugo; do
        for col in 1 2 3; do cells+=("$(cut -d' ' -f$col "$WORK/$f" | median)"); done
    done
    awk -v n="$n" -v op="$ours_pages" -v hp="$hugo_pages" -v md="$md_bytes" -v c="${cells[*]}" 'BEGIN {
        split(c, v, " ")
        printf "| %d | %d / %d | %.1f MiB | %.2f (%.2f) | %.0f | %.2f (%.2f) | %.0f | %.2f (%.2f) | %.0f | %.2f (%.2f) | %.2f (%.2f) |\n",
            n, op, hp, md / 1048576, v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
            v[1] / v[7], v[2] / v[8], v[4] / v[7], v[5] / v[8] }'
done
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
