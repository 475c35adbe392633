package org.dialectica.interchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.internal.ScopeSelection;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Issue;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;

/**
 * One CSV row per text anchor of the claims and issues in scope: source title, source sha256, start, end,
 * quote, element type, element id, element text, tags (separated by "; "). RFC 4180 (CRLF, quoted cells),
 * UTF-8; a byte order mark only with option {@value #BOM_OPTION}{@code =true} (spreadsheets want it, most
 * other tools do not). Cells that a spreadsheet would evaluate are defused, see {@link CsvCells#defuse}.
 */
public final class CsvAnnotationsExporter implements ArgumentExporter {

    public static final String ID = "csv";
    public static final String BOM_OPTION = "csv.bom";
    static final List<String> HEADER = List.of("source_title", "source_sha256", "start", "end", "quote",
            "element_type", "element_id", "element_text", "tags");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Annotations (CSV)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        ScopeSelection selection = ScopeSelection.of(context.project(), context.scope());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (context.flag(BOM_OPTION)) {
            writer.write('\uFEFF');
        }
        writer.write(CsvCells.record(HEADER));
        for (Issue issue : selection.issues()) {
            rows(writer, issue, "Issue", issue.getText(), issue.getAnchors());
        }
        for (Claim claim : selection.claims()) {
            rows(writer, claim, "Claim", claim.getText(), claim.getAnchors());
        }
        writer.flush();
    }

    private static void rows(Writer writer, Element element, String type, String text, List<TextAnchor> anchors)
            throws IOException {
        String tags = element.getTags().stream().map(Tag::getName).collect(Collectors.joining("; "));
        for (TextAnchor anchor : anchors) {
            Source source = anchor.getSource();
            List<String> cells = new ArrayList<>();
            cells.add(source == null ? "" : nullToEmpty(source.getTitle()));
            cells.add(source == null ? "" : nullToEmpty(source.getSha256()));
            cells.add(Integer.toString(anchor.getStart()));
            cells.add(Integer.toString(anchor.getEnd()));
            cells.add(nullToEmpty(anchor.getExact()));
            cells.add(type);
            cells.add(element.getId());
            cells.add(nullToEmpty(text));
            cells.add(tags);
            writer.write(CsvCells.record(cells));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
