package org.dialectica.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectService;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * How commands reach projects: through core's {@link ProjectService}, so the command line reads, locks and
 * saves exactly as the workbench does. Read-only commands use {@link ProjectService#readOnly} (no lock, never
 * written); commands that change a project {@link #open} it (taking its lock) and save before closing.
 * Failures become {@link ProjectAccessException}s whose messages suit a terminal.
 */
public final class ProjectAccess {

    private final ProjectService projects;

    public ProjectAccess(ProjectService projects) {
        this.projects = projects;
    }

    /** Loads the project in {@code directory} for reading, with its stored texts. */
    public ReadOnlyProject readOnly(Path directory) throws ProjectAccessException {
        Path folder = checkedFolder(directory);
        try {
            return new ReadOnlyProject(folder, projects.readOnly(folder));
        } catch (ProjectException e) {
            throw translate(e);
        }
    }

    /** Opens the existing project in {@code directory} for editing. */
    public OpenProject open(Path directory) throws ProjectAccessException {
        Path folder = checkedFolder(directory);
        try {
            return projects.open(folder, new NullProgressMonitor());
        } catch (ProjectException e) {
            throw translate(e);
        }
    }

    /**
     * Opens the project in {@code directory}, or creates one named after the folder when the folder does not
     * exist or is empty. A folder with other files in it is never turned into a project.
     */
    public OpenProject openOrCreate(Path directory) throws ProjectAccessException {
        Path folder = directory.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME))) {
            return open(folder);
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new ProjectAccessException("not a Dialectica project: " + folder + " has no "
                    + DialecticaResourceFactory.PROJECT_FILE_NAME + " and is not empty; choose a new or empty folder");
        }
        Path name = folder.getFileName();
        try {
            return projects.create(folder, name == null ? folder.toString() : name.toString(), new NullProgressMonitor());
        } catch (ProjectException e) {
            throw translate(e);
        }
    }

    /** Saves {@code project} when it has unsaved edits. */
    public static void saveIfDirty(OpenProject project) throws ProjectAccessException {
        if (!project.isDirty()) {
            return;
        }
        try {
            project.save(new NullProgressMonitor());
        } catch (ProjectException e) {
            throw new ProjectAccessException("cannot save " + project.directory() + ": " + e.getMessage(), e);
        }
    }

    /** A missing folder gets its own message: "not a project" would send the user looking in the wrong place. */
    private static Path checkedFolder(Path directory) throws ProjectAccessException {
        Path folder = directory.toAbsolutePath().normalize();
        if (!Files.exists(folder)) {
            throw new ProjectAccessException("no such folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new ProjectAccessException("not a folder: " + folder + " (a project is a folder with a "
                    + DialecticaResourceFactory.PROJECT_FILE_NAME + ")");
        }
        return folder;
    }

    private static boolean isEmptyFolder(Path folder) throws ProjectAccessException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ProjectAccessException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static ProjectAccessException translate(ProjectException e) {
        String message = switch (e.reason()) {
            case UNSAFE_XML -> "refused to read " + e.path() + ": " + e.getMessage();
            case LOCKED -> e.getMessage() + " (close it in the workbench, or wait for the other command)";
            default -> e.getMessage();
        };
        return new ProjectAccessException(message, e);
    }
}
