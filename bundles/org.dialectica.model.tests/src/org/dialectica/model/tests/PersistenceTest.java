package org.dialectica.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.model.Claim;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.resource.DialecticaXmiResource;
import org.dialectica.model.resource.UnsupportedFormatException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path folder;

    private final SampleProject sample = new SampleProject();

    @Test
    void projectSurvivesSaveAndLoadThroughAFile() throws IOException {
        Path file = save(sample.project, "dialectica.xmi");

        Resource loaded = load(file);

        assertInstanceOf(DialecticaXmiResource.class, loaded);
        assertTrue(loaded.getErrors().isEmpty(), () -> "load errors: " + loaded.getErrors());
        Project project = (Project) loaded.getContents().get(0);
        assertTrue(EcoreUtil.equals(sample.project, project), "the loaded project equals the saved one");
        // References are restored to the very objects, found by id.
        Inference inference = (Inference) loaded.getEObject(sample.inference.getId());
        Claim conclusion = (Claim) loaded.getEObject(sample.conclusion.getId());
        assertSame(conclusion, inference.getConclusion());
        assertSame(project.getSchemes().get(0), inference.getScheme());
        // The inverse of Memo.about is not stored, yet comes back.
        assertEquals(1, ((Claim) loaded.getEObject(sample.funding.getId())).getMemos().size());
        assertEquals(SampleProject.CREATED, conclusion.getCreated());
        assertEquals("health & <policy>", project.getSources().get(0).getMetadata().get("dc:subject"));
    }

    @Test
    void savingIsDeterministic() throws IOException {
        byte[] first = Files.readAllBytes(save(sample.project, "first.xmi"));
        byte[] second = Files.readAllBytes(save(EcoreUtil.copy(sample.project), "second.xmi"));
        assertArrayEquals(first, second, "saving the same model twice gives the same bytes");

        Project reloaded = (Project) load(folder.resolve("first.xmi")).getContents().get(0);
        byte[] third = Files.readAllBytes(save(reloaded, "third.xmi"));
        assertArrayEquals(first, third, "load and save changes nothing");
    }

    @Test
    void fileIsPlainDiffableXmi() throws IOException {
        String xml = Files.readString(save(sample.project, "dialectica.xmi"), StandardCharsets.UTF_8);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
        assertTrue(xml.contains("xmlns:dialectica=\"http://dialectica.org/model/1.0\""), "the namespace carries the version");
        assertFalse(xml.contains("\r"), "line ends are \\n on every platform");
        assertFalse(xml.contains("xmi:id"), "the id attribute is the identity; no second one");
        assertFalse(xml.contains("schemaLocation"), "no machine-specific locations");
        assertTrue(xml.contains("id=\"" + sample.conclusion.getId() + "\""));
        assertTrue(xml.contains(sample.conclusion.getId()), "references are stored as ids");
        assertTrue(xml.contains("created=\"2026-11-25T10:15:30.123Z\""), "instants are UTC ISO-8601");
        assertTrue(xml.contains("On smoking — “Ünïcödé” edition"), "non-ASCII text is stored as UTF-8, not escaped");
        int longest = xml.lines().mapToInt(String::length).max().orElseThrow();
        assertTrue(longest < 400, "lines are wrapped (longest " + longest + ")");
    }

    @Test
    void binaryCacheRoundTrips() throws IOException {
        ResourceSet resourceSet = DialecticaResources.configure(new ResourceSetImpl());
        URI uri = URI.createFileURI(folder.resolve("cache." + DialecticaResourceFactory.BINARY_FILE_EXTENSION).toString());
        Resource resource = resourceSet.createResource(uri);
        assertInstanceOf(BinaryResourceImpl.class, resource);
        resource.getContents().add(sample.project);
        resource.save(null);

        Resource loaded = DialecticaResources.configure(new ResourceSetImpl()).getResource(uri, true);

        Project project = (Project) loaded.getContents().get(0);
        assertTrue(EcoreUtil.equals(sample.project, project));
        assertSame(project.getNodes().get(0), ((Inference) loaded.getEObject(sample.inference.getId())).getConclusion());
    }

    @Test
    void fileOfNewerFormatIsRefusedWithAClearMessage() throws IOException {
        Path file = save(sample.project, "dialectica.xmi");
        Files.writeString(file, Files.readString(file).replace("http://dialectica.org/model/1.0", "http://dialectica.org/model/2.3"));

        UnsupportedFormatException refused = assertThrows(UnsupportedFormatException.class, () -> loadOrThrow(file));

        assertTrue(refused.getMessage().contains("format 2.3 by a newer Dialectica"), refused.getMessage());
        assertEquals("http://dialectica.org/model/2.3", refused.getFoundNsUri());
    }

    @Test
    void fileOfAnotherModelIsRefused() throws IOException {
        Path file = folder.resolve("other.xmi");
        // A namespace URI that a naive loader would try to fetch; the loader must not.
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<x:Thing xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:x=\"http://127.0.0.1:9/model.ecore\"/>\n");

        UnsupportedFormatException refused = assertThrows(UnsupportedFormatException.class, () -> loadOrThrow(file));

        assertTrue(refused.getMessage().contains("not a Dialectica model"), refused.getMessage());
    }

    @Test
    void referenceOutsideTheProjectFailsTheSave() {
        sample.inference.getPremises().add(new SampleProject().premise); // an element of another project

        Resource resource = resourceFor(folder.resolve("dangling.xmi"));
        resource.getContents().add(sample.project);

        assertThrows(IOException.class, () -> resource.save(null));
    }

    private Resource resourceFor(Path file) {
        ResourceSet resourceSet = DialecticaResources.configure(new ResourceSetImpl());
        return resourceSet.createResource(URI.createFileURI(file.toString()));
    }

    private Path save(Project project, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        Resource resource = resourceFor(file);
        resource.getContents().add(project);
        resource.save(null);
        return file;
    }

    private Resource load(Path file) throws IOException {
        return loadOrThrow(file);
    }

    private Resource loadOrThrow(Path file) throws IOException {
        Resource resource = resourceFor(file);
        resource.load(null);
        return resource;
    }
}
