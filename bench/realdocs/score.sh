#!/usr/bin/env bash
# Scores a build against the real-report gold of this folder.
#   bench/realdocs/score.sh TEXTS GOLD [--verbose]
# TEXTS holds the fetched excerpts as TEXTS/reports/<id>.txt (see README.md: they are fetched, never committed);
# GOLD is dev.json or own.json of this folder (or a path). Prints recall, precision, growth and period, and the
# year, town and county scores; --verbose lists every miss and false figure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
texts=$(cd "$1" && pwd)
gold=$2
[ -f "$gold" ] || gold="$here/$gold"
verbose=${3:-}
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
(cd "$root" && mvn -q compile exec:java -Dexec.args="build --content $texts --out $site/site --no-cache" >"$site/build.log" 2>&1) \
  || { tail -5 "$site/build.log"; exit 2; }
python3 "$here/score_facts.py" "$site/site/data/facts.json" "$gold" $verbose || true
python3 "$here/score_places.py" "$site/site" "$gold" $verbose || true
