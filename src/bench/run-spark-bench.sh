#!/usr/bin/env bash
# Whole-process benchmark of the flow-log summary on Spark (SummarizeJob on local[2], started through Spark's
# own submit entry point as spark-submit starts it) against the local `summarize` and DuckDB, on the same
# generated log; it also checks that Spark's files are byte-identical to those of `summarize`.
#
#   src/bench/run-spark-bench.sh                 # 10M rows
#   ROWS="1000000" REPS=3 src/bench/run-spark-bench.sh
#
# Each system runs as its own JVM, timed by /usr/bin/time (wall time, CPU time, peak RSS), in an order that rotates every
# repetition; the table shows the median. Logs are generated under target/bench/ (never committed), like
# run-bench.sh, whose DuckDB query (src/bench/java) this reuses. Environment: ROWS (10000000), PLACES (300),
# SEED (42), REPS (1), MASTER (local[2]), SPARK_HEAP (2g: driver and executors share local mode's one JVM),
# SKIP_BUILD (set: use the jars already in target/).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS="${ROWS:-10000000}"
PLACES="${PLACES:-300}"
SEED="${SEED:-42}"
REPS="${REPS:-1}"
MASTER="${MASTER:-local[2]}"
SPARK_HEAP="${SPARK_HEAP:-2g}"
OUT=target/bench
mkdir -p "$OUT/classes"

# The bench class path holds the provided Spark jars too (test scope includes provided).
# -Dplatform.skip: the platform test runs set their own skip, which -Dmaven.test.skip does not reach.
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -o -Pbench -Dmaven.test.skip=true -Dplatform.skip=true -Dmaven.javadoc.skip=true package
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -nowarn -d "$OUT/classes" -cp "$CP" $(find src/bench/java -name '*.java')
CLI=$(ls target/displacement-stats-*-cli.jar)
LIB=$(ls target/displacement-stats-*.jar | grep -v -- '-cli\|-sources\|-javadoc' | head -1)
# What Spark 4 needs on Java 17 (spark-submit's launcher adds the same); see src/it/spark/pom.xml.
OPENS=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
OPENS+=(-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

for n in $ROWS; do
    [ -f "$OUT/flows-$n.csv" ] || java -jar "$CLI" generate-flows --rows "$n" --places "$PLACES" --seed "$SEED" \
        --out "$OUT/flows-$n.csv" >/dev/null
done

run() { # system rows -> "wall_s rss_kib cpu_s"
    local sys=$1 n=$2 file="$OUT/flows-$2.csv" dir="$OUT/out-$1"
    rm -rf "$dir"
    case $sys in
        ours) cmd=(java -jar "$CLI" summarize "$file" --out "$dir") ;;
        duckdb) cmd=(java -cp "$CP:$OUT/classes" org.displacementstats.bench.DuckDbSummary "$file" "$dir") ;;
        spark) cmd=(java -Xmx"$SPARK_HEAP" "${OPENS[@]}" -cp "$CP" org.apache.spark.deploy.SparkSubmit
                    --master "$MASTER" --conf spark.ui.enabled=false --class org.displacementstats.spark.SummarizeJob
                    "$LIB" "$file" "$dir") ;;
    esac
    /usr/bin/time -f "%e %M %U %S" -o "$OUT/time.txt" "${cmd[@]}" >/dev/null 2>"$OUT/stderr-$sys.txt" \
        || { echo "FAILED FAILED FAILED"; return; }
    awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$OUT/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"\
     "$(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS="$OUT/spark-results.md"
{
    echo "| rows | system | wall (s) | CPU, user + system (s) | peak RSS (MiB) | / ours (wall) |"
    echo "|---:|---|---:|---:|---:|---:|"
} > "$RESULTS"
for n in $ROWS; do
    declare -A walls=() rsss=() cpus=()
    systems=(ours spark duckdb)
    for ((rep = 0; rep < REPS; rep++)); do
        for ((k = 0; k < ${#systems[@]}; k++)); do
            sys=${systems[$(((k + rep) % ${#systems[@]}))]}
            read -r wall rss cpu < <(run "$sys" "$n")
            echo "rows $n rep $rep $sys: wall $wall s, CPU $cpu s, peak RSS $rss KiB, load $(cut -d' ' -f1 /proc/loadavg)" >&2
            walls[$sys]+="$wall "
            rsss[$sys]+="$rss "
            cpus[$sys]+="$cpu "
        done
    done
    for f in flows-by-origin-destination.csv flows-by-date.csv flows-by-destination.csv; do
        if cmp -s "$OUT/out-ours/$f" "$OUT/out-spark/$f"; then
            echo "rows $n: $f byte-identical (spark, ours)" >&2
        else
            echo "rows $n: $f DIFFERS (spark, ours)" >&2
        fi
    done
    ours=$(echo "${walls[ours]}" | tr ' ' '\n' | grep -v '^$' | median)
    for sys in ours spark duckdb; do
        wall=$(echo "${walls[$sys]}" | tr ' ' '\n' | grep -v '^$' | median)
        cpu=$(echo "${cpus[$sys]}" | tr ' ' '\n' | grep -v '^$' | median)
        rss=$(echo "${rsss[$sys]}" | tr ' ' '\n' | grep -v '^$' | median | awk '{printf "%.0f", $1 / 1024}')
        ratio=$(awk -v a="$wall" -v b="$ours" 'BEGIN {printf "%.2f", a / b}')
        echo "| $n | $sys | $wall | $cpu | $rss | $ratio |" >> "$RESULTS"
    done
    unset walls rsss cpus
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$RESULTS"
