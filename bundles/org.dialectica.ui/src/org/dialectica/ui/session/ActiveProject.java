package org.dialectica.ui.session;

/**
 * How the open project reaches the parts: the {@link ProjectSessionAddon} puts the
 * {@link org.dialectica.core.project.OpenProject} into the application's context under its class, and
 * parts receive it with {@code @Inject @Optional void setProject(OpenProject project)}; the method is called
 * again whenever another project is opened, and with {@code null} when it is closed.
 */
public final class ActiveProject {

    /** Program argument naming the project folder to open, as passed by {@code ./dialectica open <dir>}. */
    public static final String PROJECT_ARGUMENT = "-project";

    /** Instance preference of the UI bundle that remembers the last project folder. */
    public static final String LAST_PROJECT_PREFERENCE = "lastProject";

    /** Folder, below the workspace, that receives the sample project on first start. */
    public static final String SAMPLE_FOLDER = "Sample - US-Russian operation against ISIS";

    /**
     * Application context key of the element selected in any part (Reader, Outline, Library...): parts set it
     * when the user selects something and follow it when another part sets it, which links their selections.
     */
    public static final String SELECTED_ELEMENT = "org.dialectica.ui.selectedElement";

    private ActiveProject() {
    }
}
