package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.core.about.PlatformInfo;
import org.dialectica.ui.handlers.AboutHandler;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Starts the real workbench under Xvfb and checks what a user sees first. */
class WorkbenchStartTest {

    @Test
    void windowShowsLibraryReaderAndOutline() {
        WorkbenchDriver.runWorkbench(robot -> {
            MApplication app = robot.application();
            MWindow window = app.getChildren().get(0);
            assertTrue(window instanceof MTrimmedWindow);
            Shell shell = (Shell) window.getWidget();
            assertNotNull(shell, "the main window is rendered");
            assertTrue(shell.isVisible(), "the main window is visible");
            assertTrue(shell.getText().endsWith("Dialectica"), shell.getText());

            robot.waitForProject();
            MPart readerPart = ReadingSessionTest.waitForReaderPart(robot);
            for (String id : List.of("org.dialectica.ui.part.library", "org.dialectica.ui.part.outline",
                    "org.dialectica.ui.part.criticalquestions")) {
                MPart part = robot.part(id);
                assertNotNull(part, id + " is in the application model");
                assertNotNull(part.getObject(), id + " has its implementation created");
                Control control = (Control) part.getWidget();
                assertNotNull(control, id + " is rendered");
                assertTrue(control.isVisible(), id + " is visible");
                assertTrue(control.getBounds().width > 50, id + " has room: " + control.getBounds());
                assertTrue(((Composite) control).getChildren().length > 0, id + " shows content");
            }
            // Library left of Reader left of Outline, in the Read perspective.
            int library = xOf(robot, "org.dialectica.ui.part.library");
            int reader = ((Control) readerPart.getWidget()).toDisplay(0, 0).x;
            int outline = xOf(robot, "org.dialectica.ui.part.outline");
            assertTrue(library < reader && reader < outline, library + " < " + reader + " < " + outline);

            // The product's light theme is applied through e4 CSS (needs the Batik CSS bundles at run time).
            Control readerBody = (Control) robot.part("org.dialectica.ui.part.library").getWidget();
            RGB background = readerBody.getBackground().getRGB();
            assertEquals(new RGB(0xfb, 0xfa, 0xf7), background, "light theme background");
        });
    }

    @Test
    void menuHasFileExitAndHelpAbout() {
        WorkbenchDriver.runWorkbench(robot -> {
            MApplication app = robot.application();
            MWindow window = app.getChildren().get(0);
            MMenu main = window.getMainMenu();
            assertEquals(List.of("&File", "&Edit", "&Team", "&Window", "&Help"), labels(main.getChildren()));
            List<String> file = labels(((MMenu) main.getChildren().get(0)).getChildren());
            assertEquals("E&xit", file.get(file.size() - 1));
            assertTrue(file.contains("&Save"), file.toString());
            assertEquals(List.of("&Keyboard Shortcuts", "&About Dialectica"),
                    labels(((MMenu) main.getChildren().get(4)).getChildren()));

            Menu menuBar = ((Shell) window.getWidget()).getMenuBar();
            assertNotNull(menuBar, "the menu bar is rendered");
            assertEquals(5, menuBar.getItemCount());
            assertEquals("&File", menuBar.getItem(0).getText());
        });
    }

    @Test
    void aboutTextNamesTheComponentsFromTheRunningPlatform() {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchStartTest.class).getBundleContext();
        ServiceReference<PlatformInfo> ref = context.getServiceReference(PlatformInfo.class);
        assertNotNull(ref, "PlatformInfo is registered by Declarative Services");
        PlatformInfo info = context.getService(ref);
        String text = AboutHandler.aboutText(info);
        assertTrue(text.startsWith("Dialectica 0.1.0"), text);
        assertTrue(text.contains("Apache Lucene") && text.contains("10.6.0"), text);
        assertTrue(text.contains("Apache Tika") && text.contains("3.2.3"), text);
    }

    private static int xOf(WorkbenchRobot robot, String id) {
        Control control = (Control) robot.part(id).getWidget();
        return control.toDisplay(0, 0).x;
    }

    private static List<String> labels(List<MMenuElement> elements) {
        return elements.stream().map(MMenuElement::getLabel).collect(Collectors.toList());
    }
}
