package org.dialectica.ui.inspector;

import java.util.List;
import java.util.function.Consumer;

import org.dialectica.model.Element;
import org.dialectica.model.Memo;
import org.dialectica.model.Project;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The memos about the element shown in the Inspector, each editable in place (applied when the field loses
 * the focus, or with Ctrl+Enter) and deletable, and a field that adds one (Enter). Every change is a
 * {@link DialecticaCommands} command, so Edit &gt; Undo takes it back.
 */
final class MemoSection {

    static final String MEMO_LABEL = "Memo";
    static final String ADD_LABEL = "Add memo";
    static final String DELETE = "Delete";

    private final Composite body;
    private final EditingDomain domain;
    private final Project project;
    private final Consumer<Command> execute;

    /**
     * @param body    the Inspector's two-column composite the rows are added to
     * @param execute runs a command on the project's command stack when it can execute
     */
    MemoSection(Composite body, EditingDomain domain, Project project, Consumer<Command> execute) {
        this.body = body;
        this.domain = domain;
        this.project = project;
        this.execute = execute;
    }

    /** Adds a row per memo about {@code element}, then the field that adds one. */
    void fill(Element element) {
        for (Memo memo : List.copyOf(element.getMemos())) {
            memoRow(memo);
        }
        label(ADD_LABEL);
        Text add = new Text(body, SWT.SINGLE | SWT.BORDER);
        add.setMessage("a note to yourself, then Enter");
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        add.addListener(SWT.DefaultSelection, e -> {
            if (!add.getText().isBlank()) {
                execute.accept(DialecticaCommands.memo(domain, project, add.getText(), List.of(element)));
            }
        });
    }

    private void memoRow(Memo memo) {
        label(MEMO_LABEL);
        Composite row = new Composite(body, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Text text = new Text(row, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        text.setText(memo.getText() == null ? "" : memo.getText());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 48;
        data.widthHint = 160;
        text.setLayoutData(data);
        text.addListener(SWT.FocusOut, e -> apply(memo, text));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                apply(memo, text);
            }
        });

        Button delete = new Button(row, SWT.PUSH);
        delete.setText(DELETE);
        int others = memo.getAbout().size() - 1;
        delete.setToolTipText(others > 0
                ? "Deletes the memo, which is also about " + others + (others == 1 ? " other element" : " other elements")
                : "Deletes the memo (Edit > Undo brings it back)");
        delete.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
        delete.addListener(SWT.Selection, e -> execute.accept(DialecticaCommands.delete(domain, memo)));
    }

    /** Renames {@code memo} to the field's text; a blank text is refused and the field shows the memo again. */
    private void apply(Memo memo, Text text) {
        if (text.isDisposed()) {
            return;
        }
        Command rename = DialecticaCommands.rename(domain, memo, text.getText());
        if (rename.canExecute()) {
            execute.accept(rename);
        } else if (text.getText().isBlank()) {
            text.setText(memo.getText() == null ? "" : memo.getText()); // to delete a memo, press Delete
        }
    }

    private void label(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
    }
}
