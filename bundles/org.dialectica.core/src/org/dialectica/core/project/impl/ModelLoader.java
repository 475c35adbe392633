package org.dialectica.core.project.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.migration.ModelMigration;
import org.dialectica.core.project.migration.ModelMigrations;
import org.dialectica.model.Project;
import org.dialectica.model.resource.FormatVersion;
import org.dialectica.model.resource.UnsafeXmlException;
import org.dialectica.model.resource.UnsupportedFormatException;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Reads a model file into a resource and turns every way it can fail into a {@link ProjectException}
 * whose reason and message a user can act on. Files of an older format are migrated in memory.
 */
public final class ModelLoader {

    private final ModelMigrations migrations;

    public ModelLoader(ModelMigrations migrations) {
        this.migrations = migrations;
    }

    /**
     * Loads {@code file} into {@code resource}, which must be empty.
     *
     * @param backup mentioned in the message when the file is damaged and a backup exists; may be null
     */
    public Project load(Resource resource, Path file, Path backup) throws ProjectException {
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new ProjectException(Reason.NOT_A_PROJECT, file.getParent(),
                    file.getParent() + " is not a Dialectica project: it has no " + file.getFileName() + ".", missing);
        } catch (IOException problem) {
            throw new ProjectException(Reason.IO, file, "Cannot read " + file + ": " + problem.getMessage(), problem);
        }
        return load(resource, file, document, backup);
    }

    private Project load(Resource resource, Path file, byte[] document, Path backup) throws ProjectException {
        try {
            resource.load(new ByteArrayInputStream(document), null);
        } catch (UnsafeXmlException unsafe) {
            resource.unload();
            throw new ProjectException(Reason.UNSAFE_XML, file, unsafe.getMessage(), unsafe);
        } catch (UnsupportedFormatException unsupported) {
            resource.unload();
            return loadOtherFormat(resource, file, document, backup, unsupported);
        } catch (IOException | RuntimeException damaged) {
            resource.unload();
            throw corrupt(file, backup, describe(damaged), damaged);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            resource.unload();
            throw corrupt(file, backup, "it holds no Dialectica project", null);
        }
        return project;
    }

    private Project loadOtherFormat(Resource resource, Path file, byte[] document, Path backup,
            UnsupportedFormatException unsupported) throws ProjectException {
        Optional<FormatVersion> found = FormatVersion.ofNsUri(unsupported.getFoundNsUri());
        if (found.isEmpty()) {
            throw corrupt(file, backup, "it is not a Dialectica model (namespace " + unsupported.getFoundNsUri() + ")",
                    unsupported);
        }
        FormatVersion version = found.get();
        if (version.isNewerThanCurrent()) {
            throw new ProjectException(Reason.NEWER_FORMAT, file, "Cannot open " + file + ": it was saved in format "
                    + version + " by a newer Dialectica; this version reads format " + FormatVersion.CURRENT
                    + " and older. Update Dialectica to open it. The file has not been changed.", unsupported);
        }
        Optional<List<ModelMigration>> chain = migrations.chain(version, FormatVersion.current());
        if (chain.isEmpty()) {
            throw new ProjectException(Reason.CORRUPT, file, "Cannot open " + file + ": it is in format " + version
                    + ", which this version of Dialectica cannot convert to format " + FormatVersion.CURRENT + ".",
                    unsupported);
        }
        byte[] migrated = document;
        for (ModelMigration migration : chain.get()) {
            try {
                migrated = migration.migrate(migrated);
            } catch (IOException | RuntimeException failed) {
                throw new ProjectException(Reason.CORRUPT, file, "Cannot convert " + file + " from format "
                        + migration.from() + " to " + migration.to() + ": " + failed.getMessage(), failed);
            }
        }
        return load(resource, file, migrated, backup);
    }

    private static ProjectException corrupt(Path file, Path backup, String why, Throwable cause) {
        String message = "Cannot open " + file + ": the file is damaged or not a Dialectica model (" + why + ").";
        if (backup != null && Files.isRegularFile(backup)) {
            message += " The version saved before the last save is in " + backup + ".";
        }
        return new ProjectException(Reason.CORRUPT, file, message, cause);
    }

    /** The innermost message, which is the parser's or EMF's own words about what is wrong. */
    private static String describe(Throwable problem) {
        Throwable innermost = problem;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        if (innermost instanceof org.xml.sax.SAXParseException parse) {
            message = "line " + parse.getLineNumber() + ": " + message;
        }
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message;
    }
}
