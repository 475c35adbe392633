package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeRegistry;
import org.dialectica.interchange.InterchangeService;
import org.dialectica.interchange.LoadArgumentsCommand;
import org.dialectica.interchange.aif.AifReader;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.model.validation.ModelValidation;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading is one undoable command, reuses known schemes, and leaves the project untouched on error. */
class LoadTest {

    @TempDir
    Path folder;

    static AdapterFactoryEditingDomain domainFor(Project project) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/dialectica.xmi"));
        resource.getContents().add(project);
        return domain;
    }

    /** A fresh project holding what was read, for exporting it again. */
    static ExportContext asProjectContext(ImportedArguments imported) throws InterchangeException {
        Project project = new DialecticaFactoryWithIds(() -> "test", Fixtures.CLOCK).createProject();
        project.setName("Converted");
        LoadArgumentsCommand.load(domainFor(project), project, imported);
        return ExportContext.of(project);
    }

    @Test
    void loadsAsOneCommandThatOneUndoRemoves() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        AdapterFactoryEditingDomain domain = domainFor(sample.project);
        int nodesBefore = sample.project.getNodes().size();
        int schemesBefore = sample.project.getSchemes().size();

        ImportedArguments read = Fixtures.read(new AifReader(), "aifdb-pavements.json");
        LoadArgumentsCommand command = LoadArgumentsCommand.load(domain, sample.project, read);

        assertEquals(nodesBefore + 6 + 3 + 1, sample.project.getNodes().size());
        assertEquals(schemesBefore + 1, sample.project.getSchemes().size(), "Expert Opinion matched ExpertOpinion");
        assertEquals(1, command.reusedSchemes().size());
        Inference expert = sample.project.getNodes().stream().filter(Inference.class::isInstance).map(Inference.class::cast)
                .filter(i -> i.getConclusion().getText().equals("Cycling on roads is dangerous.")).findFirst().orElseThrow();
        assertSame(sample.expertOpinion, expert.getScheme());
        assertEquals(Diagnostic.OK, ModelValidation.validate(sample.project).getSeverity(),
                ModelValidation.validate(sample.project).toString());
        assertTrue(sample.project.getNodes().stream().anyMatch(n -> "import:aifdb-pavements.json".equals(n.getAuthor())));

        assertTrue(domain.getCommandStack().canUndo());
        domain.getCommandStack().undo();
        assertEquals(nodesBefore, sample.project.getNodes().size());
        assertEquals(schemesBefore, sample.project.getSchemes().size());
        assertFalse(domain.getCommandStack().canUndo(), "the load was a single command");
        domain.getCommandStack().redo();
        assertEquals(nodesBefore + 10, sample.project.getNodes().size());
    }

    @Test
    void aFileWithAnErrorLoadsNothing() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        AdapterFactoryEditingDomain domain = domainFor(sample.project);
        Path file = folder.resolve("bad.json");
        // Good nodes first, then an edge to a missing node: the reader must not have loaded the good part.
        Files.writeString(file, "{\"nodes\": [{\"nodeID\": 1, \"text\": \"A\", \"type\": \"I\"},"
                + "{\"nodeID\": 2, \"text\": \"B\", \"type\": \"I\"}, {\"nodeID\": 3, \"text\": \"RA\", \"type\": \"RA\"}],"
                + "\"edges\": [{\"fromID\": 1, \"toID\": 3}, {\"fromID\": 3, \"toID\": 2}, {\"fromID\": 3, \"toID\": 4}]}",
                StandardCharsets.UTF_8);
        int before = sample.project.getNodes().size();
        InterchangeService service = new InterchangeService(InterchangeRegistry.withBuiltInFormats());

        assertThrows(InterchangeException.class, () -> LoadArgumentsCommand.load(domain, sample.project, service.read(file)));
        assertEquals(before, sample.project.getNodes().size());
        assertFalse(domain.getCommandStack().canUndo());
    }

    @Test
    void serviceReadsByExtensionAndRefusesUnknownOnes() throws Exception {
        InterchangeService service = new InterchangeService(InterchangeRegistry.withBuiltInFormats());
        Path argdown = folder.resolve("debate.argdown");
        Files.write(argdown, Fixtures.bytes("debate.argdown"));
        assertEquals(6, service.read(argdown).claims().size());

        Path unknown = folder.resolve("notes.docx");
        Files.writeString(unknown, "x");
        InterchangeException e = assertThrows(InterchangeException.class, () -> service.read(unknown));
        assertTrue(e.getMessage().contains("argdown"), e.getMessage());
        assertThrows(InterchangeException.class, () -> service.export(ExportContext.of(new Fixtures.SampleProject().project),
                "pdf", java.io.OutputStream.nullOutputStream()));
    }

    @Test
    void anEmptyFileIsNotLoaded() throws Exception {
        Project project = new DialecticaFactoryWithIds(() -> "t", Fixtures.CLOCK).createProject();
        ImportedArguments empty = Fixtures.readText(new AifReader(), "{\"nodes\": [], \"edges\": []}", "empty.json");
        assertThrows(InterchangeException.class, () -> LoadArgumentsCommand.create(domainFor(project), project, empty));
    }

    @Test
    void projectWithLoadedFileSavesAndValidates() throws Exception {
        Project project = new DialecticaFactoryWithIds(() -> "t", Fixtures.CLOCK).createProject();
        project.setName("p");
        AdapterFactoryEditingDomain domain = domainFor(project);
        LoadArgumentsCommand.load(domain, project, Fixtures.read(new AifReader(), "ova-expert-opinion.json"));
        Resource resource = org.dialectica.model.resource.DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createFileURI(folder.resolve("dialectica.xmi").toString()));
        resource.getContents().add(project);
        resource.save(null);
        assertTrue(Files.readString(folder.resolve("dialectica.xmi")).contains("Smoking causes cancer."));
        assertEquals(Diagnostic.OK, ModelValidation.validate(project).getSeverity());
    }
}
