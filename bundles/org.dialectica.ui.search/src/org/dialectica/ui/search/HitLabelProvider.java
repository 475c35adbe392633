package org.dialectica.ui.search;

import org.dialectica.index.SearchHit;
import org.dialectica.index.Span;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.TextStyle;

/** Labels of the result tree: a source with its hit count, a hit as its snippet with the matches in bold. */
final class HitLabelProvider extends LabelProvider implements IStyledLabelProvider {

    /** Chars of context kept before the first match. */
    private static final int LEAD = 40;

    private static final StyledString.Styler MATCH = new StyledString.Styler() {
        @Override
        public void applyStyles(TextStyle style) {
            style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        }
    };

    @Override
    public StyledString getStyledText(Object element) {
        if (element instanceof HitGroup group) {
            StyledString label = new StyledString(group.title());
            label.append("  (" + group.hits().size() + ")", StyledString.COUNTER_STYLER);
            return label;
        }
        if (element instanceof SearchHit hit) {
            StyledString label = new StyledString();
            if (!hit.isPassage()) {
                label.append(hit.type().label() + "  ", StyledString.QUALIFIER_STYLER);
            }
            String text = oneLine(hit.snippet().text());
            int at = 0;
            // A narrow view shows only a snippet's beginning: start shortly before the first match so it shows.
            if (!hit.snippet().highlights().isEmpty() && hit.snippet().highlights().get(0).start() > LEAD) {
                at = text.lastIndexOf(' ', hit.snippet().highlights().get(0).start() - LEAD / 2) + 1;
                label.append("…");
            }
            for (Span span : hit.snippet().highlights()) {
                label.append(text.substring(at, span.start()));
                label.append(text.substring(span.start(), span.end()), MATCH);
                at = span.end();
            }
            label.append(text.substring(at));
            return label;
        }
        return new StyledString(String.valueOf(element));
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    /** Same length as the text, so highlight offsets stay valid. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
