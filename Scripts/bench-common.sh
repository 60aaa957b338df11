# Shared by Scripts/bench-ingest.sh and Scripts/bench-extract.sh (sourced, not run).
# Sets ROOT (the repo root, and cds there), SHARED (../shared) and the helpers below.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH_NAME="$(basename "$0" .sh)"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '%s: error: %s\n' "$BENCH_NAME" "$*" >&2; exit 1; }

# The fixtures, corpus and tools shared between the worktrees live beside the repo.
SHARED="$ROOT/../shared"
require_shared() {
  local need
  for need in "$@"; do
    [ -e "$SHARED/$need" ] || die "$SHARED/$need is missing: these benchmarks need the shared fixtures, corpus and tools in ../shared (next to $ROOT)"
  done
  SHARED="$(cd "$SHARED" && pwd)"
}

# swift build -c release, retried when another build holds the .build lock; sets BIN.
build_release() {
  command -v swift >/dev/null 2>&1 || die "the Swift toolchain (swift) is not on PATH"
  local attempt log
  log="$(mktemp)"
  for attempt in 1 2 3 4 5; do
    say "building (release)"
    if swift build -c release >"$log" 2>&1; then
      grep -E 'warning:|error:' "$log" >&2 || true
      rm -f "$log"
      BIN="$(swift build -c release --show-bin-path)"
      return 0
    fi
    if grep -qiE 'database is locked|already running|\.lock|lock file|Resource temporarily unavailable' "$log" && [ "$attempt" -lt 5 ]; then
      say "build lock held elsewhere; retrying in 5 s"
      sleep 5
      continue
    fi
    grep -vE '^\[[0-9]+/[0-9]+\]' "$log" >&2 || true
    rm -f "$log"
    die "swift build -c release failed"
  done
}

# The Python venv with trafilatura & co. (../shared/tools/requirements-extract-bench.txt); sets PY.
ensure_venv() {
  local requirements="$SHARED/tools/requirements-extract-bench.txt"
  PY="$ROOT/.venv-bench/bin/python"
  if [ ! -x "$PY" ]; then
    command -v python3 >/dev/null 2>&1 || die "python3 is not on PATH (needed for the trafilatura venv)"
    say "creating .venv-bench"
    python3 -m venv "$ROOT/.venv-bench" || die "python3 -m venv .venv-bench failed"
  fi
  if ! "$PY" -c 'import trafilatura' >/dev/null 2>&1; then
    [ -f "$requirements" ] || die "$requirements is missing"
    say "installing $requirements into .venv-bench"
    # pip 23.x trips over lxml[html_clean] vs lxml[html-clean] in these requirements; a current pip does not.
    "$ROOT/.venv-bench/bin/pip" install -q -U pip || die "could not upgrade pip in .venv-bench"
    "$ROOT/.venv-bench/bin/pip" install -q -r "$requirements" || die "pip install -r $requirements failed"
  fi
}
