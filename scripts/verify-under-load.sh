#!/usr/bin/env bash
# Runs the whole test command N times in a row (default 3) while two CPU-bound loops keep both cores busy, and
# prints each run's exit code and duration: the suite must stay green on a loaded machine.
# Usage: scripts/verify-under-load.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
( while :; do :; done ) & busy1=$!
( while :; do :; done ) & busy2=$!
trap 'kill $busy1 $busy2 2>/dev/null' EXIT
status=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  mvn -B verify > "target-load-run-$i.log" 2>&1; rc=$?
  echo "run $i: exit $rc in $(( $(date +%s) - start )) s (log: target-load-run-$i.log)"
  [ "$rc" -ne 0 ] && status=1
done
exit $status
