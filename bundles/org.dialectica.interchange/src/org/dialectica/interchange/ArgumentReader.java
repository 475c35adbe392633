package org.dialectica.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads arguments from a file in one format into a detached set of model elements. Contributed through
 * the extension point {@code org.dialectica.interchange.formats} ({@code <reader class="..."/>}) or
 * registered as an OSGi service of this type.
 * <p>
 * A reader must read and check the whole input before returning: it either returns a complete, valid
 * {@link ImportedArguments} or throws, so a failed import never leaves half a file in a project. It must
 * treat the input as untrusted (bounded sizes, no network, no entity expansion). Implementations must be
 * stateless and thread-safe.
 */
public interface ArgumentReader {

    /** A short, stable identifier, e.g. {@code aif}. */
    String id();

    /** A human-readable name, e.g. "AIF JSON (AIFdb/OVA)". */
    String label();

    /** The file extensions this reader accepts, without the dot and lower-case, e.g. {@code json}. */
    List<String> fileExtensions();

    /**
     * Reads the whole stream (which the caller closes).
     *
     * @param fileName the file's name, used for messages and for provenance ({@code import:<fileName>})
     * @throws InterchangeException with the line (and column when known) of the first problem
     * @throws IOException          when reading fails
     */
    ImportedArguments read(InputStream in, String fileName) throws InterchangeException, IOException;
}
