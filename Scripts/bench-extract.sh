#!/usr/bin/env bash
# Extraction accuracy of yaodian-ingest beside trafilatura & co. on the shared gold pages:
# runs ../shared/tools/extract_bench.py over ../shared/fixtures/html and ../shared/corpus/real with
# the release yaodian-ingest as a --cmd tool, prints the markdown table and writes it to
# out/bench/extract.md (per-page results: out/bench/extract.json).
#
#   Scripts/bench-extract.sh [EXTRACT_BENCH_ARGS...]    e.g. --only trafilatura,gne  or  --unit alnum
#
# Runs from any directory; builds release first; creates .venv-bench if it is missing.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"

require_shared tools/extract_bench.py fixtures/html corpus/real
build_release
ensure_venv

OUT="$ROOT/out/bench"
mkdir -p "$OUT"
say "running extract_bench.py (the table follows on stdout)"
"$PY" "$SHARED/tools/extract_bench.py" "$SHARED/fixtures/html" "$SHARED/corpus/real" \
  --cmd "yaodian=$(printf %q "$BIN/yaodian-ingest") --format json {file}" \
  --md "$OUT/extract.md" --json "$OUT/extract.json" "$@"
say "wrote $OUT/extract.md and $OUT/extract.json"
