#!/usr/bin/env bash
# Whole-process measure of a big import: wall time and peak RSS of `displacement-stats import` on a generated file,
# with plain `java -jar` (the goal: <= 512 MiB at 1,000,000 lines) and with the options the launcher
# (src/dist/bin/displacement-stats) gives it. A plain `java -jar` import of a file over 8 MiB runs in a second Java
# process (cli.ImportJvm): the peak RSS printed is the sum of every process's own peak (VmHWM in /proc, read every
# 0.1 s), the `java -jar` one and the one it starts; `/usr/bin/time` would give the larger of the two only.
#
#   src/bench/import-memory.sh                          # a 1,000,000-line series and a 1,000,000-row HXL table
#   LINES=300000 KINDS=series src/bench/import-memory.sh
#
# Inputs are generated once under target/bench/ by src/bench/import_input.py (never committed). Environment: LINES
# (1000000), KINDS ("series hxl"), SKIP_BUILD (set: use the jar already built), VARIANTS ("plain launcher";
# also samejvm: plain with DISPLACEMENT_STATS_SAME_JVM=1, the import in G1's JVM;
# also xmx256: -Xmx256m, to see that the live set is small).
set -euo pipefail
cd "$(dirname "$0")/../.."

LINES="${LINES:-1000000}"
KINDS="${KINDS:-series hxl}"
VARIANTS="${VARIANTS:-plain launcher}"
OUT=target/bench
mkdir -p "$OUT"

[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -Dplatform.skip=true -Dinvoker.skip=true package
JAR=$(ls target/displacement-stats-*-cli.jar)

printf '%-8s %-9s %9s %9s %5s %9s\n' kind variant wall_s rss_mib exit processes
for kind in $KINDS; do
    input="$OUT/$kind-$LINES.csv"
    [ -f "$input" ] || python3 src/bench/import_input.py "$kind" "$LINES" "$input"
    for variant in $VARIANTS; do
        same=""
        case $variant in
            plain) opts="" ;;
            # Plain, but the import kept in the JVM `java -jar` started: G1, the JVM's default collector.
            samejvm) opts="" same=1 ;;
            # What src/dist/bin/displacement-stats runs `import` of a file over 8 MiB with (the client compiler
            # too below that).
            launcher) opts="-XX:+UseSerialGC" ;;
            # A small heap: does the import fit, and how much RSS the JVM needs around it.
            xmx256) opts="-Xmx256m" ;;
        esac
        dir="$OUT/import-$kind-$variant"
        rm -rf "$dir"
        set +e
        start=$(date +%s.%N)
        # shellcheck disable=SC2086
        env ${same:+DISPLACEMENT_STATS_SAME_JVM=1} java $opts -jar "$JAR" import --format "$kind" "$input" \
            --out "$dir" >"$dir.log" 2>&1 &
        pid=$!
        declare -A peak=()
        while kill -0 "$pid" 2>/dev/null; do
            for p in $pid $(pgrep -P "$pid" || true); do
                kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$p/status" 2>/dev/null || true)
                [ -n "$kb" ] && peak[$p]=$kb
            done
            sleep 0.1
        done
        wait "$pid"
        code=$?
        set -e
        wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
        rss=0
        for p in "${!peak[@]}"; do rss=$((rss + peak[$p])); done
        printf '%-8s %-9s %9s %9d %5s %9d\n' "$kind" "$variant" "$wall" $((rss / 1024)) "$code" "${#peak[@]}"
        unset peak
    done
done
