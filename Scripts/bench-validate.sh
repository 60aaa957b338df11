#!/usr/bin/env bash
# Validation speed: yaodian-validate over 1000 plan JSON files on one core (goal: under 2 s).
#
#   Scripts/bench-validate.sh [--files N]
#
# The seed plans and summary (../shared/seeds), the 政府工作报告 of ../shared/corpus/plans and the
# broken example plans (Examples/plans/broken, so findings are located and reported too) are
# ingested once to plan JSON, then copied under new names until there are N files (default
# 1000). Timed: the whole `yaodian-validate --jobs 1 --format json --output REPORT DIR` process,
# best of 3 runs, with its peak RSS. Prints one table; exit status 0 unless something could not run.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"

FILES=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --files) [ $# -ge 2 ] || die "--files needs a number"; FILES="$2"; shift 2 ;;
    --files=*) FILES="${1#--files=}"; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[[ "$FILES" =~ ^[1-9][0-9]*$ ]] || die "--files needs a positive whole number, got '$FILES'"

require_shared seeds corpus/plans
[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is missing; install the 'time' package"
build_release

TMP="$(mktemp -d "${TMPDIR:-/tmp}/yaodian-bench-validate.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/unique" "$TMP/plans"

say "ingesting the seeds, corpus/plans and Examples/plans/broken to plan JSON"
"$BIN/yaodian-ingest" --jobs 1 -o "$TMP/unique" "$SHARED"/seeds/*.txt "$SHARED"/corpus/plans/*.txt \
  $(ls Examples/plans/broken/*.md | grep -v '\.previous\.md$') 2>/dev/null
UNIQUE=("$TMP"/unique/*.json)
[ ${#UNIQUE[@]} -gt 0 ] || die "ingest produced no plan JSON"
BYTES=0
for ((i = 0; i < FILES; i++)); do
  src="${UNIQUE[$((i % ${#UNIQUE[@]}))]}"
  cp "$src" "$TMP/plans/$(printf 'plan-%05d' "$i").json"
done
BYTES=$(du -sb "$TMP/plans" | cut -f1)
say "$FILES files ($((BYTES / 1024 / 1024)) MB) from ${#UNIQUE[@]} unique plans"

best=""
rss=""
findings=""
for run in 1 2 3; do
  /usr/bin/time -f '%e %M' -o "$TMP/time" "$BIN/yaodian-validate" --jobs 1 --format json --output "$TMP/report.json" \
    "$TMP/plans" 2>/dev/null || [ $? -eq 1 ] || die "yaodian-validate failed on the benchmark files"
  read -r seconds kib < <(tail -n 1 "$TMP/time")
  if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$seconds"; rss="$kib"; fi
  findings="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$TMP/report.json" 2>/dev/null || echo '?')"
done

printf '\n%-44s %10s %12s %12s %10s\n' "yaodian-validate --jobs 1 (whole process)" "files" "seconds" "files/s" "peak MiB"
printf '%-44s %10d %12s %12.0f %10.0f\n' "$FILES plan JSON files, best of 3" "$FILES" "$best" "$(awk -v f="$FILES" -v s="$best" 'BEGIN { print f / s }')" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
printf '%s findings reported; goal: under 2 s → %s\n' "$findings" "$(awk -v s="$best" 'BEGIN { print (s < 2 ? "met" : "NOT met") }')"
