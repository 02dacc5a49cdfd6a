#!/usr/bin/env bash
# Whole-process measure of a big import: wall time and peak RSS (/usr/bin/time -v, "Maximum resident set size") of
# `displacement-stats import` on a generated file, with plain `java -jar` (the goal: <= 512 MiB at 1,000,000
# lines) and with the options the launcher (src/dist/bin/displacement-stats) gives it.
#
#   src/bench/import-memory.sh                          # a 1,000,000-line series and a 1,000,000-row HXL table
#   LINES=300000 KINDS=series src/bench/import-memory.sh
#
# Inputs are generated once under target/bench/ by src/bench/import_input.py (never committed). Environment: LINES
# (1000000), KINDS ("series hxl"), SKIP_BUILD (set: use the jar already built), VARIANTS ("plain launcher";
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

printf '%-8s %-9s %9s %9s %s\n' kind variant wall_s rss_mib exit
for kind in $KINDS; do
    input="$OUT/$kind-$LINES.csv"
    [ -f "$input" ] || python3 src/bench/import_input.py "$kind" "$LINES" "$input"
    for variant in $VARIANTS; do
        case $variant in
            plain) opts="" ;;
            # What src/dist/bin/displacement-stats runs `import` of a file over 8 MiB with (the client compiler
            # too below that).
            launcher) opts="-XX:+UseSerialGC" ;;
            # A small heap: does the import fit, and how much RSS the JVM needs around it.
            xmx256) opts="-Xmx256m" ;;
        esac
        dir="$OUT/import-$kind-$variant"
        rm -rf "$dir"
        set +e
        # shellcheck disable=SC2086
        /usr/bin/time -v java $opts -jar "$JAR" import --format "$kind" "$input" --out "$dir" \
            >"$dir.log" 2>&1
        code=$?
        set -e
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir.log" \
            | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir.log")
        printf '%-8s %-9s %9s %9d %s\n' "$kind" "$variant" "$wall" $((rss / 1024)) "$code"
    done
done
