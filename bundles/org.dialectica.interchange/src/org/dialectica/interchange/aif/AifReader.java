package org.dialectica.interchange.aif;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dialectica.interchange.ArgumentReader;
import org.dialectica.interchange.DialogueLayer;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.aif.AifDocument.Located;
import org.dialectica.interchange.internal.ImportValidation;
import org.dialectica.interchange.internal.SchemeNames;
import org.dialectica.interchange.internal.SupportCycles;
import org.dialectica.interchange.internal.Utf8Input;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;
import org.dialectica.model.util.DialecticaFactoryWithIds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads AIF JSON as written by AIFdb and OVA (string or numeric ids, optional timestamps, scheme names as
 * {@code scheme}/{@code schemeName} fields or as RA text). Argument nodes (I, RA, CA, PA, MA) become model
 * elements; dialogue nodes (L, TA, YA) and the locutions table are kept in the {@link DialogueLayer}. See
 * docs/interchange.md for the mapping. Structures the model cannot hold (an RA with two conclusions, a CA
 * attacking a CA) are skipped and reported; broken files (bad JSON, an edge to a missing node, an unknown
 * node type, not UTF-8, too big) are refused with the line and column.
 */
public final class AifReader implements ArgumentReader {

    public static final String ID = "aif";

    private static final Set<String> ARGUMENT_TYPES = Set.of("I", "RA", "CA", "PA", "MA");
    private static final Set<String> DIALOGUE_TYPES = Set.of("L", "TA", "YA");

    private final int maxBytes;
    private final Clock clock;

    public AifReader() {
        this(Utf8Input.DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    public AifReader(int maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "AIF JSON (AIFdb/OVA)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("json", "aif");
    }

    @Override
    public ImportedArguments read(InputStream in, String fileName) throws InterchangeException, IOException {
        String text = Utf8Input.read(in, fileName, maxBytes);
        ImportedArguments imported = new ImportedArguments(fileName);
        AifDocument document = AifDocument.parse(text, fileName, imported.report());
        new Mapping(fileName, imported, document).run();
        SupportCycles.find(imported.inferences()).forEach(cycle -> imported.report()
                .warn("circular support: " + cycle.stream().map(c -> quote(c.getText())).toList()));
        ImportValidation.check(imported);
        return imported;
    }

    private static String quote(String text) {
        String shown = text == null ? "" : text.strip();
        return "\"" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "\"";
    }

    /** One read: the state of mapping one document to model elements. */
    private final class Mapping {

        private final String fileName;
        private final ImportedArguments imported;
        private final AifDocument document;
        private final DialecticaFactoryWithIds factory;
        private final Map<String, Located> nodesById = new LinkedHashMap<>();
        private final Map<String, String> typeById = new HashMap<>();
        private final Map<String, List<String>> incoming = new HashMap<>();
        private final Map<String, List<String>> outgoing = new HashMap<>();
        private final Map<String, Node> elements = new HashMap<>();
        private final Map<String, Scheme> schemesByKey = new LinkedHashMap<>();

        Mapping(String fileName, ImportedArguments imported, AifDocument document) {
            this.fileName = fileName;
            this.imported = imported;
            this.document = document;
            this.factory = new DialecticaFactoryWithIds(() -> ImportedArguments.authorFor(fileName), clock);
        }

        void run() throws InterchangeException {
            indexNodes();
            indexEdges();
            readSchemeDefinitions();
            List<Located> issues = new ArrayList<>();
            for (Located node : nodesById.values()) {
                if ("I".equals(typeOf(node))) {
                    if (AifJson.ISSUE.equals(node.json().path(AifJson.DIALECTICA_TYPE).asText())) {
                        issues.add(node);
                    } else {
                        claim(node);
                    }
                }
            }
            for (String type : List.of("RA", "MA", "CA", "PA")) {
                for (Located node : nodesById.values()) {
                    if (type.equals(typeOf(node))) {
                        schemeNode(node, type);
                    }
                }
            }
            for (Located issue : issues) {
                issue(issue);
            }
        }

        private void indexNodes() throws InterchangeException {
            for (Located node : document.nodes) {
                String id = idOf(node, AifJson.NODE_ID);
                if (nodesById.putIfAbsent(id, node) != null) {
                    throw AifDocument.error(fileName, "node id " + id + " is used twice", node);
                }
                String type = node.json().path(AifJson.TYPE).asText("").strip().toUpperCase(Locale.ROOT);
                if (!ARGUMENT_TYPES.contains(type) && !DIALOGUE_TYPES.contains(type)) {
                    throw AifDocument.error(fileName, "node " + id + " has unknown type \"" + type
                            + "\" (expected I, RA, CA, PA, MA, L, TA or YA)", node);
                }
                typeById.put(id, type);
                if (DIALOGUE_TYPES.contains(type)) {
                    imported.dialogue().add(new DialogueLayer.DialogueNode(id, type, textOf(node),
                            node.json().path(AifJson.TIMESTAMP).asText(null)));
                    imported.report().kept(type + "-node");
                }
            }
            document.locutionsJson.forEach(json -> {
                imported.dialogue().addLocutionJson(json);
                imported.report().kept("locution");
            });
        }

        private void indexEdges() throws InterchangeException {
            int generated = 0;
            for (Located edge : document.edges) {
                String from = idOf(edge, AifJson.FROM_ID);
                String to = idOf(edge, AifJson.TO_ID);
                for (String end : List.of(from, to)) {
                    if (!nodesById.containsKey(end)) {
                        throw AifDocument.error(fileName, "edge " + edge.json().path(AifJson.EDGE_ID).asText("")
                                + " refers to node " + end + ", which is not in the file", edge);
                    }
                }
                if (DIALOGUE_TYPES.contains(typeById.get(from)) || DIALOGUE_TYPES.contains(typeById.get(to))) {
                    JsonNode edgeId = edge.json().get(AifJson.EDGE_ID);
                    String id = edgeId == null || edgeId.isNull() ? "d" + (++generated) : edgeId.asText();
                    imported.dialogue().add(new DialogueLayer.DialogueEdge(id, from, to));
                    imported.report().kept("dialogue edge");
                } else if ("I".equals(typeById.get(from)) && "I".equals(typeById.get(to))) {
                    imported.report().skip("edge", "I-node " + from + " → I-node " + to
                            + " has no scheme node between them (line " + edge.line() + ")");
                } else {
                    outgoing.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                    incoming.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                }
            }
        }

        private void readSchemeDefinitions() throws InterchangeException {
            for (Located definition : document.schemes) {
                JsonNode json = definition.json();
                String name = json.path("name").asText("").strip();
                if (name.isEmpty()) {
                    throw AifDocument.error(fileName, "a scheme definition has no name", definition);
                }
                Scheme scheme = factory.createScheme();
                scheme.setName(name);
                scheme.setLabel(json.path("label").asText(null));
                json.path("premiseTemplates").forEach(t -> scheme.getPremiseTemplates().add(t.asText()));
                scheme.setConclusionTemplate(json.path("conclusionTemplate").asText(null));
                for (JsonNode q : json.path("criticalQuestions")) {
                    CriticalQuestion question = factory.createCriticalQuestion();
                    question.setText(q.path("text").asText(""));
                    ConflictKind kind = ConflictKind.get(q.path("attackKind").asText(""));
                    if (kind != null) {
                        question.setAttackKind(kind);
                    }
                    scheme.getCriticalQuestions().add(question);
                }
                addScheme(scheme);
            }
        }

        private void claim(Located node) {
            Claim claim = factory.createClaim();
            claim.setText(textOf(node));
            keep(node, claim, "I-node");
        }

        private void issue(Located node) throws InterchangeException {
            Issue issue = factory.createIssue();
            issue.setText(textOf(node));
            stamp(node, issue);
            for (JsonNode position : node.json().path(AifJson.POSITIONS)) {
                if (elements.get(position.asText()) instanceof Claim claim) {
                    issue.getPositions().add(claim);
                } else {
                    throw AifDocument.error(fileName, "issue " + idOf(node, AifJson.NODE_ID)
                            + " lists position " + position.asText() + ", which is not an I-node", node);
                }
            }
            imported.addIssue(issue);
            imported.putOriginalId(issue, idOf(node, AifJson.NODE_ID));
            imported.report().kept("issue");
        }

        private void schemeNode(Located node, String type) throws InterchangeException {
            String id = idOf(node, AifJson.NODE_ID);
            // Edges from other scheme nodes are about this node (a CA undercutting an RA, a PA preferring it),
            // not part of its own structure; the node that owns such an edge reads it.
            List<String> from = incoming.getOrDefault(id, List.of()).stream()
                    .filter(n -> "PA".equals(type) ? !"CA".equals(typeById.get(n)) : "I".equals(typeById.get(n)))
                    .toList();
            List<String> to = outgoing.getOrDefault(id, List.of()).stream()
                    .filter(n -> "RA".equals(type) || "MA".equals(type) ? "I".equals(typeById.get(n))
                            : !"PA".equals(typeById.get(n)) || "PA".equals(type))
                    .toList();
            String kind = type + "-node";
            if (from.isEmpty() || to.size() != 1) {
                imported.report().skip(kind, id + " needs at least one incoming and exactly one outgoing edge, has "
                        + from.size() + " and " + to.size() + " (line " + node.line() + ")");
                return;
            }
            Node target = elements.get(to.get(0));
            switch (type) {
                case "RA" -> {
                    List<Claim> premises = new ArrayList<>();
                    for (String premiseId : from) {
                        if (!(elements.get(premiseId) instanceof Claim premise)) {
                            imported.report().skip(kind, id + " has a premise that is not an I-node (line "
                                    + node.line() + ")");
                            return;
                        }
                        premises.add(premise);
                    }
                    if (!(target instanceof Claim conclusion)) {
                        imported.report().skip(kind, id + " concludes something that is not an I-node (line "
                                + node.line() + ")");
                        return;
                    }
                    Inference inference = factory.createInference();
                    inference.getPremises().addAll(premises);
                    inference.setConclusion(conclusion);
                    inference.setScheme(schemeOf(node));
                    keep(node, inference, kind);
                }
                case "CA" -> {
                    if (from.size() != 1 || !(elements.get(from.get(0)) instanceof Claim attacker)) {
                        imported.report().skip(kind, id + " needs exactly one attacking I-node (line "
                                + node.line() + ")");
                        return;
                    }
                    if (!(target instanceof Claim) && !(target instanceof Inference)) {
                        imported.report().skip(kind, id + " attacks something other than an I-node or RA-node"
                                + " (line " + node.line() + ")");
                        return;
                    }
                    Conflict conflict = factory.createConflict();
                    conflict.setAttacker(attacker);
                    conflict.setTarget(target);
                    conflict.setKind(kindOf(node, target));
                    keep(node, conflict, kind);
                }
                case "PA" -> {
                    Node preferred = from.size() == 1 ? elements.get(from.get(0)) : null;
                    if (preferred == null || target == null) {
                        imported.report().skip(kind, id + " does not link one preferred and one dispreferred"
                                + " argument node (line " + node.line() + ")");
                        return;
                    }
                    Preference preference = factory.createPreference();
                    preference.setPreferred(preferred);
                    preference.setDispreferred(target);
                    keep(node, preference, kind);
                }
                case "MA" -> {
                    if (from.size() != 1 || !(elements.get(from.get(0)) instanceof Claim original)
                            || !(target instanceof Claim rephrasing)) {
                        imported.report().skip(kind, id + " does not link one I-node to another (line "
                                + node.line() + ")");
                        return;
                    }
                    Rephrase rephrase = factory.createRephrase();
                    rephrase.setOriginal(original);
                    rephrase.setRephrasing(rephrasing);
                    keep(node, rephrase, kind);
                }
                default -> throw new IllegalStateException(type);
            }
        }

        /** An explicit Dialectica kind wins; otherwise the AIF structure decides (docs/interchange.md). */
        private ConflictKind kindOf(Located node, Node target) {
            ConflictKind explicit = ConflictKind.get(node.json().path(AifJson.CONFLICT_KIND).asText(""));
            if (explicit != null && (explicit == ConflictKind.UNDERCUT) == (target instanceof Inference)) {
                return explicit;
            }
            if (target instanceof Inference) {
                return ConflictKind.UNDERCUT;
            }
            String targetId = imported.originalId(target).orElseThrow();
            boolean concluded = incoming.getOrDefault(targetId, List.of()).stream().anyMatch(id -> "RA".equals(typeById.get(id)));
            boolean premise = outgoing.getOrDefault(targetId, List.of()).stream().anyMatch(id -> "RA".equals(typeById.get(id)));
            return premise && !concluded ? ConflictKind.UNDERMINE : ConflictKind.REBUT;
        }

        private Scheme schemeOf(Located node) {
            JsonNode json = node.json();
            String name = null;
            JsonNode scheme = json.get(AifJson.SCHEME);
            if (scheme != null && scheme.isTextual() && !scheme.asText().isBlank() && !isNumber(scheme.asText())) {
                name = scheme.asText();
            } else if (json.hasNonNull(AifJson.SCHEME_NAME)) {
                name = json.get(AifJson.SCHEME_NAME).asText();
            } else {
                name = textOf(node);
            }
            if (name == null || SchemeNames.meansNoScheme(name)) {
                return null;
            }
            Scheme known = schemesByKey.get(SchemeNames.normalise(name));
            if (known != null) {
                return known;
            }
            Scheme created = factory.createScheme();
            created.setName(SchemeNames.keyFor(name));
            created.setLabel(name.strip());
            addScheme(created);
            return created;
        }

        private void addScheme(Scheme scheme) {
            schemesByKey.putIfAbsent(SchemeNames.normalise(scheme.getName()), scheme);
            if (scheme.getLabel() != null) {
                schemesByKey.putIfAbsent(SchemeNames.normalise(scheme.getLabel()), scheme);
            }
            imported.addScheme(scheme);
            imported.report().kept("scheme");
        }

        private void keep(Located node, Node element, String kind) {
            String id = node.json().path(AifJson.NODE_ID).asText().strip();
            stamp(node, element);
            elements.put(id, element);
            imported.addNode(element);
            imported.putOriginalId(element, id);
            imported.report().kept(kind);
        }

        /** Keeps the file's timestamp as creation time when it has one: it says when the argument was analysed. */
        private void stamp(Located node, Element element) {
            Instant created = AifJson.parseTimestamp(node.json().path(AifJson.TIMESTAMP).asText(null));
            if (created != null) {
                element.setCreated(created);
            }
        }

        private String typeOf(Located node) {
            return typeById.get(node.json().path(AifJson.NODE_ID).asText().strip());
        }

        private String idOf(Located at, String field) throws InterchangeException {
            JsonNode id = at.json().get(field);
            if (id == null || id.isNull() || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
                throw AifDocument.error(fileName, "\"" + field + "\" is missing or not a string or integer", at);
            }
            return id.asText().strip();
        }

        private static String textOf(Located node) {
            JsonNode text = node.json().get(AifJson.TEXT);
            return text == null || text.isNull() ? "" : text.asText();
        }

        private static boolean isNumber(String text) {
            return text.strip().chars().allMatch(Character::isDigit);
        }
    }
}
