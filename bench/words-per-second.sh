#!/usr/bin/env bash
# End-to-end throughput of `newsgraph extract` on one thread over PolNeAR's train texts, in words per second
# (words counted by `wc -w`). Includes start-up, reading files and writing JSON Lines, unlike the BenchmarkDotNet benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."

texts=${1:-../shared/data/polnear/train/text}
output=${2:-/tmp/x.jsonl}

dotnet build src/Newsgraph.Cli -c Release --nologo -v quiet >/dev/null
newsgraph=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph

words=$(cat "$texts"/*.txt | wc -w)
start=$(date +%s.%N)
# One core, as the README's figure: taskset where it exists.
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" "$newsgraph" extract "$texts" --format jsonl --out "$output" --threads 1
end=$(date +%s.%N)

awk -v words="$words" -v start="$start" -v end="$end" 'BEGIN {
    seconds = end - start
    printf "%d words in %.2f s: %.0f words/s (one thread, including start-up)\n", words, seconds, words / seconds
}'
