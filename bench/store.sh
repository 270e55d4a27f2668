#!/usr/bin/env bash
# The store's figures: `newsgraph ingest` of PolNeAR's train texts (with their dates) into a fresh SQLite file, whole
# process; then `newsgraph quotes --speaker "Donald Trump"` on it, whole process (best of 5); then, with
# --benchmark, the queries inside one process by BenchmarkDotNet (StoreQueryBenchmarks), without start-up.
set -euo pipefail
cd "$(dirname "$0")/.."

texts=${TEXTS:-../shared/data/polnear/train/text}
metadata=${METADATA:-../shared/data/polnear/metadata.tsv}
database=${DATABASE:-/tmp/newsgraph-bench.db}

dotnet build src/Newsgraph.Cli -c Release --nologo -v quiet >/dev/null
newsgraph=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph

rm -f "$database" "$database-wal" "$database-shm"
articles=$(ls "$texts"/*.txt | wc -l)
start=$(date +%s.%N)
"$newsgraph" ingest "$texts" --metadata "$metadata" --db "$database"
end=$(date +%s.%N)
awk -v n="$articles" -v s="$start" -v e="$end" 'BEGIN { printf "ingest: %d articles in %.1f s (whole process)\n", n, e - s }'

best=
for _ in 1 2 3 4 5; do
    start=$(date +%s.%N)
    "$newsgraph" quotes --speaker "Donald Trump" --db "$database" >/dev/null
    end=$(date +%s.%N)
    ms=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", (e - s) * 1000 }')
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "quotes --speaker \"Donald Trump\": ${best} ms (whole process, best of 5)"

if [ "${1:-}" = "--benchmark" ]; then
    NEWSGRAPH_BENCH_DB=$(realpath "$database") dotnet run -c Release --project bench/Newsgraph.Bench -- --filter '*StoreQuery*' --job short
fi
