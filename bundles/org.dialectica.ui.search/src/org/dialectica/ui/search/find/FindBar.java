package org.dialectica.ui.search.find;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.Span;
import org.dialectica.index.session.IndexSession;
import org.dialectica.ui.reader.ReaderPart;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Find in source: a small bar above a Reader's text, served by the project's index (so it finds what the
 * Search view finds: any inflection, phrases, wildcards), restricted to the Reader's source. Enter goes
 * to the next match, Shift+Enter to the previous one, Esc closes the bar.
 */
public final class FindBar {

    /** Key of the bar in its Reader part's transient data. */
    public static final String KEY = FindBar.class.getName();
    static final int DEBOUNCE_MS = 200;

    private final ReaderPart reader;
    private final Supplier<IndexSession> session;
    private final Composite bar;
    private final Text field;
    private final Label count;
    private final AtomicInteger generation = new AtomicInteger();
    private final Runnable debounced = this::find;
    private List<Span> matches = List.of();
    private int current = -1;
    private String problem;

    public FindBar(ReaderPart reader, Supplier<IndexSession> session) {
        this.reader = reader;
        this.session = session;
        StyledText text = reader.getTextWidget();
        bar = new Composite(text.getParent(), SWT.NONE);
        bar.moveAbove(text);
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);

        field = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
        field.setMessage("Find in this source");
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fieldData.widthHint = 220;
        field.setLayoutData(fieldData);
        field.addModifyListener(e -> {
            field.getDisplay().timerExec(-1, debounced);
            field.getDisplay().timerExec(DEBOUNCE_MS, debounced);
        });
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                hide();
            } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                e.doit = false;
                step((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            }
        });
        count = new Label(bar, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        button("▲", "Previous match (Shift+Enter)", () -> step(-1));
        button("▼", "Next match (Enter)", () -> step(1));
        button("✕", "Close (Esc)", this::hide);
        showCount();
    }

    private void button(String label, String tip, Runnable action) {
        Button button = new Button(bar, SWT.PUSH | SWT.FLAT);
        button.setText(label);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** Shows the bar with the Reader's selected text as the query, and focuses it. */
    public void show() {
        ((GridData) bar.getLayoutData()).exclude = false;
        bar.setVisible(true);
        bar.getParent().layout(true, true);
        String selected = reader.getTextWidget().getSelectionText();
        if (!selected.isBlank() && !selected.contains("\n") && selected.length() < 80) {
            field.setText(selected.strip());
        }
        field.setFocus();
        field.selectAll();
    }

    public void hide() {
        ((GridData) bar.getLayoutData()).exclude = true;
        bar.setVisible(false);
        bar.getParent().layout(true, true);
        reader.getTextWidget().setFocus();
    }

    public boolean isVisible() {
        return bar.isVisible();
    }

    /** Searches for {@code query} at once (as typing does after a pause). */
    public void setQuery(String query) {
        field.setText(query);
        field.getDisplay().timerExec(-1, debounced);
        find();
    }

    private void find() {
        if (field.isDisposed()) {
            return;
        }
        String query = field.getText();
        int ticket = generation.incrementAndGet();
        IndexSession index = session.get();
        if (query.isBlank() || index == null || reader.getSource() == null) {
            show(ticket, List.of(), index == null && !query.isBlank() ? "The index is not open yet." : null);
            return;
        }
        String sourceId = reader.getSource().getId();
        Display display = field.getDisplay();
        Job job = Job.create("Finding " + query, monitor -> {
            try {
                List<Span> found = SourceMatches.find(index, sourceId, query);
                display.asyncExec(() -> show(ticket, found, null));
            } catch (QuerySyntaxException e) {
                display.asyncExec(() -> show(ticket, List.of(), e.getMessage()));
            } catch (IOException | RuntimeException e) {
                display.asyncExec(() -> show(ticket, List.of(), "Find failed: " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int ticket, List<Span> found, String error) {
        if (ticket != generation.get() || field.isDisposed()) {
            return;
        }
        matches = found;
        problem = error;
        current = -1;
        if (!found.isEmpty()) {
            // Start at the first match after the caret, as editors do.
            int caret = reader.getTextWidget().getSelection().x;
            current = 0;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).start() >= caret) {
                    current = i;
                    break;
                }
            }
            select();
        }
        showCount();
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, matches.size());
        select();
        showCount();
    }

    private void select() {
        Span span = matches.get(current);
        reader.selectRange(span.start(), span.end());
    }

    private void showCount() {
        String text = problem != null ? problem
                : field.getText().isBlank() ? ""
                : matches.isEmpty() ? "No matches"
                : (current + 1) + " of " + matches.size();
        count.setText(text);
        count.setToolTipText(problem);
        count.setForeground(problem != null || (matches.isEmpty() && !field.getText().isBlank())
                ? count.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        bar.layout(true);
    }

    /** The matches found, in text order. */
    public List<Span> matches() {
        return matches;
    }

    /** Index of the selected match, or -1. */
    public int currentIndex() {
        return current;
    }

    /** What the count label says ("3 of 12", "No matches", a syntax error). */
    public String countText() {
        return count.getText();
    }

    /** Goes to the next ({@code +1}) or previous ({@code -1}) match, as Enter and Shift+Enter do. */
    public void go(int direction) {
        step(direction);
    }

    public Text getField() {
        return field;
    }
}
