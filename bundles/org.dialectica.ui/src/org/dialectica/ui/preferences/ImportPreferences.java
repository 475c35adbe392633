package org.dialectica.ui.preferences;

import java.time.Duration;

import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImportOptions;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The import limits users may change, stored as instance-scope preferences of the UI bundle and turned into
 * the {@link ImportOptions} every workbench import runs with. Limits not offered here keep their defaults.
 */
public final class ImportPreferences {

    public static final String NODE = "org.dialectica.ui";
    public static final String MAX_FILE_SIZE_MIB = "import.maxFileSizeMiB";
    public static final String MAX_CHARS = "import.maxChars";
    public static final String PARSE_TIMEOUT_SECONDS = "import.parseTimeoutSeconds";

    public static final int DEFAULT_MAX_FILE_SIZE_MIB = (int) (ImportLimits.DEFAULT_MAX_FILE_SIZE / (1024 * 1024));
    public static final int DEFAULT_MAX_CHARS = (int) ImportLimits.DEFAULT_MAX_CHARS;
    public static final int DEFAULT_PARSE_TIMEOUT_SECONDS = (int) ImportLimits.DEFAULT_PARSE_TIMEOUT.toSeconds();

    private final IEclipsePreferences node;

    public ImportPreferences(IEclipsePreferences node) {
        this.node = node;
    }

    /** The instance-scope (workspace) preferences. */
    public static ImportPreferences instance() {
        return new ImportPreferences(InstanceScope.INSTANCE.getNode(NODE));
    }

    public int maxFileSizeMiB() {
        return positive(MAX_FILE_SIZE_MIB, DEFAULT_MAX_FILE_SIZE_MIB);
    }

    public int maxChars() {
        return positive(MAX_CHARS, DEFAULT_MAX_CHARS);
    }

    public int parseTimeoutSeconds() {
        return positive(PARSE_TIMEOUT_SECONDS, DEFAULT_PARSE_TIMEOUT_SECONDS);
    }

    /** Stores the three limits; values below 1 are refused by the dialog before they get here. */
    public void store(int maxFileSizeMiB, int maxChars, int parseTimeoutSeconds) throws BackingStoreException {
        put(MAX_FILE_SIZE_MIB, maxFileSizeMiB, DEFAULT_MAX_FILE_SIZE_MIB);
        put(MAX_CHARS, maxChars, DEFAULT_MAX_CHARS);
        put(PARSE_TIMEOUT_SECONDS, parseTimeoutSeconds, DEFAULT_PARSE_TIMEOUT_SECONDS);
        node.flush();
    }

    /** Back to the defaults. */
    public void reset() throws BackingStoreException {
        node.remove(MAX_FILE_SIZE_MIB);
        node.remove(MAX_CHARS);
        node.remove(PARSE_TIMEOUT_SECONDS);
        node.flush();
    }

    public ImportLimits limits() {
        return ImportLimits.defaults()
                .withMaxFileSize((long) maxFileSizeMiB() * 1024 * 1024)
                .withMaxChars(maxChars())
                .withParseTimeout(Duration.ofSeconds(parseTimeoutSeconds()));
    }

    /** What the workbench imports with: every non-hidden file of a folder, recursively, within these limits. */
    public ImportOptions options() {
        return ImportOptions.defaults().withLimits(limits());
    }

    private int positive(String key, int fallback) {
        int value = node.getInt(key, fallback);
        return value > 0 ? value : fallback; // a hand-edited 0 or negative value must not disable imports
    }

    /** Defaults are not written, so a later change of a default reaches users who never touched it. */
    private void put(String key, int value, int fallback) {
        if (value == fallback) {
            node.remove(key);
        } else {
            node.putInt(key, value);
        }
    }
}
