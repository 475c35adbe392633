package org.dialectica.importer.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.RecoverableWork;
import org.dialectica.core.project.SourceTexts;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * A minimal project on disk for the import tests, until core's ProjectService implementation exists: a
 * real model in a real editing domain, and texts stored in sources/ the way the contract says (temporary
 * file, then atomic rename). Saving, locking and autosave are not needed here.
 */
final class FolderProject implements OpenProject {

    private final Path directory;
    private final Project model;
    private final EditingDomain domain;
    private final SourceTexts texts = new Texts();

    FolderProject(Path directory) {
        this.directory = directory;
        this.model = new DialecticaFactoryWithIds("test").createProject();
        model.setName("test");
        domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
                new ResourceSetImpl());
    }

    Path sources() {
        return directory.resolve("sources");
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public Project model() {
        return model;
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public SourceTexts texts() {
        return texts;
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void save(IProgressMonitor monitor) {
        throw new UnsupportedOperationException("not needed by the import tests");
    }

    @Override
    public Optional<RecoverableWork> recoverableWork() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing held
    }

    private final class Texts implements SourceTexts {

        @Override
        public String text(Source source) throws ProjectException {
            try {
                return Files.readString(sources().resolve(source.getSha256() + ".txt"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ProjectException(ProjectException.Reason.IO, directory, e.getMessage(), e);
            }
        }

        @Override
        public boolean hasText(String sha256) {
            return Files.isRegularFile(sources().resolve(sha256 + ".txt"));
        }

        @Override
        public Path storeText(String sha256, String text) throws ProjectException {
            try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
                return store(sha256 + ".txt", in);
            } catch (IOException e) {
                throw new ProjectException(ProjectException.Reason.IO, directory, e.getMessage(), e);
            }
        }

        @Override
        public Path storeOriginal(String sha256, String extension, InputStream content) throws ProjectException {
            return store(sha256 + ".orig" + (extension.isEmpty() ? "" : "." + extension), content);
        }

        private Path store(String name, InputStream content) throws ProjectException {
            try {
                Files.createDirectories(sources());
                Path temp = Files.createTempFile(sources(), name, ".tmp");
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                return Files.move(temp, sources().resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new ProjectException(ProjectException.Reason.IO, directory, e.getMessage(), e);
            }
        }
    }
}
