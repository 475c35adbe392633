package org.dialectica.ui.map;

/** Measures wrapped label text, so that boxes are sized before layout runs (off the UI thread). */
@FunctionalInterface
public interface TextMeasurer {

    /** Width and height, in pixels, of {@code text} wrapped to at most {@code maxWidth}. */
    double[] measure(String text, double maxWidth);

    /**
     * An estimate from average character metrics; for layout benchmarks and tests, and for sizing when no
     * display is at hand.
     */
    static TextMeasurer approximate(double charWidth, double lineHeight) {
        return (text, maxWidth) -> {
            int perLine = Math.max(1, (int) (maxWidth / charWidth));
            int lines = 0;
            for (String paragraph : text.split("\n", -1)) {
                lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) perLine));
            }
            double width = Math.min(maxWidth, text.length() * charWidth);
            return new double[] { width, lines * lineHeight };
        };
    }
}
