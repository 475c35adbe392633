package org.dialectica.ui.parts;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** Column widths measured in a control's own font, for columns whose short values must never be cut off. */
public final class ColumnWidths {

    /** What a table cell adds around its text, both sides together. */
    private static final int CELL_PADDING = 16;

    private ColumnWidths() {
    }

    /** The width that shows the widest of {@code texts} whole in {@code control}'s font, with a cell's padding. */
    public static int fitting(Control control, String... texts) {
        GC gc = new GC(control);
        try {
            int widest = 0;
            for (String text : texts) {
                widest = Math.max(widest, gc.stringExtent(text).x);
            }
            return widest + CELL_PADDING;
        } finally {
            gc.dispose();
        }
    }
}
