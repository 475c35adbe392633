package org.dialectica.interchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportContext;

/** The research report as CommonMark Markdown. */
public final class MarkdownReportExporter implements ArgumentExporter {

    public static final String ID = "markdown";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Research report (Markdown)";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new ResearchReport(context).writeTo(new MarkdownSink(writer));
        writer.flush();
    }
}
