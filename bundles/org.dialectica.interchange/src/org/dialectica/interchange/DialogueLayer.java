package org.dialectica.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dialogical part of an AIF file (AIF+: L-nodes for locutions, TA-nodes for transitions, YA-nodes
 * for illocutionary anchoring, and the {@code locutions} table). Dialectica's model does not represent
 * dialogue, but a reader keeps it here so that writing the loaded file again (see
 * {@code AifWriter}) gives it back, and so the user sees it counted.
 * Ids are the ones in the file.
 */
public final class DialogueLayer {

    /** An L-, TA- or YA-node (or another dialogue type), as read. */
    public record DialogueNode(String id, String type, String text, String timestamp) {
    }

    /** An edge with at least one end in the dialogue layer, as read. */
    public record DialogueEdge(String id, String fromId, String toId) {
    }

    private final List<DialogueNode> nodes = new ArrayList<>();
    private final List<DialogueEdge> edges = new ArrayList<>();
    private final List<String> locutionsJson = new ArrayList<>();

    public void add(DialogueNode node) {
        nodes.add(node);
    }

    public void add(DialogueEdge edge) {
        edges.add(edge);
    }

    /** Keeps one entry of the {@code locutions} array, as compact JSON text. */
    public void addLocutionJson(String json) {
        locutionsJson.add(json);
    }

    public List<DialogueNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<DialogueEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public List<String> locutionsJson() {
        return Collections.unmodifiableList(locutionsJson);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty() && locutionsJson.isEmpty();
    }
}
