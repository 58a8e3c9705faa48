#!/usr/bin/env bash
# Prints the importer's figures: travel data set (first and second run), and a generated data set of
# N engagements (default 100000): wall time and peak RSS of each run, via /usr/bin/time -v.
# Usage: scripts/bench-import.sh [engagements] ; needs PostgreSQL at ACCORD_BENCH_SERVER (default local).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
export PGOPTIONS="-c client_min_messages=warning"
SERVER="${ACCORD_BENCH_SERVER:-postgresql://postgres@127.0.0.1:5432}"
TRAVELS="${ACCORD_TRAVELS_DIR:-../shared/data/history-state-travels}"
WORK="$(mktemp -d)"
CLI="node apps/cli/dist/main.js"
trap 'rm -rf "$WORK"' EXIT

pnpm turbo run build --filter=@accord/cli --output-logs=errors-only >/dev/null

fresh_db() {
  local name="accord_bench_$1_$$"
  psql "$SERVER/postgres" -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
  DATABASE_URL="$SERVER/$name" $CLI migrate >/dev/null
  echo "$SERVER/$name"
}

drop_db() { psql "$SERVER/postgres" -qc "DROP DATABASE IF EXISTS ${1##*/} WITH (FORCE)" >/dev/null; }

measure() {
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$WORK/err" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$WORK/err" | awk '{printf "%.0f MiB", $NF/1024}')
  printf '%-44s %10s  peak RSS %s\n' "$label" "$wall" "$rss"
  grep -E "^(engagements|total) " "$WORK/out" | sed 's/^/    /' || true
}

echo "== history-state-travels ($TRAVELS)"
URL=$(fresh_db travels)
measure "travels, first run" env DATABASE_URL="$URL" $CLI import --no-progress --format history-state-travels "$TRAVELS"
measure "travels, second run" env DATABASE_URL="$URL" $CLI import --no-progress --format history-state-travels "$TRAVELS"
drop_db "$URL"

echo "== generated: $N engagements"
measure "generate $N" sh -c "$CLI generate --engagements $N --seed 1 > $WORK/generated.ndjson"
ls -l "$WORK/generated.ndjson" | awk '{printf "    file size %.0f MiB\n", $5/1048576}'
URL=$(fresh_db generated)
measure "import $N, first run" env DATABASE_URL="$URL" $CLI import --no-progress "$WORK/generated.ndjson"
measure "import $N, second run" env DATABASE_URL="$URL" $CLI import --no-progress "$WORK/generated.ndjson"
measure "export $N" sh -c "DATABASE_URL=$URL $CLI export > $WORK/export.ndjson"
drop_db "$URL"
