#!/usr/bin/env bash
# Import benchmark (not part of the tests). Runs ImportBench as a plain Java program on the class path of
# the materialised product (every bundle jar plus the jars nested in the Tika and Lucene library bundles, no
# OSGi) and replaces the "Import" section of docs/benchmarks.md with its report.
#   releng/benchmarks/import-bench.sh [files=300] [rounds=5] [workdir=/tmp/dialectica-import-bench]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FILES=${1:-300}
ROUNDS=${2:-5}
WORK=${3:-/tmp/dialectica-import-bench}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PLUGINS=releng/org.dialectica.product/target/products/org.dialectica.product/linux/gtk/x86_64/plugins

if ! ls "$PLUGINS"/org.dialectica.importer.tika_*.jar >/dev/null 2>&1; then
  ./dialectica build
fi

rm -rf "$WORK/lib" "$WORK/classes"
mkdir -p "$WORK/lib" "$WORK/classes"
for lib in "$PLUGINS"/org.dialectica.lib.tika_*.jar "$PLUGINS"/org.dialectica.lib.lucene_*.jar; do
  unzip -o -q -j "$lib" '*.jar' -d "$WORK/lib"
done
# Bundles as jars and as folders (unpacked bundles), then the nested library jars.
CP="$(find "$PLUGINS" -maxdepth 1 \( -name '*.jar' -o -type d ! -path "$PLUGINS" \) | sort | tr '\n' ':')$(ls "$WORK"/lib/*.jar | tr '\n' ':')"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$CP" \
  releng/benchmarks/src/org/dialectica/benchmarks/SyntheticCorpus.java \
  releng/benchmarks/src-import/org/dialectica/benchmarks/ImportBench.java
"$JAVA_HOME/bin/java" -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$WORK/classes:$CP" org.dialectica.benchmarks.ImportBench "$WORK" "$FILES" "$ROUNDS"

# Replace (or append) the section in docs/benchmarks.md.
DOC=docs/benchmarks.md
[[ -f $DOC ]] || printf '# Benchmarks\n\nFigures measured by the scripts in releng/benchmarks/. Re-run them to update.\n\n' > "$DOC"
python3 - "$DOC" "$WORK/report.md" <<'PY'
import re, sys
doc, report = open(sys.argv[1]).read(), open(sys.argv[2]).read().rstrip() + "\n"
pattern = re.compile(r"^## Import\n.*?(?=^## |^<!-- BEGIN|\Z)", re.S | re.M)
doc = pattern.sub(lambda m: report + "\n", doc) if pattern.search(doc) else doc.rstrip() + "\n\n" + report
open(sys.argv[1], "w").write(doc)
PY
echo "updated $DOC"
