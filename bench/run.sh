#!/usr/bin/env bash
# Benchmark of issue 8 (see BENCHMARKS.md): the nightly job against DuckDB on the same generated files,
# in one invocation.
#
#   bench/run.sh [--sizes small|full] [--profile] [--skip-job] [--job-opts "JVM OPTIONS"]
#
#   small (default): 1M trade rows (~38 MB) + 100k articles (~274 MB)
#   full:            small, then 10M trade rows (~390 MB) + 500k articles (~1.4 GB)
#   --profile        flight recording of the job's first run, summarised into job-profile.txt
#
# Inputs are generated once (fixed seeds) into target/bench-data/; runs, logs and the result tables
# go to target/bench-runs/ (results-*.md). Exit code 0 when every aggregate agreed to the cent.
set -euo pipefail

export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$here"
jar="$here/target/partnership-reports.jar"

if ! command -v java >/dev/null 2>&1; then
  echo "error: java not found: install a JDK 17" >&2
  exit 2
fi

# the job as cron starts it: run.sh builds the jar when the sources changed, unpacks it and prepares its
# class-data archive; the benchmark then starts the unpacked jar with run.sh's JVM options (BenchRunner)
"$here/run.sh" --version >/dev/null
if [[ -f "$here/target/app/partnership-reports.jar" ]]; then
  jar="$here/target/app/partnership-reports.jar"
fi

# benchmark classes (src/test/java/.../bench) and the test classpath with DuckDB (profile bench)
echo "compiling the benchmark (maven profile bench) ..." >&2
./mvnw -q -B -Pbench test-compile dependency:build-classpath \
  -Dmdep.outputFile="$here/target/bench-classpath.txt" -Dmdep.includeScope=test >&2

cp="$here/target/test-classes:$here/target/classes:$(cat "$here/target/bench-classpath.txt")"

echo "nproc: $(nproc); $(grep MemTotal /proc/meminfo); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
echo "command: bench/run.sh $*"

exec java -Xmx2g -Dfile.encoding=UTF-8 -Duser.timezone=UTC -cp "$cp" org.partnership.reports.bench.BenchRunner \
  --jar "$jar" --data "$here/target/bench-data" --work "$here/target/bench-runs" "$@"
