package org.dialectica.interchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportContext;

/** The research report as a standalone HTML page. */
public final class HtmlReportExporter implements ArgumentExporter {

    public static final String ID = "html";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Research report (HTML)";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new ResearchReport(context).writeTo(new HtmlSink(writer));
        writer.flush();
    }
}
