package org.dialectica.ui.handlers;

import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.dialectica.core.about.PlatformInfo;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Help &gt; About: the product version and the versions of the components it runs on. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PlatformInfo platformInfo) {
        MessageDialog.openInformation(shell, "About Dialectica", aboutText(platformInfo));
    }

    /** The text of the About dialog; separate so that it can be checked without opening a dialog. */
    public static String aboutText(PlatformInfo platformInfo) {
        String components = platformInfo.components().stream()
                .map(c -> String.format("%-22s %s", c.name(), c.version()))
                .collect(Collectors.joining("\n"));
        return "Dialectica " + platformInfo.productVersion() + "\n"
                + "A workbench for studying arguments in long texts.\n\n"
                + components + "\n\n"
                + "Open source. Built from Maven Central with Eclipse Tycho.";
    }
}
