package org.dialectica.ui.map;

import java.util.List;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Measures labels with the real font, wrapped exactly as {@link MapPainter} wraps them. Must be created and
 * used on the UI thread; the map part measures all labels there, then lays out in a job.
 */
final class SwtTextMeasurer implements TextMeasurer, AutoCloseable {

    private final Image scratch;
    private final GC gc;

    SwtTextMeasurer(Display display, Font font) {
        scratch = new Image(display, 1, 1);
        gc = new GC(scratch);
        gc.setFont(font);
    }

    @Override
    public double[] measure(String text, double maxWidth) {
        List<String> lines = MapPainter.wrap(gc, text, maxWidth);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, gc.textExtent(line).x);
        }
        return new double[] { width, Math.max(1, lines.size()) * gc.getFontMetrics().getHeight() };
    }

    @Override
    public void close() {
        gc.dispose();
        scratch.dispose();
    }
}
