package org.dialectica.core.project.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.RecoverableWork;
import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResources;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Autosaved work found when a project is opened: an autosave newer than the model and different from it,
 * left by a crash (a normal save or close never leaves one behind unless there were unsaved edits).
 *
 * <p>The autosave's bytes are read at open: the new session's own autosaves may replace the file
 * before the user decides, and must not make the older work disappear.
 */
final class AutosaveRecovery implements RecoverableWork {

    private final OpenProjectImpl project;
    private final Path file;
    private final byte[] autosaved;
    private final Instant autosavedAt;

    private AutosaveRecovery(OpenProjectImpl project, Path file, byte[] autosaved, Instant autosavedAt) {
        this.project = project;
        this.file = file;
        this.autosaved = autosaved;
        this.autosavedAt = autosavedAt;
    }

    /** The recoverable work of {@code project}, if its autosave is newer than its model and differs. */
    static Optional<AutosaveRecovery> find(OpenProjectImpl project, ProjectLayout layout) {
        Path autosave = layout.autosave();
        try {
            if (!Files.isRegularFile(autosave)) {
                return Optional.empty();
            }
            Instant autosavedAt = Files.getLastModifiedTime(autosave).toInstant();
            Instant savedAt = Files.getLastModifiedTime(layout.model()).toInstant();
            byte[] autosaved = Files.readAllBytes(autosave);
            if (Arrays.equals(autosaved, Files.readAllBytes(layout.model()))) {
                Files.deleteIfExists(autosave);
                return Optional.empty();
            }
            if (!autosavedAt.isAfter(savedAt)) {
                return Optional.empty();
            }
            return Optional.of(new AutosaveRecovery(project, autosave, autosaved, autosavedAt));
        } catch (IOException unreadable) {
            System.getLogger(AutosaveRecovery.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot read the autosave " + autosave + ": " + unreadable, unreadable);
            return Optional.empty();
        }
    }

    @Override
    public Instant autosavedAt() {
        return autosavedAt;
    }

    @Override
    public void recover() throws ProjectException {
        Project recovered = load();
        EditingDomain domain = project.editingDomain();
        Command replace = replaceContent(domain, project.model(), recovered);
        if (!replace.canExecute()) {
            throw new ProjectException(Reason.CORRUPT, file, "The autosaved work in " + file + " cannot be applied.");
        }
        domain.getCommandStack().execute(replace);
        project.recoveryDone();
    }

    @Override
    public void discard() {
        project.recoveryDone();
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillThere) {
            // It will be offered again next time; nothing is lost.
        }
    }

    private Project load() throws ProjectException {
        Resource resource = (DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createFileURI(file.toString())));
        try {
            resource.load(new ByteArrayInputStream(autosaved), null);
        } catch (IOException | RuntimeException damaged) {
            throw new ProjectException(Reason.CORRUPT, file,
                    "The autosaved work in " + file + " is damaged and cannot be recovered: " + damaged.getMessage(), damaged);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project recovered)) {
            throw new ProjectException(Reason.CORRUPT, file, "The autosave " + file + " holds no Dialectica project.");
        }
        return recovered;
    }

    /**
     * One command that gives {@code target} every stored feature of {@code recovered}. The root object
     * stays the same, so everyone holding {@code model()} sees the recovered content, and undo restores
     * the content from before.
     */
    static Command replaceContent(EditingDomain domain, Project target, Project recovered) {
        CompoundCommand replace = new CompoundCommand("Recover autosaved work");
        for (EStructuralFeature feature : target.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
                continue;
            }
            Object value = recovered.eGet(feature);
            if (feature.isMany()) {
                value = new ArrayList<>((List<?>) value);
            }
            replace.append(SetCommand.create(domain, target, feature, value));
        }
        return replace;
    }
}
