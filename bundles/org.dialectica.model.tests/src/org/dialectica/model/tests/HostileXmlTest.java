package org.dialectica.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.resource.UnsafeXmlException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project folder is untrusted input: these files, dropped in as {@code dialectica.xmi}, must be
 * refused before any entity is resolved or expanded.
 */
class HostileXmlTest {

    /** Planted in a local file that an XXE payload tries to read; it must never show up anywhere. */
    private static final String SECRET = "s3cr3t-0f-the-v1ct1m";

    @TempDir
    Path folder;

    @Test
    void externalEntityReadingALocalFileIsRefused() throws IOException {
        Path secretFile = Files.writeString(folder.resolve("secret.txt"), SECRET);
        Path file = write("xxe.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE dialectica:Project [\n"
                + "  <!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">\n"
                + "  <!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n"
                + "]>\n"
                + "<dialectica:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:dialectica=\"http://dialectica.org/model/1.0\" id=\"p\" name=\"&secret;&passwd;\"/>\n");

        Resource resource = resourceFor(file);
        UnsafeXmlException refused = assertThrows(UnsafeXmlException.class, () -> resource.load(null));

        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertTrue(refused.getMessage().contains("xxe.xmi"), "the message names the file: " + refused.getMessage());
        assertNoLeak(refused, resource);
    }

    @Test
    void billionLaughsIsRefusedAtOnce() throws IOException {
        StringBuilder entities = new StringBuilder("  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            entities.append("  <!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        Path file = write("laughs.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE dialectica:Project [\n" + entities + "]>\n"
                + "<dialectica:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:dialectica=\"http://dialectica.org/model/1.0\" id=\"p\" name=\"&lol9;\"/>\n");

        Resource resource = resourceFor(file);
        UnsafeXmlException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(UnsafeXmlException.class, () -> resource.load(null)));

        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertTrue(resource.getContents().isEmpty(), "nothing of the file is kept");
    }

    @Test
    void externalParameterEntityIsRefused() throws IOException {
        Path dtd = Files.writeString(folder.resolve("evil.dtd"), "<!ENTITY % leak SYSTEM \"file:///etc/passwd\">");
        Path file = write("param.xmi", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE x SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<dialectica:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:dialectica=\"http://dialectica.org/model/1.0\" id=\"p\"/>\n");

        Resource resource = resourceFor(file);
        assertThrows(UnsafeXmlException.class, () -> resource.load(null));
    }

    private void assertNoLeak(Throwable refused, Resource resource) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            assertFalse(message.contains(SECRET), "the secret leaked into: " + message);
            assertFalse(message.contains("root:"), "/etc/passwd leaked into: " + message);
        }
        for (var contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            assertFalse(object.toString().contains(SECRET), "the secret leaked into the model");
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static Resource resourceFor(Path file) {
        return DialecticaResources.configure(new ResourceSetImpl()).createResource(URI.createFileURI(file.toString()));
    }
}
