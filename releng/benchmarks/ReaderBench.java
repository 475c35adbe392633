import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * How the Reader copes with a 10 MB source: the time the UI thread is blocked to show the text and its
 * highlights, and the time each scroll step takes to paint, measured on the widget the Reader uses
 * (a read-only, word-wrapping StyledText with the Reader's margins and font) under a real display (Xvfb).
 * The baseline, in the same run, is the same StyledText without word wrap and without highlights.
 * Writes the "Reader" section of docs/benchmarks.md. Run through reader-bench.sh.
 */
public class ReaderBench {

    private static final String BEGIN = "<!-- BEGIN reader (releng/benchmarks/reader-bench.sh) -->";
    private static final String END = "<!-- END reader -->";
    private static final int TEXT_CHARS = 10_000_000;
    private static final int HIGHLIGHTS = 2_000;
    private static final int SCROLL_STEPS = 400;

    /**
     * @param showMs       {@code setText} itself: the UI thread is blocked this long
     * @param settleMs     until StyledText's background layout (chunks of at most 50 ms run between other
     *                     events) has measured every line and the scroll bar is exact
     * @param longestMs    the longest single event the UI thread ran while settling: the worst stall a user
     *                     would feel while the text is being measured
     * @param stylesMs     {@code setStyleRanges} with the highlights, blocking
     */
    record Row(String variant, double showMs, double settleMs, double longestMs, double stylesMs, double[] stepMs,
            double jumpToEndMs) {
        double percentile(double p) {
            double[] sorted = stepMs.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    public static void main(String[] args) throws IOException {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        String text = generate(TEXT_CHARS);
        Display display = new Display();
        List<Row> rows = new ArrayList<>();
        // One warm-up round of each, then the measured round.
        for (int round = 0; round < 2; round++) {
            rows.clear();
            rows.add(measure(display, text, false, "plain StyledText (no wrap, no highlights)"));
            rows.add(measure(display, text, true, "Reader widget (wrap, margins, " + HIGHLIGHTS + " highlights)"));
        }
        display.dispose();
        rows.forEach(r -> System.out.printf(Locale.ROOT,
                "%s: setText %.0f ms, settled %.0f ms, longest event %.0f ms, styles %.0f ms, step p50 %.1f p99 %.1f max %.1f, end %.0f ms%n",
                r.variant(), r.showMs(), r.settleMs(), r.longestMs(), r.stylesMs(), r.percentile(0.5), r.percentile(0.99),
                r.percentile(1.0), r.jumpToEndMs()));
        writeSection(docs, text.length(), rows);
    }

    /** Paragraphs of word-like tokens, 40-120 words each, like a long report. */
    static String generate(int chars) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(chars + 1000);
        String[] syllables = {"ka", "ro", "mi", "te", "sun", "dor", "li", "va", "pre", "mon", "tis", "qua"};
        while (text.length() < chars) {
            int words = 40 + random.nextInt(80);
            for (int w = 0; w < words; w++) {
                int length = 1 + random.nextInt(3);
                for (int s = 0; s < length; s++) {
                    text.append(syllables[random.nextInt(syllables.length)]);
                }
                text.append(w == words - 1 ? ".\n\n" : random.nextInt(12) == 0 ? ", " : " ");
            }
        }
        return text.substring(0, chars);
    }

    static Row measure(Display display, String text, boolean asReader, String label) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 800);
        StyledText widget = new StyledText(shell, SWT.READ_ONLY | SWT.V_SCROLL | (asReader ? SWT.WRAP : SWT.H_SCROLL));
        Font font = null;
        if (asReader) {
            widget.setMargins(24, 16, 24, 16);
            font = new Font(display, "Serif", 12, SWT.NORMAL);
            widget.setFont(font);
        }
        shell.open();
        settle(display);

        long start = System.nanoTime();
        widget.setText(text);
        double showMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        double longestMs = settle(display);
        double settleMs = (System.nanoTime() - start) / 1e6;

        List<Color> colors = new ArrayList<>();
        double stylesMs = 0;
        if (asReader) {
            Random random = new Random(11);
            StyleRange[] ranges = new StyleRange[HIGHLIGHTS];
            int stride = text.length() / HIGHLIGHTS;
            for (int i = 0; i < HIGHLIGHTS; i++) {
                Color color = new Color(display, 200 + random.nextInt(55), 200 + random.nextInt(55), 150);
                colors.add(color);
                ranges[i] = new StyleRange(i * stride + random.nextInt(stride / 2), 40 + random.nextInt(200), null, color);
            }
            start = System.nanoTime();
            widget.setStyleRanges(ranges);
            stylesMs = (System.nanoTime() - start) / 1e6;
            longestMs = Math.max(longestMs, settle(display));
        }

        // Page down through the first part of the text, as a reader does, each step painted before the next.
        double[] steps = new double[SCROLL_STEPS];
        int pageLines = Math.max(1, widget.getClientArea().height / widget.getLineHeight());
        for (int i = 0; i < SCROLL_STEPS; i++) {
            start = System.nanoTime();
            widget.setTopIndex(widget.getTopIndex() + pageLines);
            widget.redraw();
            widget.update();
            settle(display);
            steps[i] = (System.nanoTime() - start) / 1e6;
        }
        start = System.nanoTime();
        widget.setTopIndex(widget.getLineCount() - 1);
        widget.redraw();
        widget.update();
        settle(display);
        double endMs = (System.nanoTime() - start) / 1e6;

        shell.dispose();
        colors.forEach(Color::dispose);
        if (font != null) {
            font.dispose();
        }
        return new Row(label, showMs, settleMs, longestMs, stylesMs, steps, endMs);
    }

    /** Runs what is queued, paints included; returns the longest single event in ms. */
    private static double settle(Display display) {
        double longest = 0;
        for (;;) {
            long start = System.nanoTime();
            if (!display.readAndDispatch()) {
                return longest;
            }
            longest = Math.max(longest, (System.nanoTime() - start) / 1e6);
        }
    }

    static void writeSection(Path docs, int chars, List<Row> rows) throws IOException {
        StringBuilder section = new StringBuilder(BEGIN).append("\n## Reader (10 MB source)\n\n");
        section.append(String.format(Locale.ROOT, "A generated text of %,d characters (paragraphs of 40-120 words) shown "
                + "in SWT's StyledText under Xvfb, %s, %d CPUs, load average %s at the end. `setText` and \"highlights\" "
                + "(`setStyleRanges` with %,d ranges: the Reader colours every anchored span) block the UI thread for "
                + "as long as they take. After that, with word wrap, StyledText measures every line in the "
                + "background, in slices of at most 50 ms between other events: \"measured\" is when it is done "
                + "(the scroll bar is exact from then on), \"longest event\" the longest the UI thread was busy "
                + "with one event meanwhile, i.e. the worst stall a user could feel. A scroll step is one page down, "
                + "painted; \"to the end\" jumps to the last line. %d steps after a warm-up round. Baseline: the "
                + "same widget without word wrap and highlights, in the same run.%n%n", chars, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                loadAverage(), HIGHLIGHTS, SCROLL_STEPS));
        section.append("| variant | setText (ms) | measured (ms) | longest event (ms) | highlights (ms) "
                + "| scroll step p50 (ms) | p99 (ms) | max (ms) | to the end (ms) |\n");
        section.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            section.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %.0f |%n",
                    row.variant(), row.showMs(), row.settleMs(), row.longestMs(), row.stylesMs(), row.percentile(0.5),
                    row.percentile(0.99), row.percentile(1.0), row.jumpToEndMs()));
        }
        section.append("\nReproduce: `releng/benchmarks/reader-bench.sh` (needs `./dialectica build` and Xvfb).\n").append(END);
        String old = Files.readString(docs);
        int from = old.indexOf(BEGIN);
        int to = old.indexOf(END);
        String updated = from >= 0 && to > from ? old.substring(0, from) + section + old.substring(to + END.length())
                : old.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(docs, updated);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
