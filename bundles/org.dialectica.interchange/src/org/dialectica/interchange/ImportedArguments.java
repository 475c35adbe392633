package org.dialectica.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;
import org.dialectica.model.Tag;

/**
 * The result of reading a file: model elements that belong to no project yet (new UUIDs, author
 * {@code import:<file>}), their references resolved among themselves, plus a {@link ImportReport} and
 * the {@link DialogueLayer} the model does not represent. Load it into a project with
 * {@link LoadArgumentsCommand}; until then, nothing in any project has changed.
 */
public final class ImportedArguments {

    private final String fileName;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<Scheme> schemes = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final Map<Element, String> originalIds = new HashMap<>();
    private final ImportReport report = new ImportReport();
    private final DialogueLayer dialogue = new DialogueLayer();

    public ImportedArguments(String fileName) {
        this.fileName = fileName;
    }

    /** The name of the file read. */
    public String fileName() {
        return fileName;
    }

    /** The provenance author readers give to every element: {@code import:<fileName>}. */
    public static String authorFor(String fileName) {
        return "import:" + fileName;
    }

    public void addNode(Node node) {
        nodes.add(node);
    }

    public void addIssue(Issue issue) {
        issues.add(issue);
    }

    public void addScheme(Scheme scheme) {
        schemes.add(scheme);
    }

    public void addTag(Tag tag) {
        tags.add(tag);
    }

    /** Remembers the id an element had in the file, so a writer can reuse it (and keep dialogue edges valid). */
    public void putOriginalId(Element element, String id) {
        originalIds.put(element, id);
    }

    public Optional<String> originalId(Element element) {
        return Optional.ofNullable(originalIds.get(element));
    }

    /** Claims, inferences, conflicts, preferences and rephrases, in file order. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<Claim> claims() {
        return nodesOf(Claim.class);
    }

    public List<Inference> inferences() {
        return nodesOf(Inference.class);
    }

    public List<Conflict> conflicts() {
        return nodesOf(Conflict.class);
    }

    public List<Preference> preferences() {
        return nodesOf(Preference.class);
    }

    public List<Rephrase> rephrases() {
        return nodesOf(Rephrase.class);
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public List<Scheme> schemes() {
        return Collections.unmodifiableList(schemes);
    }

    public List<Tag> tags() {
        return Collections.unmodifiableList(tags);
    }

    public ImportReport report() {
        return report;
    }

    public DialogueLayer dialogue() {
        return dialogue;
    }

    private <T extends Node> List<T> nodesOf(Class<T> type) {
        return nodes.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
