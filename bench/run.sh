#!/usr/bin/env bash
# Benchmark: generate synthetic corpora and time full, incremental and unchanged builds.
# Usage: bench/run.sh [N ...]        (default: 1000 10000 40000)
# Env:   BENCH_DIR (default /tmp/townstats-bench), JAVA_OPTS (default -Xmx2600m -XX:+UseParallelGC),
#        RUNS (default 3)
# Prints medians of RUNS full builds, reports/s, pages/s, peak RSS, output size, incremental
# rebuild times after adding and after changing one report (fresh build commands), the time until a
# running `watch` has the site updated after one report is added, an unchanged rebuild, and
# extraction recall/precision against the planted truth. Beside each figure it prints the same for Hugo
# (Debian's `hugo`, installed when missing) rendering the same texts as plain pages in the same run:
# hugo_s is the median of RUNS clean Hugo builds, and x_hugo / size_x_hugo / change1_x_hugo are townstats over Hugo (a
# changed report against a whole Hugo build); max_page_KB and max_profile_KB are the largest HTML page and town profile.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 40000)
dir=${BENCH_DIR:-/tmp/townstats-bench}
runs=${RUNS:-3}
java_opts=${JAVA_OPTS:--Xmx2600m -XX:+UseParallelGC}
# The corpus generator and the scorer live in test scope (not shipped in the tool): builds run on the
# tool's runtime classpath, generate-corpus and score on the test classpath.
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt >/dev/null
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
cp="target/classes:$(cat target/classpath.txt)"
bench_cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
bench() { java $java_opts -cp "$bench_cp" townstats.bench.BenchTool "$@"; }
if ! command -v hugo >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; else sudo apt-get install -y -qq hugo >/dev/null; fi
fi

# A Hugo project holding the corpus's plain-text and Markdown reports as pages (Word files have no text to
# give Hugo; they are a few percent of a corpus), one page each, titled by file name, with a minimal layout.
hugo_project() {
  local corpus=$1 project=$2
  [ -f "$project/.complete" ] && return
  rm -rf "$project"; mkdir -p "$project/content/reports" "$project/layouts/_default"
  printf 'baseURL = "http://intranet.example/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$project/hugo.toml"
  printf '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n' \
    > "$project/layouts/_default/single.html"
  printf '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n' \
    > "$project/layouts/_default/list.html"
  find "$corpus/reports" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | while IFS= read -r -d '' f; do
    local name; name=$(basename "${f%.*}")
    { printf -- '---\ntitle: "%s"\n---\n' "$name"; sed '1s/^\xEF\xBB\xBF//; /^---$/d' "$f"; } > "$project/content/reports/$name.md"
  done
  touch "$project/.complete"
}

# Clean Hugo builds of the project, RUNS times; prints "median_seconds size_MB".
hugo_build() {
  local project=$1 out=$2 times=()
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$out"
    /usr/bin/time -f "%e" -o "$dir/hugo-time.txt" hugo --quiet -s "$project" -d "$out" >/dev/null 2>"$dir/hugo.log"
    times+=("$(cat "$dir/hugo-time.txt")")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(du -sm "$out" | cut -f1)"
}

# Runs a build, prints "seconds peak_rss_mb"
timed_build() {
  local content=$1 out=$2
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" java $java_opts -cp "$cp" townstats.cli.Main build --content "$content" --out "$out" > "$dir/build.log" 2>&1
  awk '{printf "%s %.0f\n", $1, $2/1024}' "$dir/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# With `watch` running on the built site, adds one report; prints the seconds until the rebuild is published.
watch_add_one() {
  local content=$1 out=$2 source=$3 log="$dir/watch.log"
  : > "$log"   # emptied before the watch starts: the last size's log must not count as this initial build
  java $java_opts -cp "$cp" townstats.cli.Main watch --content "$content" --out "$out" > "$log" 2>&1 &
  local pid=$!
  until [ "$(grep -c 'files written' "$log")" -ge 1 ]; do sleep 0.2; done   # the initial build
  local start; start=$(date +%s.%N)
  cp "$source" "$content/reports/zz-bench/watched.txt"
  until [ "$(grep -c 'files written' "$log")" -ge 2 ]; do sleep 0.1; done
  local end; end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$content/reports/zz-bench/watched.txt"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f\n", b - a}'
}

# The files an added report made the build write (newer than the stamp: a kept file keeps its time), by kind.
written_by_kind() {
  local site=$1 stamp=$2 n=$3 all
  all=$(find "$site" -type f ! -name '.townstats-*' | wc -l)
  find "$site" -type f -newer "$stamp" ! -name '.townstats-*' -printf '%P\n' \
    | awk -F/ -v all="$all" -v n="$n" '{k = NF == 1 ? "root" : $1; c[k]++; t++}
        END {printf "add1 at %d: %d files written of %d (%.2f%%):", n, t, all, 100 * t / all; for (k in c) printf " %s %d", k, c[k]; print ""}'
}

mkdir -p "$dir"
printf '%-7s %-10s %-8s %-8s %-9s %-9s %-9s %-9s %-12s %-12s %-15s %-9s %-9s %-15s %-9s %-9s %s\n' N full_s hugo_s x_hugo reports/s pages/s rss_MB size_MB size_x_hugo max_page_KB max_profile_KB add1_s change1_s change1_x_hugo watch1_s same_s extraction
for n in "${sizes[@]}"; do
  corpus="$dir/corpus-$n"; site="$dir/site-$n"
  if [ ! -f "$corpus/truth.json" ]; then
    rm -rf "$corpus"; bench generate-corpus --reports "$n" --seed 1 --out "$corpus" >/dev/null
  fi
  rm -rf "$corpus/reports/zz-bench"
  times=(); rss=0
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$site" "$dir/.townstats-cache" "$corpus/../.townstats-cache"
    read -r t m < <(timed_build "$corpus" "$site")
    times+=("$t"); [ "$m" -gt "$rss" ] && rss=$m
  done
  full=$(printf '%s\n' "${times[@]}" | median)
  pages=$(find "$site" -name '*.html' | wc -l)
  size=$(du -sm "$site" | cut -f1)
  max_page=$(find "$site" -name '*.html' -printf '%s\n' | sort -n | tail -1)
  max_profile=$(find "$site/towns" -mindepth 2 -name '*.html' -printf '%s\n' | sort -n | tail -1)
  # One new report (a copy of an existing one under a new name), then one changed, then nothing changed.
  mkdir -p "$corpus/reports/zz-bench"
  first=$(find "$corpus/reports" -name '*.txt' -size +5k | sort | awk 'NR == 1')
  cp "$first" "$corpus/reports/zz-bench/added.txt"
  touch "$dir/before-add"
  read -r add _ < <(timed_build "$corpus" "$site")
  written_by_kind "$site" "$dir/before-add" "$n" >&2
  printf '\n今年以来新增重点项目3个。\n' >> "$corpus/reports/zz-bench/added.txt"
  read -r change _ < <(timed_build "$corpus" "$site")
  read -r same _ < <(timed_build "$corpus" "$site")
  watched=$(watch_add_one "$corpus" "$site" "$first")
  rm -rf "$corpus/reports/zz-bench"
  hugo_project "$corpus" "$dir/hugo-$n"
  read -r hugo_s hugo_mb < <(hugo_build "$dir/hugo-$n" "$dir/hugo-site-$n")
  score=$(bench score --truth "$corpus/truth.json" --facts "$site/data/facts.json" | sed 's/^extraction: //')
  awk -v n="$n" -v f="$full" -v h="$hugo_s" -v p="$pages" -v r="$rss" -v s="$size" -v hs="$hugo_mb" -v a="$add" -v c="$change" \
    -v w="$watched" -v u="$same" -v sc="$score" -v mp="$max_page" -v mt="$max_profile" 'BEGIN {printf "%-7d %-10.1f %-8.2f %-8.1f %-9.0f %-9.0f %-9d %-9d %-12.1f %-12.0f %-15.0f %-9.1f %-9.1f %-15.1f %-9.1f %-9.1f %s\n",
      n, f, h, f/h, n/f, p/f, r, s, s/(hs > 0 ? hs : 1), mp/1024, mt/1024, a, c, c/h, w, u, sc}'
done
