#!/usr/bin/env bash
# Publish benchmark: N generated articles (default 10,000), cold publish with a release build of casebook
# against Hugo (Debian's hugo) building the same articles as Markdown with a comparable layout, in the same
# run; then an incremental publish after one changed article; then the search index's size and one query's
# time (in Node, loading the index files as the browser does).   Benchmarks/publish/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-10000}"
work="$(mktemp -d /tmp/casebook-bench-publish.XXXXXX)"
trap 'rm -rf "$work"' EXIT
flock /work/.buildlock timeout -s KILL 1500 swift build -c release --product casebook 2>&1 | tail -n 1 >&2
casebook="$(swift build -c release --show-bin-path)/casebook"
python3 Benchmarks/publish/generate.py "$count" "$work"
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
hugo_cold=$(seconds hugo --source "$work/hugo" --destination "$work/hugo-public" --quiet)
cold=$(seconds "$casebook" publish --from "$work/kb" --out "$work/site" --quiet)
again=$(seconds "$casebook" publish --from "$work/kb" --out "$work/site" --quiet)
sed -i 's/^Problem 17:/Problem 17 (changed):/' "$work/kb/en/article-17.md"
incremental=$(seconds "$casebook" publish --from "$work/kb" --out "$work/site" --quiet)
pages=$(find "$work/site" -name '*.html' | wc -l)
index_bytes=$(du -sb "$work/site/assets/search/en" | cut -f1)
index_files=$(find "$work/site/assets/search/en" -type f | wc -l)
echo "articles: $count, casebook pages: $pages, cores: $(nproc)"
echo "hugo cold:            ${hugo_cold}s"
echo "casebook cold:        ${cold}s  ($(echo "scale=2; $cold / $hugo_cold" | bc)x hugo; target <= 0.5x)"
echo "casebook unchanged:   ${again}s"
echo "casebook incremental: ${incremental}s  ($(echo "scale=1; 100 * $incremental / $cold" | bc)% of cold; target < 5%)"
echo "search index (en):    $((index_bytes / 1024)) KiB in $index_files files"
node Benchmarks/publish/query.js "$work/site" en "reset pasword"
