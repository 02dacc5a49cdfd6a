#!/usr/bin/env bash
# Whole-process benchmark of `summarize` against DuckDB and plain Tablesaw on the same generated logs.
#
#   src/bench/run-bench.sh                      # 1M, 5M and 10M rows
#   ROWS="1000000" REPS=5 src/bench/run-bench.sh
#   src/bench/run-bench.sh jmh                  # the JMH microbenchmarks of the hot loop instead
#
# Ours runs twice: through the distribution's launcher (bin/displacement-stats, as installed: its class-data sharing
# archive, made by a first run outside the timings, and its compiler choice) and as `java -jar` on the CLI jar.
# For each size, the systems run one after the other, in an order that rotates every repetition, each as its own
# JVM, timed by /usr/bin/time (wall time, CPU time = user + sys, peak RSS); the table shows the median of the
# repetitions (CPU time varies less than wall time when the machine is busy). Logs are
# generated once under target/bench/ (never committed). Environment: ROWS, PLACES (300), SEED (42), REPS (3),
# TABLESAW_REPS (1; it is slow; 0 leaves it out), THREADS (ours; default one per processor), SKIP_BUILD (set: use
# the jars already built, as src/bench/performance.sh does), BASELINE_JAR (the CLI jar of an earlier build: also runs
# it, as system "baseline", through a copy of the launcher, for a before/after table from the same run).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS="${ROWS:-1000000 5000000 10000000}"
PLACES="${PLACES:-300}"
SEED="${SEED:-42}"
REPS="${REPS:-3}"
TABLESAW_REPS="${TABLESAW_REPS:-1}"
OUT=target/bench
mkdir -p "$OUT/classes"

[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -Pbench -Dmaven.test.skip=true package
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -nowarn -d "$OUT/classes" -cp "$CP" $(find src/bench/java -name '*.java')
JAR=$(ls target/displacement-stats-*-cli.jar)
DIST="$OUT/dist"
rm -rf "$DIST"
mkdir -p "$DIST"
tar xzf "$(ls target/displacement-stats-*-dist.tar.gz)" -C "$DIST"
LAUNCHER=$(ls "$DIST"/displacement-stats-*/bin/displacement-stats)

if [ "${1:-}" = jmh ]; then
    exec java -Djmh.ignoreLock=true -cp "$CP:$OUT/classes" org.openjdk.jmh.Main ParseBenchmark
fi

for n in $ROWS; do
    [ -f "$OUT/flows-$n.csv" ] || java -jar "$JAR" generate-flows --rows "$n" --places "$PLACES" --seed "$SEED" \
        --out "$OUT/flows-$n.csv" >/dev/null
done

# The launcher's training run (once per installation), outside the timings.
"$LAUNCHER" summarize "$OUT/flows-${ROWS%% *}.csv" --out "$OUT/out-training" >/dev/null 2>&1
if [ -n "${BASELINE_JAR:-}" ]; then
    rm -rf "$OUT/baseline-dist"
    cp -r "$(dirname "$(dirname "$LAUNCHER")")" "$OUT/baseline-dist"
    rm -f "$OUT"/baseline-dist/lib/*.jsa
    cp "$BASELINE_JAR" "$OUT/baseline-dist/lib/displacement-stats-cli.jar"
    BASELINE_LAUNCHER="$OUT/baseline-dist/bin/displacement-stats"
    "$BASELINE_LAUNCHER" summarize "$OUT/flows-${ROWS%% *}.csv" --out "$OUT/out-training" >/dev/null 2>&1
fi
rm -rf "$OUT/out-training"

run() { # system rows -> "wall_s rss_kib cpu_s"
    local sys=$1 n=$2 file="$OUT/flows-$2.csv" dir="$OUT/out-$1"
    rm -rf "$dir"
    case $sys in
        ours) cmd=("$LAUNCHER" summarize "$file" --out "$dir" ${THREADS:+--threads "$THREADS"}) ;;
        ours-jar) cmd=(java -jar "$JAR" summarize "$file" --out "$dir" ${THREADS:+--threads "$THREADS"}) ;;
        baseline) cmd=("$BASELINE_LAUNCHER" summarize "$file" --out "$dir" ${THREADS:+--threads "$THREADS"}) ;;
        duckdb) cmd=(java -cp "$CP:$OUT/classes" org.displacementstats.bench.DuckDbSummary "$file" "$dir") ;;
        tablesaw) cmd=(java -cp "$CP:$OUT/classes" org.displacementstats.bench.TablesawSummary "$file" "$dir") ;;
    esac
    /usr/bin/time -f "%e %M %U %S" -o "$OUT/time.txt" "${cmd[@]}" >/dev/null 2>"$OUT/stderr-$sys.txt" \
        || { echo "FAILED FAILED FAILED"; return; }
    awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$OUT/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"\
     "$(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS="$OUT/results.md"
{
    echo "| rows | system | wall (s) | CPU (s) | peak RSS (MiB) | ours / DuckDB (wall) | ours / DuckDB (CPU) |"
    echo "|---:|---|---:|---:|---:|---:|---:|"
} > "$RESULTS"
for n in $ROWS; do
    declare -A walls=() rsss=() cpus=()
    systems=(ours ours-jar duckdb tablesaw ${BASELINE_JAR:+baseline})
    for ((rep = 0; rep < REPS; rep++)); do
        for ((k = 0; k < ${#systems[@]}; k++)); do
            sys=${systems[$(((k + rep) % ${#systems[@]}))]}
            if [ "$sys" = tablesaw ] && [ "$rep" -ge "$TABLESAW_REPS" ]; then continue; fi
            read -r wall rss cpu < <(run "$sys" "$n")
            echo "rows $n rep $rep $sys: wall $wall s, CPU $cpu s, peak RSS $rss KiB," \
                "load $(cut -d' ' -f1 /proc/loadavg)" >&2
            walls[$sys]+="$wall "
            cpus[$sys]+="$cpu "
            rsss[$sys]+="$rss "
        done
    done
    duck=$(echo "${walls[duckdb]}" | tr ' ' '\n' | grep -v '^$' | median)
    duckcpu=$(echo "${cpus[duckdb]}" | tr ' ' '\n' | grep -v '^$' | median)
    for sys in ours ours-jar ${BASELINE_JAR:+baseline} duckdb tablesaw; do
        [ -n "${walls[$sys]:-}" ] || continue
        wall=$(echo "${walls[$sys]}" | tr ' ' '\n' | grep -v '^$' | median)
        cpu=$(echo "${cpus[$sys]}" | tr ' ' '\n' | grep -v '^$' | median)
        rss=$(echo "${rsss[$sys]}" | tr ' ' '\n' | grep -v '^$' | median | awk '{printf "%.0f", $1 / 1024}')
        ratio=$([ "$sys" != duckdb ] && [ "$sys" != tablesaw ] \
            && awk -v a="$wall" -v b="$duck" 'BEGIN {printf "%.2f", a / b}' || echo "")
        cpuratio=$([ "$sys" != duckdb ] && [ "$sys" != tablesaw ] \
            && awk -v a="$cpu" -v b="$duckcpu" 'BEGIN {printf "%.2f", a / b}' || echo "")
        echo "| $n | $sys | $wall | $cpu | $rss | $ratio | $cpuratio |" >> "$RESULTS"
    done
    unset walls rsss cpus
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$RESULTS"
