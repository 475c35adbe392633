package org.dialectica.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

/**
 * The facet counts of a result (source, type, tag, year) as clickable values; clicking one refines the
 * query by that value.
 */
final class FacetBar {

    private static final int MAX_VALUES = 6;
    private static final Map<String, String> LABELS = Map.of("source", "Source", "type", "Type", "tag", "Tag", "year",
            "Year");
    private static final List<String> ORDER = List.of("type", "source", "tag", "year");

    private final Composite composite;
    private final List<Link> links = new ArrayList<>();
    private final BiConsumer<String, String> onRefine;
    private final Function<String, String> titleOfSource;

    FacetBar(Composite parent, BiConsumer<String, String> onRefine, Function<String, String> titleOfSource) {
        this.onRefine = onRefine;
        this.titleOfSource = titleOfSource;
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 1;
        composite.setLayout(layout);
    }

    Composite control() {
        return composite;
    }

    void show(Map<String, Map<String, Long>> facets) {
        links.forEach(Link::dispose);
        links.clear();
        for (String dimension : ORDER) {
            Map<String, Long> values = facets.get(dimension);
            if (values == null || values.isEmpty()) {
                continue;
            }
            StringBuilder text = new StringBuilder(LABELS.get(dimension)).append(":  ");
            int shown = 0;
            for (Map.Entry<String, Long> value : values.entrySet()) {
                if (shown++ == MAX_VALUES) {
                    text.append(" …");
                    break;
                }
                String label = dimension.equals("source") ? shorten(titleOfSource.apply(value.getKey())) : value.getKey();
                text.append("<a href=\"").append(escape(value.getKey())).append("\">").append(escape(label))
                        .append("</a> ").append(value.getValue()).append("   ");
            }
            Link link = new Link(composite, SWT.NONE);
            link.setText(text.toString().trim());
            link.setData("dimension", dimension);
            link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            link.addListener(SWT.Selection, e -> onRefine.accept(dimension, e.text));
            links.add(link);
        }
        composite.getParent().layout(true, true);
    }

    /** The links shown, one per dimension, for tests. */
    List<Link> links() {
        return List.copyOf(links);
    }

    private static String shorten(String title) {
        return title.length() > 28 ? title.substring(0, 27) + "…" : title;
    }

    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
