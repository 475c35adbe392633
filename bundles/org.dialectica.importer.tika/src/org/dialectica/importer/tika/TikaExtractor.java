package org.dialectica.importer.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.tika.fork.Extraction;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses one file with Tika in the current JVM. It enforces every limit except the timeout, which needs
 * a separate process ({@link org.dialectica.importer.tika.fork.ForkedExtractor}); this class is what runs
 * inside that process.
 */
public final class TikaExtractor implements Extraction {

    /** Embedded documents (images, attachments, OLE objects) are not the source's text: skip them. */
    private static final EmbeddedDocumentExtractor SKIP_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    };

    private final TikaConfig config;
    private final LanguageGuesser languages = new LanguageGuesser();

    /**
     * Read by Tika's {@link TXTParser} (charset detection, then the text as it is). Tika's default for them,
     * TextAndCSVParser, first tries whether the text is a CSV table: on prose that took fifteen times as long as
     * reading it, and a text with many commas on each line would come out as table cells. CSV and TSV files
     * ({@code text/csv}, by name) still go to TextAndCSVParser.
     */
    static final Set<MediaType> READ_AS_PLAIN_TEXT = Set.of(MediaType.TEXT_PLAIN, MediaType.text("x-web-markdown"));

    private final Parser plainText = new TXTParser();
    private volatile Set<MediaType> supportedTypes;

    public TikaExtractor() {
        try {
            // The library bundle's loader sees every embedded parser module (a bundle's own loader would not).
            config = new TikaConfig(TikaConfig.class.getClassLoader());
        } catch (TikaException | IOException e) {
            throw new IllegalStateException("Tika cannot be configured", e);
        }
    }

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        return extractInSteps(file, limits).finish();
    }

    /** Parses now; what is left is the language detection and the document's assembly. */
    @Override
    public Rest extractInSteps(Path file, ImportLimits limits) throws ImportException {
        String name = ImportChecks.displayName(file);
        ImportChecks.checkFile(file, limits);
        AutoDetectParser parser = new AutoDetectParser(config);
        // Zip-bomb limits: AutoDetectParser wraps the handler in a SecureContentHandler configured from here.
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, null, limits.maxCompressionRatio(), null,
                limits.maxPackageDepth()));
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
        // No OCR engine is embedded; without this, a PDF page without text makes the PDF parser fail.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);

        PassageContentHandler passages = new PassageContentHandler();
        int maxChars = (int) limits.maxChars();
        ContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(passages, maxChars, true, context));
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            MediaType detected = checkSupported(parser, in, metadata, name, context);
            // Detected once: the parse must not sniff the content again (it was about a tenth of the importer's time).
            parser.setDetector((stream, ignored) -> detected);
            if (READ_AS_PLAIN_TEXT.contains(detected.getBaseType())) {
                metadata.set(Metadata.CONTENT_TYPE, detected.toString()); // as AutoDetectParser does; TXTParser keeps it
                plainText.parse(in, handler, metadata, context);
            } else {
                parser.parse(in, handler, metadata, context);
            }
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw translate(e, file, name, metadata, limits);
        }

        PassageTextBuilder builder = passages.builder();
        if (builder.length() > maxChars) {
            throw tooMuchText(name, limits);
        }
        String text = builder.text();
        if (text.isEmpty()) {
            String hint = "application/pdf".equals(TikaMetadataMapper.mediaType(metadata))
                    ? " (a scanned PDF needs text recognition first)" : "";
            throw new ImportException(Reason.EMPTY, name, "the file contains no text" + hint);
        }
        return () -> builder.build(TikaMetadataMapper.map(metadata, languages.guess(text)));
    }

    /**
     * Refuses a file no parser reads. AutoDetectParser would silently return no text; a clear message is
     * better. A file whose content is unreadable but whose name promises a readable format is corrupt.
     */
    private MediaType checkSupported(AutoDetectParser parser, TikaInputStream in, Metadata metadata, String name,
            ParseContext context) throws IOException, ImportException {
        MediaType detected = parser.getDetector().detect(in, metadata);
        MediaType byName = config.getMimeRepository().detect(null, nameOnly(name));
        if (isSupported(parser, detected, context)) {
            if (contradicts(byName, detected) && isSupported(parser, byName, context)) {
                // Read for what it is (text is text, whatever the name), and say so in the report.
                metadata.set(DocumentMetadata.TYPE_BY_NAME, byName.getBaseType().toString());
            }
            return detected;
        }
        if (!MediaType.OCTET_STREAM.equals(byName) && isSupported(parser, byName, context)) {
            throw new ImportException(Reason.CORRUPT, name,
                    "the file is damaged: its name says " + byName + " but its content is " + detected);
        }
        throw new ImportException(Reason.UNSUPPORTED_FORMAT, name,
                "the format " + detected + " cannot be imported");
    }

    /**
     * What the configured parsers read. The same for every file (the context holds no parser), and Tika builds the
     * set anew from every parser on each call, so it is asked once.
     */
    private Set<MediaType> supportedTypes(AutoDetectParser parser, ParseContext context) {
        Set<MediaType> types = supportedTypes;
        if (types == null) {
            types = Set.copyOf(parser.getSupportedTypes(context));
            supportedTypes = types;
        }
        return types;
    }

    private boolean isSupported(AutoDetectParser parser, MediaType type, ParseContext context) {
        MediaTypeRegistry registry = config.getMediaTypeRegistry();
        for (MediaType t = registry.normalize(type.getBaseType()); t != null; t = registry.getSupertype(t)) {
            if (MediaType.OCTET_STREAM.equals(t)) {
                return false;
            }
            if (supportedTypes(parser, context).contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name promises another kind of content than was found: neither type is a kind of the other, and they
     * are not both text or markup (an XHTML page named .html, HTML in a .txt file: nothing a reader needs to hear).
     */
    private boolean contradicts(MediaType byName, MediaType detected) {
        MediaTypeRegistry registry = config.getMediaTypeRegistry();
        MediaType named = registry.normalize(byName.getBaseType());
        MediaType found = registry.normalize(detected.getBaseType());
        return !MediaType.OCTET_STREAM.equals(named) && !named.equals(found) && !(isText(named) && isText(found))
                && !registry.isSpecializationOf(named, found) && !registry.isSpecializationOf(found, named);
    }

    private static boolean isText(MediaType type) {
        return type.getType().equals("text") || type.getSubtype().endsWith("+xml")
                || type.equals(MediaType.APPLICATION_XML);
    }

    private static Metadata nameOnly(String name) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return m;
    }

    private static ImportException translate(Exception e, Path file, String name, Metadata metadata,
            ImportLimits limits) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return tooMuchText(name, limits);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new ImportException(Reason.ENCRYPTED, name,
                        "the file is encrypted or password protected; save an unprotected copy and import that", e);
            }
            if (t instanceof ZeroByteFileException) {
                return new ImportException(Reason.EMPTY, name, "the file is empty", e);
            }
            if (t instanceof TikaMemoryLimitException || isZipBomb(t)) {
                return new ImportException(Reason.TOO_LARGE, name,
                        "the file expands to far more than its size (suspected zip bomb): " + t.getMessage(), e);
            }
        }
        if (e instanceof IOException && !Files.isReadable(file)) {
            return new ImportException(Reason.IO, name, "cannot read the file: " + e.getMessage(), e);
        }
        String type = TikaMetadataMapper.mediaType(metadata);
        return new ImportException(Reason.CORRUPT, name, "the file is damaged or not a valid " + type + " file: "
                + rootMessage(e), e);
    }

    private static boolean isZipBomb(Throwable t) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static ImportException tooMuchText(String name, ImportLimits limits) {
        return new ImportException(Reason.TOO_MUCH_TEXT, name,
                "the text is longer than the limit of " + limits.maxChars() + " characters");
    }
}
