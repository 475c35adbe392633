package org.dialectica.importer;

import java.util.List;
import java.util.Map;

/**
 * What a document says about itself. Every value is optional ({@code null} or empty) except the media type.
 *
 * @param title      the document's title (dc:title), or {@code null}
 * @param authors    its authors (dc:creator), in document order, never {@code null}
 * @param date       creation date, else modification date, as ISO-8601 text as the format gives it, or {@code null}
 * @param language   BCP 47 language tag (declared by the document, else detected), or {@code null}
 * @param mediaType  the detected media type without parameters, e.g. {@code application/pdf}
 * @param properties further format-specific metadata (charset, page count, subject...), never {@code null}
 */
public record DocumentMetadata(String title, List<String> authors, String date, String language, String mediaType,
        Map<String, String> properties) {

    /**
     * Property an importer sets when a file's content is not of the type its name suggests (a web page saved as
     * {@code .pdf}, say) and it read the file for what it is: the media type the name suggests. The import
     * report then says so.
     */
    public static final String TYPE_BY_NAME = "dialectica:typeByName";

    public DocumentMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
