package org.dialectica.interchange.argdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.internal.ScopeSelection;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;
import org.dialectica.model.Tag;

/**
 * Writes an Argdown document: every claim as a statement {@code [Title]: text #tags} with its rebuttals and
 * underminers as {@code - [Attacker]} below it; every inference as an argument {@code <Title>} with a
 * premise-conclusion structure whose inference line names the scheme; undercuts as {@code _ [Attacker]}
 * below the argument; issues last, as {@code # headings} listing their positions. Preferences and rephrases
 * have no Argdown form and are written as comments. See docs/interchange.md.
 */
public final class ArgdownExporter implements ArgumentExporter {

    public static final String ID = "argdown";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Argdown";
    }

    @Override
    public String fileExtension() {
        return "argdown";
    }

    @Override
    public String mediaType() {
        return "text/x-argdown";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        ScopeSelection selection = ScopeSelection.of(context.project(), context.scope());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new Document(selection, writer).write();
        writer.flush();
    }

    /** One export run. */
    private static final class Document {

        private final ScopeSelection selection;
        private final Writer out;
        private final ArgdownTitles titles = new ArgdownTitles();

        Document(ScopeSelection selection, Writer out) {
            this.selection = selection;
            this.out = out;
        }

        void write() throws IOException {
            String name = selection.project().getName();
            line("===");
            line("title: " + ArgdownSyntax.quoted(name == null ? "Dialectica project" : name));
            line("generator: Dialectica");
            line("===");
            line("");
            List<Claim> claims = selection.claims();
            List<Conflict> conflicts = selection.nodesOf(Conflict.class);
            for (Claim claim : claims) {
                line("[" + title(claim) + "]: " + ArgdownSyntax.escape(claim.getText()) + tags(claim));
                for (Conflict conflict : conflicts) {
                    if (conflict.getTarget() == claim && conflict.getKind() != ConflictKind.UNDERCUT) {
                        line("  - [" + title(conflict.getAttacker()) + "]");
                    }
                }
            }
            for (Inference inference : selection.nodesOf(Inference.class)) {
                writeArgument(inference, conflicts);
            }
            for (Preference preference : selection.nodesOf(Preference.class)) {
                line("");
                line("// preference (no Argdown form): " + reference(preference.getPreferred()) + " over "
                        + reference(preference.getDispreferred()));
            }
            for (Rephrase rephrase : selection.nodesOf(Rephrase.class)) {
                line("");
                line("// rephrase (no Argdown form): " + reference(rephrase.getRephrasing()) + " restates "
                        + reference(rephrase.getOriginal()));
            }
            for (Issue issue : selection.issues()) {
                line("");
                line("# " + ArgdownSyntax.escape(issue.getText()) + tags(issue));
                line("");
                for (Claim position : issue.getPositions()) {
                    line("[" + title(position) + "]");
                }
            }
        }

        private void writeArgument(Inference inference, List<Conflict> conflicts) throws IOException {
            String title = argumentTitle(inference);
            line("");
            line("<" + title + ">" + tags(inference));
            line("");
            int number = 0;
            for (Claim premise : inference.getPremises()) {
                line("(" + (++number) + ") [" + title(premise) + "]");
            }
            Scheme scheme = inference.getScheme();
            if (scheme == null) {
                line("----");
            } else {
                String label = scheme.getLabel() == null ? scheme.getName() : scheme.getLabel();
                line("-- " + ArgdownSyntax.escape(label) + " {scheme: " + ArgdownSyntax.quoted(scheme.getName()) + "} --");
            }
            line("(" + (++number) + ") [" + title(inference.getConclusion()) + "]");
            List<Conflict> undercuts = conflicts.stream()
                    .filter(c -> c.getTarget() == inference && c.getKind() == ConflictKind.UNDERCUT).toList();
            if (!undercuts.isEmpty()) {
                line("");
                line("<" + title + ">");
                for (Conflict undercut : undercuts) {
                    line("  _ [" + title(undercut.getAttacker()) + "]");
                }
            }
        }

        private String reference(Element node) {
            if (node instanceof Claim claim) {
                return "[" + title(claim) + "]";
            }
            return node instanceof Inference inference ? "<" + argumentTitle(inference) + ">" : node.getId();
        }

        private String title(Claim claim) {
            return titles.titleOf(claim, claim.getText(), "Claim");
        }

        private String argumentTitle(Inference inference) {
            String conclusion = inference.getConclusion() == null ? "" : inference.getConclusion().getText();
            return titles.titleOf(inference, "Argument for " + conclusion, "Argument");
        }

        private static String tags(Element element) {
            return element.getTags().stream().map(Tag::getName).filter(n -> n != null && !n.isBlank())
                    .map(ArgdownSyntax::tag).collect(Collectors.joining(" ", element.getTags().isEmpty() ? "" : " ", ""));
        }

        private void line(String text) throws IOException {
            out.write(text);
            out.write('\n');
        }
    }
}
