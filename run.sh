#!/usr/bin/env bash
# Nightly partnership reports. Builds the application with the Maven wrapper when the jar is missing
# or older than the sources, then runs the job; the exit code is the job's (see README).
# Safe under cron: non-interactive, UTF-8 locale, fixed time zone, works from any directory.
set -euo pipefail

export LANG=C.UTF-8 LC_ALL=C.UTF-8
export TZ="${PARTNERSHIP_TZ:-UTC}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
jar="$here/target/partnership-reports.jar"
# the jar unpacked by Spring Boot's jarmode tools: a plain class path starts faster than the
# nested-jar launcher (about 0.4 s of CPU less on every invocation)
app="$here/target/app"

if ! command -v java >/dev/null 2>&1 && [[ -z "${JAVA_HOME:-}" ]]; then
  echo "error: java not found: install a JDK 17 or set JAVA_HOME" >&2
  exit 2
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The jar's own time stamp is fixed by the reproducible build (project.build.outputTimestamp), so
# freshness is judged by a stamp file that run.sh sets when a build it started has begun.
built="$here/target/.run-sh-built"
stale() {
  [[ ! -f "$jar" || ! -f "$built" ]] || [[ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$built" -print -quit 2>/dev/null)" ]]
}

# Unpacks the jar into $app; if that fails the job starts from the jar, only slower. The marker
# dates the unpacking: any rewrite or copy of the jar moves its change time (ctime) past it.
unpack() {
  rm -rf "$app" "$app.new"
  touch "$here/target/.unpacking"
  if "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$app.new" >/dev/null 2>&1; then
    mv "$here/target/.unpacking" "$app.new/.unpacked" && mv "$app.new" "$app"
  else
    rm -rf "$app.new"
    echo "note: could not unpack $jar; running from the jar" >&2
  fi
}
unpacked() {
  [[ -f "$app/.unpacked" && -f "$jar" && -z "$(find "$jar" -cnewer "$app/.unpacked" -print 2>/dev/null)" ]]
}

# A class-data archive of the application (AppCDS), made once per unpacking by a run over the sample input
# in a folder of its own: the JVM then maps the application's classes instead of loading and verifying them
# (1M + 100k: 2-3 s less a night). The JDK ignores an archive it cannot use (another JDK, a damaged header),
# but JDK 17 dies with SIGBUS on a truncated one: so the archive is put in place only after a JVM started
# with it, and used only while it has the size recorded then.
archive="$app/app.jsa"
# JAVA_OPTS' default: see the comment at the end
jvm_options=(${JAVA_OPTS:--Xmx1g -XX:+UseParallelGC -XX:CompileThresholdScaling=5 -XX:FreqInlineSize=100} -Dfile.encoding=UTF-8
  -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true -Duser.timezone="$TZ" '-Xlog:cds*=off')
train() {
  local tmp
  tmp="$(mktemp -d)" || return 0
  if "$java_bin" "${jvm_options[@]}" -XX:ArchiveClassesAtExit="$archive.new" -Dpartnership.home="$here" \
      -jar "$app/partnership-reports.jar" --input "$here/input" --output "$tmp/out" --state-dir "$tmp/state" >/dev/null 2>&1 \
    && "$java_bin" "${jvm_options[@]}" -XX:SharedArchiveFile="$archive.new" -jar "$app/partnership-reports.jar" \
      --version >/dev/null 2>&1; then
    wc -c <"$archive.new" >"$archive.size" && mv -f "$archive.new" "$archive"
  else
    rm -f "$archive.new"
    touch "$archive.failed" # not tried again before the next unpacking
    echo "note: no class-data archive (the sample run failed); the job starts without one" >&2
  fi
  rm -rf "$tmp"
}

# an archive that lost its recorded size is made again rather than used
if [[ -f "$archive" && "$(wc -c <"$archive")" != "$(cat "$archive.size" 2>/dev/null)" ]]; then
  rm -f "$archive"
fi
wants_archive() {
  [[ ! -f "$archive" && ! -f "$archive.failed" ]]
}
if stale || ! unpacked || wants_archive; then
  (
    # one build at a time, even when two runs start together
    if command -v flock >/dev/null 2>&1; then
      mkdir -p "$here/target" && exec 9>"$here/target/.build.lock" && flock 9
    fi
    if stale; then
      echo "building partnership-reports (first run or sources changed)..." >&2
      # stamped with the start of the build, so a source saved during the build triggers the next one
      mkdir -p "$here/target" && touch "$here/target/.run-sh-building"
      (cd "$here" && ./mvnw -q -B -DskipTests package >&2)
      mv -f "$here/target/.run-sh-building" "$built"
    fi
    if ! unpacked; then
      unpack
    fi
    if unpacked && wants_archive; then
      echo "preparing the class-data archive (one run over the sample input)..." >&2
      train
    fi
  ) || { echo "error: build failed (run ./mvnw package to see why)" >&2; exit 2; }
fi

launch="$jar"
if unpacked; then
  launch="$app/partnership-reports.jar"
  if [[ -f "$archive" && "$(wc -c <"$archive")" == "$(cat "$archive.size" 2>/dev/null)" ]]; then
    jvm_options+=(-XX:SharedArchiveFile="$archive")
  fi
fi

# JAVA_OPTS' default: the parallel collector, since a batch job wants throughput, not short pauses (G1's
# concurrent work and write barriers cost 6 % of the 10M + 500k night); compile thresholds five times the
# JVM's, since on two cores the JIT compiler's threads took a fifth of the night's CPU, much of it for code
# that is only lukewarm (10M + 500k: 110 -> 103 s); hot methods inlined into their callers up to 100
# bytecodes instead of 325, which shrinks what C2 compiles (its CPU 28.6 -> 18.5 s, the night 95.6 -> 89.8 s)
# without slowing the extractor's warm code. Measured in BENCHMARKS.md, sessions 7 and 8.
exec "$java_bin" "${jvm_options[@]}" -Dpartnership.home="$here" -jar "$launch" "$@"
