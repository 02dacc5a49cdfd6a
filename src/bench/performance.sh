#!/usr/bin/env bash
# One command for every figure of src/site/markdown/performance.md: the report, --help and --version as
# `java -jar` and through the distribution's launcher (class-data sharing archive made on its first run), and
# `summarize` against DuckDB (src/bench/run-bench.sh), as one table: median wall time, CPU time (user + sys) and
# peak RSS of whole processes, and our wall time over DuckDB's.
#
#   src/bench/performance.sh                     # 1M, 5M and 10M rows
#   ROWS=1000000 REPS=3 src/bench/performance.sh
#   VERIFY=1 src/bench/performance.sh            # also times `mvn -B -o verify` (several minutes)
#
# CPU time is given beside wall time because wall time means little on a busy machine: the load average is
# printed before and after. Environment: REPS (5), ROWS, PLACES, SEED (as run-bench.sh), VERIFY.
set -euo pipefail
cd "$(dirname "$0")/../.."

REPS="${REPS:-5}"
OUT=target/bench
mkdir -p "$OUT"

mvn -B -q -Pbench -Dmaven.test.skip=true package
JAR=$(ls target/displacement-stats-*-cli.jar)
rm -rf "$OUT/dist"
mkdir -p "$OUT/dist"
tar xzf target/displacement-stats-*-dist.tar.gz -C "$OUT/dist"
LAUNCHER=$(ls "$OUT"/dist/displacement-stats-*/bin/displacement-stats)
"$LAUNCHER" --version >/dev/null 2>&1 # the first run makes the class-data sharing archive

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure() { # label command... -> a table row
    local label=$1 walls="" cpus="" rsss=""
    shift
    for ((rep = 0; rep < REPS; rep++)); do
        rm -rf "$OUT/perf-report"
        /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" \
            || { echo "| $label | FAILED | | | |"; return; }
        read -r wall user sys rss < "$OUT/time.txt"
        walls+="$wall "
        cpus+="$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') "
        rsss+="$rss "
    done
    echo "| $label | $(echo "$walls" | tr ' ' '\n' | grep -v '^$' | median)" \
         "| $(echo "$cpus" | tr ' ' '\n' | grep -v '^$' | median)" \
         "| $(echo "$rsss" | tr ' ' '\n' | grep -v '^$' | median | awk '{printf "%.0f", $1 / 1024}') | |"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"\
     "$(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
TABLE="$OUT/performance.md"
{
    echo "| what | wall (s) | CPU (s) | peak RSS (MiB) | ours / DuckDB (wall) |"
    echo "|---|---:|---:|---:|---:|"
    measure "java -jar cli.jar report --out DIR" java -jar "$JAR" report --out "$OUT/perf-report"
    measure "java -jar cli.jar report --charts" java -jar "$JAR" report --charts --out "$OUT/perf-report"
    measure "java -jar cli.jar --help" java -jar "$JAR" --help
    measure "java -jar cli.jar --version" java -jar "$JAR" --version
    measure "bin/displacement-stats report" "$LAUNCHER" report --out "$OUT/perf-report"
    measure "bin/displacement-stats report --charts" "$LAUNCHER" report --charts --out "$OUT/perf-report"
    measure "bin/displacement-stats --help" "$LAUNCHER" --help
    measure "bin/displacement-stats --version" "$LAUNCHER" --version
} > "$TABLE"

SKIP_BUILD=1 TABLESAW_REPS="${TABLESAW_REPS:-0}" REPS="${FLOW_REPS:-3}" src/bench/run-bench.sh >/dev/null 2>&1
# rows | system | wall | CPU | rss | ratio | CPU ratio  ->  what | wall | CPU | RSS | ratio
grep -E '^\| [0-9]+ \|' "$OUT/results.md" \
    | awk -F'|' '{printf "| summarize %s rows: %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7}' \
    | sed 's/  */ /g' >> "$TABLE"

if [ -n "${VERIFY:-}" ]; then
    /usr/bin/time -f "%e %U %S" -o "$OUT/verify-time.txt" mvn -B -o verify >/dev/null 2>&1 || true
    read -r wall user sys < "$OUT/verify-time.txt"
    echo "| mvn -B -o verify | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') | | |" >> "$TABLE"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$TABLE"
