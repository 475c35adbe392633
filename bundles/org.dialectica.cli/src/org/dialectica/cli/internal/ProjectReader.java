package org.dialectica.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.resource.UnsafeXmlException;
import org.dialectica.model.resource.UnsupportedFormatException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

// TODO replace with ProjectService.readOnly once core lands
/**
 * Loads a project folder read-only: no lock, no autosave, nothing written.
 *
 * <p>TODO replace with ProjectService.readOnly once core lands: the core's implementation of
 * {@code org.dialectica.core.project.ProjectService} is being written on another branch; this class
 * covers only what the read-only commands need until then.
 */
public final class ProjectReader {

    /** Reads the project in {@code directory}. */
    public ReadOnlyProject read(Path directory) throws ProjectReadException {
        Path folder = directory.toAbsolutePath().normalize();
        if (!Files.exists(folder)) {
            throw new ProjectReadException("no such folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new ProjectReadException("not a folder: " + folder + " (a project is a folder with a "
                    + DialecticaResourceFactory.PROJECT_FILE_NAME + ")");
        }
        Path model = folder.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME);
        if (!Files.isRegularFile(model)) {
            throw new ProjectReadException("not a Dialectica project: " + folder + " has no "
                    + DialecticaResourceFactory.PROJECT_FILE_NAME);
        }
        Resource resource = DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createFileURI(model.toString()));
        try {
            resource.load(null);
        } catch (UnsafeXmlException e) {
            throw new ProjectReadException("refused to read " + model + ": " + e.getMessage(), e);
        } catch (UnsupportedFormatException e) {
            throw new ProjectReadException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // EMF reports XML syntax errors as IOWrappedException, dangling references as runtime exceptions.
            throw new ProjectReadException("cannot read " + model + ": " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            throw new ProjectReadException("not a Dialectica project: " + model + " holds no project");
        }
        return new ReadOnlyProject(folder, project);
    }
}
