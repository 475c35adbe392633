#!/usr/bin/env bash
# Diagnostic for the index build benchmark (not part of the tests): how much each group of fields of a passage
# document costs to index. Prints times; writes nothing. Needs index-bench.sh to have run once (for the jars).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=${1:-/tmp/dialectica-index-bench}
[ -d "$WORK/lib" ] || { echo "Run releng/benchmarks/index-bench.sh first" >&2; exit 1; }
CP="$(ls "$WORK"/lib/*.jar | tr '\n' ':')"
mkdir -p "$WORK/field-cost-classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/field-cost-classes" -cp "$CP" \
  releng/benchmarks/src/org/dialectica/benchmarks/SyntheticCorpus.java \
  releng/benchmarks/src/org/dialectica/benchmarks/IndexFieldCost.java
exec "$JAVA_HOME/bin/java" -Xmx4g -Djava.io.tmpdir="$WORK" -cp "$WORK/field-cost-classes:$CP" \
  org.dialectica.benchmarks.IndexFieldCost
