package org.dialectica.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Help &gt; Keyboard Shortcuts: the bound commands, and the single keys of the Reader and the Map. */
public class KeyboardShortcutsHandler {

    /** Keys handled inside parts rather than through bindings. */
    static final String[][] PART_KEYS = {
            { "C", "Reader, with text selected: annotate as claim" },
            { "I", "Reader, with text selected: annotate as issue" },
            { "O", "Reader, with text selected: annotate as objection (choose what it attacks)" },
            { "S", "Reader, with text selected: annotate as supporting reason (choose the conclusion)" },
            { "Arrow keys", "Map: move to the nearest box in that direction" },
            { "+ / - / 0", "Map: zoom in, zoom out, fit" },
            { "F2", "Outline: rename the selected claim or issue in place (Enter applies, Esc cancels)" },
            { "Enter", "Inspector, in Add tag or Add memo: add it to the selected element" },
            { "Ctrl+Enter", "Inspector, in a text or a memo: apply the edit (leaving the field does too)" },
    };

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application) {
        MessageDialog.openInformation(shell, "Keyboard shortcuts", String.join("\n", lines(application)));
    }

    public static List<String> lines(MApplication application) {
        List<String> lines = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                lines.add(String.format("%-16s %s", format(binding.getKeySequence()), binding.getCommand().getCommandName()));
            }
        }
        lines.add("");
        for (String[] key : PART_KEYS) {
            lines.add(String.format("%-16s %s", key[0], key[1]));
        }
        return lines;
    }

    private static String format(String keySequence) {
        try {
            return KeySequence.getInstance(keySequence).format();
        } catch (ParseException e) {
            return keySequence;
        }
    }
}
