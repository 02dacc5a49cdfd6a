#!/bin/sh
# Unpacks the tar.gz distribution into target/distribution-check and runs its sh launcher as a user would:
# --version, then a report of the bundled dataset, whose files must have the bytes of the golden report.
# Run by `mvn verify` (exec-maven-plugin, execution check-distribution) with DISPLACEMENT_STATS_CDS=off, as the
# training run costs a few seconds; run it by hand without that to check the class-data sharing path too.
set -eu
cd "$(dirname "$0")/../.."
archive=$(ls target/displacement-stats-*-dist.tar.gz)
dir=target/distribution-check
rm -rf "$dir"
mkdir -p "$dir"
tar xzf "$archive" -C "$dir"
launcher=$(ls "$dir"/displacement-stats-*/bin/displacement-stats)
"$launcher" --version | grep -q '^displacement-stats '
"$launcher" report --out "$dir/report" >/dev/null
diff -r src/test/resources/golden/aleppo-2016-11 "$dir/report"
echo "distribution: $launcher runs and writes the golden report"
