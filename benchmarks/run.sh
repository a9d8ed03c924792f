#!/usr/bin/env bash
# Runs the JMH benchmarks. Usage: benchmarks/run.sh [quick|full] [JMH args...]
#   quick: 1 fork, 1 warm-up and 2 measurement iterations of 1 s (a sanity run, wide errors)
#   full:  1 fork, 5 warm-up and 5 measurement iterations of 3 s (the numbers in docs/PERFORMANCE.md; ~10 min)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-quick}"; shift || true
(cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests -pl benchmarks -am package) >&2
case "$mode" in
  quick) opts=(-f 1 -wi 1 -i 2 -w 1s -r 1s) ;;
  full)  opts=(-f 1 -wi 5 -w 3s -i 5 -r 3s) ;;
  *) echo "usage: benchmarks/run.sh [quick|full] [JMH args...]" >&2; exit 2 ;;
esac
exec java -jar "$root/benchmarks/target/benchmarks.jar" "${opts[@]}" "$@"
