package org.dialectica.interchange.aif;

import java.io.IOException;
import java.io.OutputStream;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.internal.ScopeSelection;

/** Exports a project or an issue as AIF JSON (AIFdb/OVA form); see docs/interchange.md for the mapping. */
public final class AifExporter implements ArgumentExporter {

    public static final String ID = "aif";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "AIF JSON (AIFdb/OVA)";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        ScopeSelection selection = ScopeSelection.of(context.project(), context.scope());
        new AifWriter().write(selection.nodes(), selection.issues(), selection.schemes(), out);
    }
}
