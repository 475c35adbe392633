package org.dialectica.sample.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.validation.SourceTextProvider;
import org.dialectica.sample.build.SampleProjectBuilder;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Test helpers: the sample bundle, its article, and reading projects from disk the plain EMF way. */
final class SampleFiles {

    private SampleFiles() {
    }

    static Bundle sampleBundle() {
        return FrameworkUtil.getBundle(SampleProjectBuilder.class);
    }

    static byte[] article() throws IOException {
        try (InputStream in = sampleBundle().getEntry("article/" + SampleProjectBuilder.ARTICLE_FILE_NAME).openStream()) {
            return in.readAllBytes();
        }
    }

    /** Every file below {@code directory}, by relative path (with '/'), with its bytes. */
    static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static Project load(Path directory) throws IOException {
        Resource resource = DialecticaResources.configure(new ResourceSetImpl()).createResource(
                URI.createFileURI(directory.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME).toString()));
        resource.load(null);
        return (Project) resource.getContents().get(0);
    }

    /** The texts of a project's sources, read from {@code sources/<sha256>.txt}. */
    static SourceTextProvider texts(Path directory) {
        return source -> {
            Path file = directory.resolve("sources").resolve(source.getSha256() + ".txt");
            try {
                return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
