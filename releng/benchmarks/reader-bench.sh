#!/usr/bin/env bash
# Reader benchmark (not part of the tests): a 10 MB text in the Reader's widget (SWT StyledText) under
# Xvfb, against a plain StyledText; replaces the "Reader" section of docs/benchmarks.md.
# Needs the product built (./dialectica build) for its SWT jars, and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/java-env.sh
PLUGINS=releng/org.dialectica.product/target/products/org.dialectica.product/linux/gtk/x86_64/plugins
[ -d "$PLUGINS" ] || ./dialectica build
cp="$(ls "$PLUGINS"/org.eclipse.swt_*.jar | head -n 1):$(ls "$PLUGINS"/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)"
exec xvfb-run -a -s "-screen 0 1600x1000x24" java -Xmx2g -cp "$cp" releng/benchmarks/ReaderBench.java docs/benchmarks.md
