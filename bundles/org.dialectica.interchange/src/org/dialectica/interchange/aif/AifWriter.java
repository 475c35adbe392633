package org.dialectica.interchange.aif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.dialectica.interchange.DialogueLayer;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes AIF JSON in the AIFdb/OVA form. Used by {@link AifExporter} for projects, and directly for a
 * loaded file ({@link #write(ImportedArguments, OutputStream)}), which keeps the file's node ids and
 * writes its dialogue layer (L/TA/YA nodes, their edges, locutions) back.
 */
public final class AifWriter {

    private final ObjectMapper mapper = AifJson.mapper(Long.MAX_VALUE);

    /** Writes the arguments of a read file, with its original ids and its dialogue layer. */
    public void write(ImportedArguments imported, OutputStream out) throws IOException {
        write(imported.nodes(), imported.issues(), imported.schemes(),
                element -> imported.originalId(element).orElse(element.getId()), imported.dialogue(), out);
    }

    /** Writes model elements; ids are the elements' own. */
    public void write(Collection<? extends Node> nodes, Collection<Issue> issues, Collection<Scheme> schemes,
            OutputStream out) throws IOException {
        write(nodes, issues, schemes, Element::getId, new DialogueLayer(), out);
    }

    private void write(Collection<? extends Node> nodes, Collection<Issue> issues, Collection<Scheme> schemes,
            Function<Element, String> idOf, DialogueLayer dialogue, OutputStream out) throws IOException {
        List<String[]> edges = new ArrayList<>();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart(AifJson.NODES);
            for (Node node : nodes) {
                writeNode(json, node, idOf, edges);
            }
            for (Issue issue : issues) {
                writeIssue(json, issue, idOf);
            }
            for (DialogueLayer.DialogueNode node : dialogue.nodes()) {
                json.writeStartObject();
                json.writeStringField(AifJson.NODE_ID, node.id());
                json.writeStringField(AifJson.TEXT, node.text());
                json.writeStringField(AifJson.TYPE, node.type());
                if (node.timestamp() != null) {
                    json.writeStringField(AifJson.TIMESTAMP, node.timestamp());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart(AifJson.EDGES);
            int number = 0;
            for (String[] edge : edges) {
                writeEdge(json, "e" + (++number), edge[0], edge[1]);
            }
            for (DialogueLayer.DialogueEdge edge : dialogue.edges()) {
                writeEdge(json, edge.id(), edge.fromId(), edge.toId());
            }
            json.writeEndArray();
            json.writeArrayFieldStart(AifJson.LOCUTIONS);
            for (String locution : dialogue.locutionsJson()) {
                json.writeRawValue(locution);
            }
            json.writeEndArray();
            if (!schemes.isEmpty()) {
                json.writeArrayFieldStart(AifJson.SCHEMES);
                for (Scheme scheme : schemes) {
                    writeScheme(json, scheme);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private static void writeNode(JsonGenerator json, Node node, Function<Element, String> idOf, List<String[]> edges)
            throws IOException {
        String id = idOf.apply(node);
        json.writeStartObject();
        json.writeStringField(AifJson.NODE_ID, id);
        if (node instanceof Claim claim) {
            json.writeStringField(AifJson.TEXT, claim.getText() == null ? "" : claim.getText());
            json.writeStringField(AifJson.TYPE, "I");
        } else if (node instanceof Inference inference) {
            Scheme scheme = inference.getScheme();
            json.writeStringField(AifJson.TEXT, scheme == null ? AifJson.DEFAULT_INFERENCE
                    : scheme.getLabel() != null ? scheme.getLabel() : scheme.getName());
            json.writeStringField(AifJson.TYPE, "RA");
            if (scheme != null) {
                json.writeStringField(AifJson.SCHEME, scheme.getName());
            }
            inference.getPremises().forEach(premise -> edges.add(new String[] { idOf.apply(premise), id }));
            edges.add(new String[] { id, idOf.apply(inference.getConclusion()) });
        } else if (node instanceof Conflict conflict) {
            json.writeStringField(AifJson.TEXT, AifJson.DEFAULT_CONFLICT);
            json.writeStringField(AifJson.TYPE, "CA");
            json.writeStringField(AifJson.CONFLICT_KIND, conflict.getKind().getName());
            edges.add(new String[] { idOf.apply(conflict.getAttacker()), id });
            edges.add(new String[] { id, idOf.apply(conflict.getTarget()) });
        } else if (node instanceof Preference preference) {
            json.writeStringField(AifJson.TEXT, AifJson.DEFAULT_PREFERENCE);
            json.writeStringField(AifJson.TYPE, "PA");
            edges.add(new String[] { idOf.apply(preference.getPreferred()), id });
            edges.add(new String[] { id, idOf.apply(preference.getDispreferred()) });
        } else if (node instanceof Rephrase rephrase) {
            json.writeStringField(AifJson.TEXT, AifJson.DEFAULT_REPHRASE);
            json.writeStringField(AifJson.TYPE, "MA");
            edges.add(new String[] { idOf.apply(rephrase.getOriginal()), id });
            edges.add(new String[] { id, idOf.apply(rephrase.getRephrasing()) });
        }
        writeTimestamp(json, node);
        json.writeEndObject();
    }

    /** IBIS issues have no AIF type: an I-node marked as an issue, its positions listed by id, no edges. */
    private static void writeIssue(JsonGenerator json, Issue issue, Function<Element, String> idOf) throws IOException {
        json.writeStartObject();
        json.writeStringField(AifJson.NODE_ID, idOf.apply(issue));
        json.writeStringField(AifJson.TEXT, issue.getText() == null ? "" : issue.getText());
        json.writeStringField(AifJson.TYPE, "I");
        writeTimestamp(json, issue);
        json.writeStringField(AifJson.DIALECTICA_TYPE, AifJson.ISSUE);
        json.writeArrayFieldStart(AifJson.POSITIONS);
        for (Claim position : issue.getPositions()) {
            json.writeString(idOf.apply(position));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeScheme(JsonGenerator json, Scheme scheme) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", scheme.getName());
        if (scheme.getLabel() != null) {
            json.writeStringField("label", scheme.getLabel());
        }
        if (!scheme.getPremiseTemplates().isEmpty()) {
            json.writeArrayFieldStart("premiseTemplates");
            for (String template : scheme.getPremiseTemplates()) {
                json.writeString(template);
            }
            json.writeEndArray();
        }
        if (scheme.getConclusionTemplate() != null) {
            json.writeStringField("conclusionTemplate", scheme.getConclusionTemplate());
        }
        if (!scheme.getCriticalQuestions().isEmpty()) {
            json.writeArrayFieldStart("criticalQuestions");
            for (CriticalQuestion question : scheme.getCriticalQuestions()) {
                json.writeStartObject();
                json.writeStringField("text", question.getText());
                if (question.isSetAttackKind()) {
                    json.writeStringField("attackKind", question.getAttackKind().getName());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeTimestamp(JsonGenerator json, Element element) throws IOException {
        if (element.getCreated() != null) {
            json.writeStringField(AifJson.TIMESTAMP, AifJson.timestamp(element.getCreated()));
        }
    }

    private static void writeEdge(JsonGenerator json, String id, String from, String to) throws IOException {
        json.writeStartObject();
        json.writeStringField(AifJson.EDGE_ID, id);
        json.writeStringField(AifJson.FROM_ID, from);
        json.writeStringField(AifJson.TO_ID, to);
        json.writeEndObject();
    }
}
