package org.dialectica.interchange.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ArgumentReader;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaFactoryWithIds;

/** Test inputs: hand-written fixture files, and a small project that uses what the exporters write. */
final class Fixtures {

    static final Instant CREATED = Instant.parse("2026-11-25T10:15:30Z");
    static final Clock CLOCK = Clock.fixed(CREATED, ZoneOffset.UTC);
    static final String TEXT = "Smoking causes cancer, says Dr. Rossi. Dr. Rossi is an oncologist. "
            + "But the study was funded by a lobby.";
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Fixtures() {
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    static ImportedArguments read(ArgumentReader reader, String fixture) throws IOException, InterchangeException {
        return reader.read(new ByteArrayInputStream(bytes(fixture)), fixture);
    }

    static ImportedArguments readText(ArgumentReader reader, String text, String fileName)
            throws IOException, InterchangeException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    static String export(ArgumentExporter exporter, ExportContext context) throws IOException, InterchangeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(context, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Set<String> texts(List<Claim> claims) {
        return claims.stream().map(Claim::getText).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "premise + premise -> conclusion" for every inference, order-independent. */
    static Set<String> inferenceShapes(List<Inference> inferences) {
        return inferences.stream().map(i -> i.getPremises().stream().map(Claim::getText).sorted()
                .collect(Collectors.joining(" + ")) + " -> " + i.getConclusion().getText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "KIND attacker -> target" for every conflict. */
    static Set<String> conflictShapes(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.getKind() + " " + c.getAttacker().getText() + " -> "
                + (c.getTarget() instanceof Claim claim ? claim.getText()
                        : "(" + ((Inference) c.getTarget()).getConclusion().getText() + ")"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A project with a source, anchored claims, an expert-opinion argument, three kinds of objection and an issue. */
    static final class SampleProject {
        final DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(() -> "Ada", CLOCK);
        final Project project = factory.createProject();
        final Source source = factory.createSource();
        final Tag tag = factory.createTag();
        final Scheme expertOpinion = factory.createScheme();
        final CriticalQuestion expertise = factory.createCriticalQuestion();
        final CriticalQuestion consistency = factory.createCriticalQuestion();
        final Claim conclusion = claim("Smoking causes cancer.");
        final Claim premise = claim("Dr. Rossi is an oncologist.");
        final Claim assertion = claim("Dr. Rossi says smoking causes cancer.");
        final Claim funding = claim("The study was funded by a lobby.");
        final Claim denial = claim("Smoking does not cause cancer.");
        final Claim notExpert = claim("Dr. Rossi is a dermatologist.");
        final Inference inference = factory.createInference();
        final Issue issue = factory.createIssue();

        SampleProject() {
            project.setName("Smoking debate");
            source.setTitle("On smoking");
            source.setSha256(SHA);
            source.setTextLength(TEXT.length());
            project.getSources().add(source);
            tag.setName("medicine");
            project.getTags().add(tag);
            expertOpinion.setName("ExpertOpinion");
            expertOpinion.setLabel("Argument from expert opinion");
            expertise.setText("Is Dr. Rossi an expert in this field?");
            expertise.setAttackKind(ConflictKind.UNDERMINE);
            consistency.setText("Do other experts agree?");
            expertOpinion.getCriticalQuestions().add(expertise);
            expertOpinion.getCriticalQuestions().add(consistency);
            project.getSchemes().add(expertOpinion);
            anchor(conclusion, 0, 21);
            anchor(premise, 39, 66);
            anchor(funding, 71, 102);
            conclusion.getTags().add(tag);
            inference.getPremises().add(premise);
            inference.getPremises().add(assertion);
            inference.setConclusion(conclusion);
            inference.setScheme(expertOpinion);
            CriticalQuestionAnswer answered = factory.createCriticalQuestionAnswer();
            answered.setQuestion(expertise);
            answered.setState(CriticalQuestionState.ANSWERED);
            inference.getCriticalQuestionAnswers().add(answered);
            project.getNodes().add(inference);
            conflict(funding, inference, ConflictKind.UNDERCUT);
            conflict(denial, conclusion, ConflictKind.REBUT);
            conflict(notExpert, premise, ConflictKind.UNDERMINE);
            issue.setText("Does smoking cause cancer?");
            issue.getPositions().add(conclusion);
            issue.getPositions().add(denial);
            project.getIssues().add(issue);
        }

        Claim claim(String text) {
            Claim claim = factory.createClaim();
            claim.setText(text);
            project.getNodes().add(claim);
            return claim;
        }

        Conflict conflict(Claim attacker, org.dialectica.model.Node target, ConflictKind kind) {
            Conflict conflict = factory.createConflict();
            conflict.setAttacker(attacker);
            conflict.setTarget(target);
            conflict.setKind(kind);
            project.getNodes().add(conflict);
            return conflict;
        }

        TextAnchor anchor(Claim claim, int start, int end) {
            TextAnchor anchor = factory.createTextAnchor();
            anchor.setSource(source);
            anchor.setStart(start);
            anchor.setEnd(end);
            anchor.setExact(TEXT.substring(start, end));
            claim.getAnchors().add(anchor);
            return anchor;
        }

        ExportContext context() {
            return ExportContext.of(project).withTexts(s -> s == source ? Optional.of(TEXT) : Optional.empty())
                    .withOptions(Map.of());
        }
    }
}
