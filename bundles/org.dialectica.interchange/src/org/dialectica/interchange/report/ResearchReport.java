package org.dialectica.interchange.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.internal.ScopeSelection;
import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;

/**
 * The research report, independent of its output format: issues, their positions with the quotes that
 * state them, the arguments for each position (premises, scheme, open critical questions), the objections,
 * and the arguments not reached from any issue. Quotes link to the quoted span of the source's text as an
 * RFC 5147 fragment ({@code sources/<sha256>.txt#char=start,end}).
 */
final class ResearchReport {

    static final String MAP_IMAGE = ".dialectica/map.png";

    private final ExportContext context;
    private final ScopeSelection selection;
    private final Set<Inference> reported = new HashSet<>();

    ResearchReport(ExportContext context) {
        this.context = context;
        this.selection = ScopeSelection.of(context.project(), context.scope());
    }

    void writeTo(ReportSink sink) throws IOException {
        String name = context.project().getName();
        sink.begin((name == null || name.isBlank() ? "Dialectica project" : name) + " — research report");
        Optional<Path> map = context.projectDirectoryIfKnown().map(dir -> dir.resolve(MAP_IMAGE)).filter(Files::isRegularFile);
        if (map.isPresent()) {
            sink.image("Argument map", MAP_IMAGE);
        }
        for (Issue issue : selection.issues()) {
            sink.heading(2, "Issue: " + issue.getText());
            quotes(sink, 0, issue.getAnchors());
            if (issue.getPositions().isEmpty()) {
                sink.paragraph("No positions yet.");
            }
            for (Claim position : issue.getPositions()) {
                sink.heading(3, "Position: " + position.getText());
                quotes(sink, 0, position.getAnchors());
                argumentsFor(sink, position);
                objectionsTo(sink, position);
            }
        }
        List<Inference> others = selection.nodesOf(Inference.class).stream().filter(i -> !reported.contains(i)).toList();
        if (!others.isEmpty()) {
            sink.heading(2, selection.issues().isEmpty() ? "Arguments" : "Other arguments");
            for (Inference inference : others) {
                sink.heading(3, "Conclusion: " + text(inference.getConclusion()));
                quotes(sink, 0, inference.getConclusion().getAnchors());
                argument(sink, inference);
                objectionsTo(sink, inference.getConclusion());
            }
        }
        sink.end();
    }

    private void argumentsFor(ReportSink sink, Claim position) throws IOException {
        List<Inference> supporting = selection.nodesOf(Inference.class).stream()
                .filter(i -> i.getConclusion() == position).toList();
        if (!supporting.isEmpty()) {
            sink.heading(4, "Arguments");
            for (Inference inference : supporting) {
                argument(sink, inference);
            }
        }
    }

    private void argument(ReportSink sink, Inference inference) throws IOException {
        reported.add(inference);
        String scheme = inference.getScheme() == null ? "argument"
                : Optional.ofNullable(inference.getScheme().getLabel()).orElse(inference.getScheme().getName());
        sink.bullet(0, "Argument:", scheme);
        for (Claim premise : inference.getPremises()) {
            sink.bullet(1, "Premise:", text(premise));
            quotes(sink, 2, premise.getAnchors());
        }
        for (Conflict conflict : conflictsOn(inference)) {
            sink.bullet(1, "Undercut:", text(conflict.getAttacker()));
            quotes(sink, 2, conflict.getAttacker().getAnchors());
        }
        for (Claim premise : inference.getPremises()) {
            for (Conflict conflict : conflictsOn(premise)) {
                sink.bullet(1, "Objection to premise \"" + text(premise) + "\":", text(conflict.getAttacker()));
                quotes(sink, 2, conflict.getAttacker().getAnchors());
            }
        }
        List<CriticalQuestion> open = ArgumentQueries.openQuestions(inference);
        for (CriticalQuestion question : open) {
            sink.bullet(1, "Open critical question:", question.getText());
        }
    }

    private void objectionsTo(ReportSink sink, Claim claim) throws IOException {
        List<Conflict> objections = conflictsOn(claim);
        if (!objections.isEmpty()) {
            sink.heading(4, "Objections");
            for (Conflict conflict : objections) {
                sink.bullet(0, kindLabel(conflict.getKind()) + ":", text(conflict.getAttacker()));
                quotes(sink, 1, conflict.getAttacker().getAnchors());
                selection.nodesOf(Inference.class).stream().filter(i -> i.getConclusion() == conflict.getAttacker())
                        .forEach(i -> reported.add(i));
            }
        }
    }

    private List<Conflict> conflictsOn(Node target) {
        return selection.nodesOf(Conflict.class).stream().filter(c -> c.getTarget() == target).toList();
    }

    private void quotes(ReportSink sink, int depth, List<TextAnchor> anchors) throws IOException {
        for (TextAnchor anchor : anchors) {
            Source source = anchor.getSource();
            String title = source == null ? "unknown source"
                    : source.getTitle() != null ? source.getTitle() : Optional.ofNullable(source.getFileName()).orElse("source");
            sink.quote(depth, quoteOf(anchor), title, anchor.getState() == AnchorState.ORPHANED ? null : SourceLinks.href(anchor));
        }
    }

    private String quoteOf(TextAnchor anchor) {
        if (anchor.getExact() != null) {
            return anchor.getExact();
        }
        return context.texts().textOf(anchor.getSource()).filter(t -> anchor.getEnd() <= t.length())
                .map(t -> t.subSequence(anchor.getStart(), anchor.getEnd()).toString()).orElse("");
    }

    private static String kindLabel(ConflictKind kind) {
        return switch (kind) {
            case REBUT -> "Rebuttal";
            case UNDERMINE -> "Underminer";
            case UNDERCUT -> "Undercut";
        };
    }

    private static String text(Claim claim) {
        return claim == null || claim.getText() == null ? "" : claim.getText();
    }
}
