package org.dialectica.team.git;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.validation.ModelValidation;
import org.dialectica.team.MergeConflict;
import org.dialectica.team.merge.ModelMergeResult;
import org.dialectica.team.merge.ModelMerger;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Merges three versions of {@code dialectica.xmi} (the bytes git holds) through the model: loads each
 * with the hardened loader, runs {@link ModelMerger}, and writes the result with the model's deterministic
 * serialisation. Never produces a file with conflict markers.
 */
final class ModelFileMerge {

    /** The merged file, its conflicts, and the merged model's validation problems. */
    record Outcome(byte[] merged, List<MergeConflict> conflicts, List<String> problems) {
    }

    private final ModelMerger merger = new ModelMerger();

    /**
     * @param base the common ancestor's bytes, or null when the file did not exist there
     * @param project the project folder, for the stored source texts the validation checks anchors against
     * @throws IOException when a version cannot be read (damaged, newer format) or the result cannot be saved
     */
    Outcome merge(byte[] base, byte[] ours, byte[] theirs, Path project) throws IOException {
        Project baseModel = base == null ? null : load(base, "base");
        Project ourModel = load(ours, "ours");
        Project theirModel = load(theirs, "theirs");
        ModelMergeResult result = merger.merge(baseModel, ourModel, theirModel);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ours.length + theirs.length / 4);
        result.merged().eResource().save(bytes, null);
        return new Outcome(bytes.toByteArray(), result.conflicts(), validate(result.merged(), project));
    }

    private static Project load(byte[] document, String version) throws IOException {
        Resource resource = DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createURI("version:/" + version + "/" + DialecticaResourceFactory.PROJECT_FILE_NAME));
        try {
            resource.load(new ByteArrayInputStream(document), null);
        } catch (IOException | RuntimeException unreadable) {
            throw new IOException("Cannot read " + version + " version of " + DialecticaResourceFactory.PROJECT_FILE_NAME
                    + ": " + unreadable.getMessage(), unreadable);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            throw new IOException("The " + version + " version of " + DialecticaResourceFactory.PROJECT_FILE_NAME
                    + " holds no Dialectica project.");
        }
        return project;
    }

    /** Errors and warnings of the merged model, one line each, checked against the texts in {@code sources/}. */
    static List<String> validate(Project model, Path project) {
        Map<String, Optional<String>> texts = new HashMap<>();
        Diagnostic diagnostic = ModelValidation.validate(model, source -> texts.computeIfAbsent(source.getSha256(),
                sha -> readText(project, source)));
        List<String> problems = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.WARNING) {
                problems.add((child.getSeverity() >= Diagnostic.ERROR ? "error " : "warning ") + child.getMessage());
            }
        }
        return problems;
    }

    private static Optional<String> readText(Path project, Source source) {
        String sha = source.getSha256();
        if (sha == null || !sha.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(project.resolve("sources").resolve(sha + ".txt"), StandardCharsets.UTF_8));
        } catch (IOException missing) {
            return Optional.empty();
        }
    }
}
