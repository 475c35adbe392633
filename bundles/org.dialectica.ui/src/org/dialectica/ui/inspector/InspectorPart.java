package org.dialectica.ui.inspector;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Scheme;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.ui.outline.ElementLabelProvider;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Properties of the selected element: its text (editable for claims and issues), the scheme of an argument,
 * tags, memos (added, edited and deleted here: {@link MemoSection}), provenance and where it is quoted. Every
 * change is a command, so it can be undone.
 */
public class InspectorPart extends SelectionFollowingPart {

    public static final String ID = "org.dialectica.ui.part.inspector";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        body = new Composite(parent, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        rebuild();
    }

    @Override
    protected void fill() {
        if (project == null || selected == null) {
            Label hint = new Label(body, SWT.WRAP);
            hint.setText("Select a claim, issue or argument to see its properties.");
            hint.setLayoutData(spanning());
            return;
        }
        Label kind = new Label(body, SWT.NONE);
        kind.setText(kindOf(selected));
        kind.setLayoutData(spanning());

        if (selected instanceof Claim || selected instanceof Issue) {
            label("Text");
            Text text = new Text(body, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
            text.setText(selected instanceof Claim c ? nullToEmpty(c.getText()) : nullToEmpty(((Issue) selected).getText()));
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.heightHint = 80;
            data.widthHint = 200;
            text.setLayoutData(data);
            text.addListener(SWT.FocusOut, e -> rename(text));
            text.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                    rename(text);
                }
            });
        } else {
            label("Label");
            value(ElementLabelProvider.textOf(adapterFactory(), selected));
        }
        if (selected instanceof Inference inference) {
            schemePicker(inference);
        }
        label("Tags");
        value(selected.getTags().stream().map(Tag::getName).collect(Collectors.joining(", ")));
        label("Add tag");
        Text tag = new Text(body, SWT.SINGLE | SWT.BORDER);
        tag.setMessage("name, then Enter");
        tag.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tag.addListener(SWT.DefaultSelection, e -> {
            if (!tag.getText().isBlank()) {
                execute(DialecticaCommands.tag(project.editingDomain(), tag.getText().trim(), List.of(selected)));
            }
        });
        new MemoSection(body, project.editingDomain(), project.model(), this::execute).fill(selected);
        label("Author");
        value(nullToEmpty(selected.getAuthor()));
        label("Created");
        value(selected.getCreated() == null ? "" : CREATED.format(selected.getCreated()));
        List<TextAnchor> anchors = ArgumentQueries.anchorsOf(selected);
        for (TextAnchor anchor : anchors) {
            label("Quoted in");
            value((anchor.getSource() == null ? "?" : anchor.getSource().getTitle()) + " [" + anchor.getStart() + "–"
                    + anchor.getEnd() + "] " + anchor.getState().getLiteral().toLowerCase());
        }
    }

    private void schemePicker(Inference inference) {
        label("Scheme");
        Combo schemes = new Combo(body, SWT.READ_ONLY);
        List<Scheme> available = project.model().getSchemes();
        schemes.add("(none)");
        available.forEach(s -> schemes.add(s.getLabel() != null ? s.getLabel() : s.getName()));
        schemes.select(inference.getScheme() == null ? 0 : available.indexOf(inference.getScheme()) + 1);
        schemes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        schemes.addListener(SWT.Selection, e -> {
            int index = schemes.getSelectionIndex();
            Scheme chosen = index <= 0 ? null : available.get(index - 1);
            if (chosen != inference.getScheme()) {
                execute(DialecticaCommands.setScheme(project.editingDomain(), inference, chosen));
            }
        });
    }

    /** Renames the selected claim or issue to the field's text; a text it refuses (blank) is put back as it was. */
    private void rename(Text field) {
        if (field.isDisposed()) {
            return;
        }
        String old = selected instanceof Claim c ? c.getText() : selected instanceof Issue i ? i.getText() : null;
        String newText = field.getText();
        if (newText.equals(old)) {
            return;
        }
        Command rename = DialecticaCommands.rename(project.editingDomain(), selected, newText);
        if (rename.canExecute()) {
            execute(rename);
        } else {
            field.setText(nullToEmpty(old));
        }
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            project.editingDomain().getCommandStack().execute(command);
        }
    }

    static String kindOf(Element element) {
        if (element instanceof Issue) {
            return "Issue";
        }
        if (element instanceof Inference) {
            return "Argument";
        }
        return element.eClass().getName();
    }

    private void label(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
    }

    private void value(String text) {
        Label value = new Label(body, SWT.WRAP);
        value.setText(text == null ? "" : text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        value.setLayoutData(data);
    }

    private static GridData spanning() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.horizontalSpan = 2;
        data.widthHint = 200;
        return data;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
