package org.dialectica.importer.tika;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.dialectica.importer.DocumentMetadata;

/**
 * Maps Tika's metadata to {@link DocumentMetadata}: dc:title, dc:creator, dcterms:created (else
 * dcterms:modified), dc:language (else the detected language), Content-Type, and a few more properties
 * worth keeping under their Tika names.
 */
final class TikaMetadataMapper {

    /** Metadata kept as properties, under the Tika names. */
    static final List<String> KEPT = List.of("Content-Encoding", "dc:subject", "dc:description", "dc:publisher",
            "dc:identifier", "dcterms:created", "dcterms:modified", "xmpTPg:NPages", "meta:page-count",
            "meta:word-count", "pdf:PDFVersion", "dc:rights", DocumentMetadata.TYPE_BY_NAME);

    private TikaMetadataMapper() {
    }

    static DocumentMetadata map(Metadata metadata, String detectedLanguage) {
        String title = first(metadata, TikaCoreProperties.TITLE.getName(), "title");
        String date = clean(metadata.get(TikaCoreProperties.CREATED));
        if (date == null) {
            date = clean(metadata.get(TikaCoreProperties.MODIFIED));
        }
        String language = clean(metadata.get(TikaCoreProperties.LANGUAGE));
        language = language == null ? detectedLanguage : language.replace('_', '-');
        Map<String, String> properties = new LinkedHashMap<>();
        for (String name : KEPT) {
            String value = clean(String.join("; ", metadata.getValues(name)));
            if (value != null) {
                properties.put(name, value);
            }
        }
        if (detectedLanguage != null) {
            properties.put("dialectica:detectedLanguage", detectedLanguage);
        }
        return new DocumentMetadata(title, authors(metadata), date, language, mediaType(metadata), properties);
    }

    static String mediaType(Metadata metadata) {
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
    }

    /** The first non-blank value among the names: the standard one, then names some parsers use instead. */
    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = clean(metadata.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static List<String> authors(Metadata metadata) {
        Set<String> authors = new LinkedHashSet<>();
        String[] values = metadata.getValues(TikaCoreProperties.CREATOR);
        if (values.length == 0) {
            values = metadata.getValues("author"); // HTML <meta name="author">
        }
        for (String value : values) {
            String author = clean(value);
            if (author != null) {
                authors.add(author);
            }
        }
        return new ArrayList<>(authors);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() || v.toLowerCase(Locale.ROOT).equals("untitled") ? null : v;
    }
}
