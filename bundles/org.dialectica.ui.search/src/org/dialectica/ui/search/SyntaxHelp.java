package org.dialectica.ui.search;

import java.util.List;

import org.dialectica.index.StructureFilter;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The "?" popup: the query syntax (docs/search.md) in brief, with the installed {@code is:} filters. */
final class SyntaxHelp extends PopupDialog {

    static final String SYNTAX = """
            cancer                 the word, any inflection
            tobacco lobby          all of the words
            "tobacco lobby"        the phrase;  "funded lobby"~3  words at most 3 apart
            oncolog*   carb?n      prefix / wildcard (not at the start of a word)
            cancr~   cancr~1       fuzzy: within 2 (or 0-2) edits
            a AND (b OR c) NOT d   boolean; also && || and -word !word
            note\\: this            \\ makes the next character literal

            type:claim             passage claim issue inference conflict memo
            source:"Title words"   a source's id, or words of its title
            tag:medicine   scheme:expert-opinion   kind:undercut
            author:rossi   state:orphaned   state:open
            year:1998   year:1990..2000   year:>=1990
            """;

    private final List<StructureFilter> filters;
    private final Control anchor;
    private Text help;

    SyntaxHelp(Shell parent, Control anchor, List<StructureFilter> filters) {
        super(parent, SWT.RESIZE, true, false, false, false, false, "Search syntax", "Esc closes");
        this.anchor = anchor;
        this.filters = filters;
    }

    /** The help text shown, for tests and for the popup. */
    static String text(List<StructureFilter> filters) {
        StringBuilder text = new StringBuilder(SYNTAX).append('\n');
        for (StructureFilter filter : filters) {
            text.append(String.format("is:%-19s%s%n", filter.name(), filter.description()));
        }
        return text.toString().stripTrailing();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        help = new Text(parent, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL);
        help.setFont(JFaceResources.getTextFont());
        help.setText(text(filters));
        help.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return help;
    }

    /**
     * PopupDialog's default colours come from JFace's colour registry, where the IDE's themes put its hover colours;
     * in Dialectica nothing does, and the popup failed to open. The system's tooltip colours are what it means.
     */
    @Override
    protected Color getBackground() {
        return getParentShell().getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND);
    }

    @Override
    protected Color getForeground() {
        return getParentShell().getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND);
    }

    /**
     * Big enough for every line of the help, measured in its font: GTK's preferred size of a multi-line text is
     * smaller than its text, which cut the lines and the list of filters short.
     */
    @Override
    protected Point getDefaultSize() {
        Point popup = super.getDefaultSize();
        Point preferred = help.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        String[] lines = help.getText().split("\n");
        GC gc = new GC(help);
        try {
            gc.setFont(help.getFont());
            int widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, gc.textExtent(line).x);
            }
            Rectangle needed = help.computeTrim(0, 0, widest, lines.length * help.getLineHeight());
            // The popup's own parts (title, "Esc closes", margins) around the text, plus room for the scroll bar.
            int scrollBar = help.getVerticalBar() == null ? 0 : help.getVerticalBar().getSize().x;
            return new Point(popup.x - preferred.x + Math.max(preferred.x, needed.width + scrollBar),
                    popup.y - preferred.y + Math.max(preferred.y, needed.height));
        } finally {
            gc.dispose();
        }
    }

    @Override
    protected Point getDefaultLocation(Point initialSize) {
        Point below = anchor.toDisplay(0, anchor.getSize().y);
        return new Point(Math.max(0, below.x - initialSize.x + anchor.getSize().x), below.y);
    }
}
