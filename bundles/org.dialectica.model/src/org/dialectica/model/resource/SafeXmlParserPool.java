package org.dialectica.model.resource;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;

/**
 * A pool of SAX parsers that cannot be turned against the machine that opens a project.
 *
 * <p>A project is a folder people exchange (git, mail, archives), so {@code dialectica.xmi} is
 * untrusted input. Dialectica never writes a DOCTYPE, so any DOCTYPE is refused outright; that
 * alone stops external entities (XXE: reading local files, fetching URLs) and entity expansion
 * ("billion laughs"). The other settings are defence in depth should a parser ignore the first.
 *
 * <p>The parser comes from {@link SAXParserFactory#newDefaultInstance()}, the JDK's own parser,
 * never from service lookup: inside OSGi another parser (e.g. Xerces, which Tika brings) could be
 * found first, with different feature support.
 */
public class SafeXmlParserPool extends XMLParserPoolImpl {

    /** Refuses any document with a DOCTYPE declaration (Xerces and the JDK's parser both know it). */
    public static final String DISALLOW_DOCTYPE_DECL = "http://apache.org/xml/features/disallow-doctype-decl";
    public static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    public static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    public static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    /** The features, as {@code XMLResource.OPTION_PARSER_FEATURES} wants them. */
    public static final Map<String, Boolean> HARDENING_FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE,
            DISALLOW_DOCTYPE_DECL, Boolean.TRUE,
            EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE,
            EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE,
            LOAD_EXTERNAL_DTD, Boolean.FALSE);

    /** One pool serves all resources: parsers are reused per feature set, and the pool is thread-safe. */
    public static final SafeXmlParserPool INSTANCE = new SafeXmlParserPool();

    public SafeXmlParserPool() {
        super(true);
    }

    @Override
    protected SAXParser makeParser(Map<String, Boolean> features, Map<String, ?> properties)
            throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        for (Map.Entry<String, Boolean> feature : HARDENING_FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        SAXParser parser = factory.newSAXParser();
        if (features != null) {
            for (Map.Entry<String, Boolean> feature : features.entrySet()) {
                // Callers may add features, never weaken these.
                if (!HARDENING_FEATURES.containsKey(feature.getKey())) {
                    parser.getXMLReader().setFeature(feature.getKey(), feature.getValue());
                }
            }
        }
        if (properties != null) {
            for (Map.Entry<String, ?> property : properties.entrySet()) {
                parser.getXMLReader().setProperty(property.getKey(), property.getValue());
            }
        }
        // No DTD is allowed, so nothing is ever to be fetched; refuse it anyway should that change.
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }
}
