#!/usr/bin/env bash
# Index and search benchmark (not part of the tests). Builds the index bundle, runs IndexBench as a
# plain Java program (Lucene jars + the bundle's classes, no OSGi) and replaces the "Index and search"
# section of docs/benchmarks.md with its report.
#   releng/benchmarks/index-bench.sh [passages=1000000] [queries=4000] [workdir=/tmp/dialectica-index-bench]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PASSAGES=${1:-1000000}
QUERIES=${2:-4000}
WORK=${3:-/tmp/dialectica-index-bench}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

if [[ ! -d bundles/org.dialectica.index/target/classes/org/dialectica/index || ! -d bundles/org.dialectica.core/target/classes/org/dialectica/core || ! -f bundles/org.dialectica.lib.lucene/target/org.dialectica.lib.lucene-0.1.0-SNAPSHOT.jar ]]; then
  ./mvnw -B -q verify -DskipTests -pl releng/org.dialectica.target,bundles/org.dialectica.lib.lucene,bundles/org.dialectica.index -am
fi

mkdir -p "$WORK/lib" "$WORK/classes"
unzip -o -q -j bundles/org.dialectica.lib.lucene/target/org.dialectica.lib.lucene-0.1.0-SNAPSHOT.jar '*.jar' -d "$WORK/lib"
CP="$(ls "$WORK"/lib/*.jar | tr '\n' ':')$ROOT/bundles/org.dialectica.index/target/classes:$ROOT/bundles/org.dialectica.core/target/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$CP" releng/benchmarks/src/org/dialectica/benchmarks/*.java
"$JAVA_HOME/bin/java" -Xmx6g -cp "$CP:$WORK/classes" org.dialectica.benchmarks.IndexBench "$WORK" "$PASSAGES" "$QUERIES"

# Replace (or append) the section in docs/benchmarks.md.
DOC=docs/benchmarks.md
[[ -f $DOC ]] || printf '# Benchmarks\n\nFigures measured by the scripts in releng/benchmarks/. Re-run them to update.\n\n' > "$DOC"
python3 - "$DOC" "$WORK/report.md" <<'PY'
import re, sys
doc, report = open(sys.argv[1]).read(), open(sys.argv[2]).read().rstrip() + "\n"
pattern = re.compile(r"^## Index and search\n.*?(?=^## |^<!-- BEGIN|\Z)", re.S | re.M)
doc = pattern.sub(lambda m: report + "\n", doc) if pattern.search(doc) else doc.rstrip() + "\n\n" + report
open(sys.argv[1], "w").write(doc)
PY
echo "updated $DOC"
