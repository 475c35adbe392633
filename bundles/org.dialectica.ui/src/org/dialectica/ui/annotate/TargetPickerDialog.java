package org.dialectica.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks which element a new objection attacks (and how), or which claim a new reason supports. Type to filter,
 * arrow keys to choose, Enter to confirm: annotating stays keyboard-first.
 */
public class TargetPickerDialog extends Dialog {

    /** What the new claim does to the chosen element. */
    public enum Purpose {
        ATTACK("Objection: what does it attack?"), SUPPORT("Reason: which claim does it support?");

        final String prompt;

        Purpose(String prompt) {
            this.prompt = prompt;
        }
    }

    private final Purpose purpose;
    private final List<Node> candidates;
    private final Function<Object, String> labels;
    private final ArgumentQueries queries;
    private List<Node> shown = new ArrayList<>();
    private Text filter;
    private org.eclipse.swt.widgets.List list;
    private Combo kinds;
    private Node target;
    private ConflictKind kind = ConflictKind.REBUT;

    public TargetPickerDialog(Shell parent, Purpose purpose, List<Node> candidates, Function<Object, String> labels,
            ArgumentQueries queries) {
        super(parent);
        this.purpose = purpose;
        this.candidates = candidates;
        this.labels = labels;
        this.queries = queries;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(purpose == Purpose.ATTACK ? "Annotate objection" : "Annotate supporting reason");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.NONE).setText(purpose.prompt);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage("Type to filter");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        list = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.widthHint = 520;
        listData.heightHint = 260;
        list.setLayoutData(listData);
        if (purpose == Purpose.ATTACK) {
            kinds = new Combo(area, SWT.READ_ONLY);
            kinds.setItems("Rebut: attacks the conclusion", "Undermine: attacks a premise",
                    "Undercut: attacks the inference");
            kinds.select(0);
            kinds.addListener(SWT.Selection, e -> kind = ConflictKind.values()[kinds.getSelectionIndex()]);
        }
        filter.addModifyListener(e -> fill());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && list.getItemCount() > 0) {
                list.setFocus();
                list.select(Math.max(list.getSelectionIndex(), 0));
                choose();
            }
        });
        list.addListener(SWT.Selection, e -> choose());
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        fill();
        return area;
    }

    private void fill() {
        String wanted = filter.getText().trim().toLowerCase();
        shown = new ArrayList<>();
        list.removeAll();
        for (Node node : candidates) {
            String label = labels.apply(node);
            if (wanted.isEmpty() || label.toLowerCase().contains(wanted)) {
                shown.add(node);
                list.add(label);
            }
        }
        if (!shown.isEmpty()) {
            list.select(0);
        }
        choose();
    }

    /** Picks the selected element and, for attacks, the attack kind that fits it. */
    private void choose() {
        int index = list.getSelectionIndex();
        target = index >= 0 && index < shown.size() ? shown.get(index) : null;
        if (kinds != null && target != null) {
            kind = suggestedKind(target, queries);
            kinds.select(kind.ordinal());
        }
        Control ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(target != null);
        }
    }

    /** Undercut for an inference, rebut for a conclusion, undermine for a premise. */
    public static ConflictKind suggestedKind(Node target, ArgumentQueries queries) {
        if (target instanceof Inference) {
            return ConflictKind.UNDERCUT;
        }
        if (target instanceof Claim claim && queries.argumentsFor(claim).isEmpty()
                && queries.inferences().anyMatch(i -> i.getPremises().contains(claim))) {
            return ConflictKind.UNDERMINE;
        }
        return ConflictKind.REBUT;
    }

    public Node getTarget() {
        return target;
    }

    public ConflictKind getKind() {
        return kind;
    }
}
