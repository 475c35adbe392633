package org.dialectica.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.SAXParseException;

/**
 * A Dialectica model stored as XMI, the way {@code dialectica.xmi} is kept in a project folder.
 *
 * <p>Saving is deterministic, so that a project diffs well under version control: the same model
 * always gives the same bytes (UTF-8, {@code \n} line ends, lines wrapped at a fixed width,
 * contents in model order). Objects are identified by their {@code id} attribute, the model's
 * ID attribute, and references are stored as those ids, so they survive reordering and merges;
 * no separate {@code xmi:id} is written.
 *
 * <p>Loading is hardened: see {@link SafeXmlParserPool}. It refuses DOCTYPEs with
 * {@link UnsafeXmlException} and files of an unknown or newer format with
 * {@link UnsupportedFormatException}, and never fetches a package from a namespace URI.
 */
public class DialecticaXmiResource extends XMIResourceImpl {

    /** Lines longer than this are wrapped between attributes: short lines make small diffs. */
    public static final int LINE_WIDTH = 100;

    /** Shared by all resources: the name-to-feature lookups depend only on the model. */
    private static final Map<Object, Object> NAME_TO_FEATURE_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public DialecticaXmiResource(URI uri) {
        super(uri);
        // Without an id map EMF resolves every #<uuid> reference by walking the whole resource:
        // loading 100k elements took 107 s instead of about 1 s.
        setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    /** The options every save uses; callers may add to them, e.g. {@link Resource#OPTION_SAVE_ONLY_IF_CHANGED}. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, LINE_WIDTH);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        // The package is found by its namespace URI; a schema location would only name a
        // machine-specific path.
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        // A reference to an element outside the project would be lost on the next load: fail the save instead.
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }

    /** The options every load uses. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_PARSER_POOL, SafeXmlParserPool.INSTANCE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SafeXmlParserPool.HARDENING_FEATURES));
        // An unknown namespace must fail, never become a request to that URI.
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        // References are ids and may point forward; resolving them once at the end is faster.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE_CACHE);
        return options;
    }

    /** Ids come from the model's ID attribute, not from an XMI-level map. */
    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.doLoad(inputStream, options);
        } catch (IOException problem) {
            throw explain(problem);
        }
    }

    /** Turns the parser's and EMF's wording into a message a user can act on. */
    private IOException explain(IOException problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parseProblem && mentionsDoctype(parseProblem.getMessage())) {
                // The parser's message is kept out on purpose: it must never carry entity content.
                return new UnsafeXmlException("Refusing to load " + getURI() + ": it contains a DOCTYPE declaration."
                        + " Dialectica files never declare one, and DOCTYPEs are how XML entity attacks"
                        + " (external entities reading local files, entity expansion) are delivered.", parseProblem);
            }
            if (cause instanceof PackageNotFoundException missingPackage) {
                return unsupportedFormat(missingPackage);
            }
        }
        return problem;
    }

    private UnsupportedFormatException unsupportedFormat(PackageNotFoundException missingPackage) {
        String nsUri = missingPackage.uri();
        String message = FormatVersion.ofNsUri(nsUri)
                .map(found -> found.isNewerThanCurrent()
                        ? "Cannot load " + getURI() + ": it was written in format " + found
                                + " by a newer Dialectica; this version reads format " + FormatVersion.CURRENT
                                + " and older. Update Dialectica to open it."
                        : "Cannot load " + getURI() + ": format " + found + " is not supported by this version,"
                                + " which reads format " + FormatVersion.CURRENT + ".")
                .orElseGet(() -> "Cannot load " + getURI() + ": it is not a Dialectica model (namespace " + nsUri + ").");
        return new UnsupportedFormatException(message, nsUri, missingPackage);
    }

    private static boolean mentionsDoctype(String message) {
        return message != null && (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl"));
    }
}
