package org.dialectica.interchange;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a project, or one issue of it, in one file format. Contributed through the extension point
 * {@code org.dialectica.interchange.formats} ({@code <exporter class="..."/>}) or registered as an OSGi
 * service of this type; {@link InterchangeRegistry} collects both.
 * <p>
 * Implementations must be stateless and thread-safe, must only read the model, and must write the
 * whole document to the stream without closing it.
 */
public interface ArgumentExporter {

    /** A short, stable identifier used on the command line, e.g. {@code aif}, {@code argdown}. */
    String id();

    /** A human-readable name for menus, e.g. "AIF JSON (AIFdb/OVA)". */
    String label();

    /** The usual file extension, without the dot, e.g. {@code json}. */
    String fileExtension();

    /** The IANA media type of the output, e.g. {@code application/json}. */
    String mediaType();

    /**
     * Writes the export of {@code context.scope()} to {@code out}.
     *
     * @throws InterchangeException when the model cannot be expressed in this format at all
     * @throws IOException          when writing fails
     */
    void export(ExportContext context, OutputStream out) throws InterchangeException, IOException;
}
