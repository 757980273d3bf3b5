#!/usr/bin/env bash
# What JVM settings are worth for one-shot builds: the same builds under several flag sets, cold processes,
# median wall seconds (and CPU seconds) of RUNS runs each. Workloads: the bundled content with its PDFs, and
# generated content of N activities x 5 follow-ups, site only and with PDFs. See docs/performance.md.
#
#   bench/jvm-flags.sh          N=2000, RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
RUNS=${RUNS:-3}
WORK=${BENCH_DIR:-/dev/shm/lup-flags}
JAR=target/lup-site.jar
[ -f target/lup-site.jsa ] || mvn -B -q package -DskipTests
mkdir -p "$WORK"
rm -rf "$WORK/content"
java -jar "$JAR" generate-sample --activities "$N" --followups 5 --out "$WORK/content" >/dev/null

CDS="-XX:SharedArchiveFile=target/lup-site.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dlupsite.jvmTuned=true"
declare -A FLAGS=(
    ["1 java -jar (no flags)"]=""
    ["2 C1 + serial GC"]="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    ["3 C1 + serial GC + archive"]="$CDS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    ["4 C1 + G1 + archive"]="$CDS -XX:TieredStopAtLevel=1"
    ["5 C1 + parallel GC + archive (launcher)"]="$CDS -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
    ["6 C1 and C2 + serial GC + archive"]="$CDS -XX:+UseSerialGC"
)

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

cell() {
    local flags=$1; shift
    : >"$WORK/runs"
    for _ in $(seq "$RUNS"); do
        rm -rf "$WORK/site"
        local start end
        start=$(date +%s%N)
        # shellcheck disable=SC2086 # flags are a list
        /usr/bin/time -f "%U %S" -o "$WORK/cpu" java $flags -jar "$JAR" build --out "$WORK/site" "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        echo "$(( (end - start) / 1000000 )) $(awk '{ print $1 + $2 }' "$WORK/cpu")" >>"$WORK/runs"
    done
    printf "%.2f (%.2f)" "$(cut -d' ' -f1 "$WORK/runs" | median | awk '{ print $1 / 1000 }')" \
        "$(cut -d' ' -f2 "$WORK/runs" | median)"
}

echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs per cell, median; wall s (CPU s)"
echo
echo "| JVM settings | bundled content, site + PDFs | $N activities, site only | $N activities, site + PDFs |"
echo "|---|---:|---:|---:|"
while read -r name; do
    flags=${FLAGS[$name]}
    echo "| ${name#* } | $(cell "$flags") | $(cell "$flags" --no-pdf --content "$WORK/content") | $(cell "$flags" --content "$WORK/content") |"
done < <(printf '%s\n' "${!FLAGS[@]}" | sort)
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
