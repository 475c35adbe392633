package org.dialectica.importer;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.dialectica.core.plugins.Contributions;

/**
 * What {@link ImporterRegistry} knows about one importer before (and without) creating it: its id,
 * priority and the media types and extensions it declares. The importer itself is created on first use.
 */
public final class ImporterDescriptor {

    /** How well a descriptor matches a file, best last. */
    enum Match {
        NONE, ANY, FAMILY, EXACT
    }

    private final String id;
    private final String name;
    private final int priority;
    private final Set<String> mediaTypes;
    private final Set<String> fileExtensions;
    private final Supplier<SourceImporter> factory;
    private final String contributor;
    private volatile SourceImporter instance;

    public ImporterDescriptor(String id, String name, int priority, Set<String> mediaTypes, Set<String> fileExtensions,
            Supplier<SourceImporter> factory) {
        this(id, name, priority, mediaTypes, fileExtensions, factory, null);
    }

    /** @param contributor the bundle that contributes the importer, for messages; {@code null} if unknown */
    public ImporterDescriptor(String id, String name, int priority, Set<String> mediaTypes, Set<String> fileExtensions,
            Supplier<SourceImporter> factory, String contributor) {
        this.contributor = contributor == null ? "an unknown bundle" : contributor;
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.priority = priority;
        this.mediaTypes = lowerCase(mediaTypes);
        this.fileExtensions = lowerCase(fileExtensions).stream().map(e -> e.startsWith(".") ? e.substring(1) : e)
                .collect(Collectors.toUnmodifiableSet());
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Describes an existing importer by what it says it accepts. */
    public static ImporterDescriptor of(String id, int priority, SourceImporter importer) {
        return of(id, priority, importer, Contributions.bundleOf(importer));
    }

    static ImporterDescriptor of(String id, int priority, SourceImporter importer, String contributor) {
        ImporterDescriptor d = new ImporterDescriptor(id, id, priority, importer.mediaTypes(), importer.fileExtensions(),
                () -> importer, contributor);
        d.instance = importer;
        return d;
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values == null ? Set.of()
                : values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The contributing bundle, "symbolic-name version", for messages. */
    public String contributor() {
        return contributor;
    }

    public int priority() {
        return priority;
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    public Set<String> fileExtensions() {
        return fileExtensions;
    }

    /** The importer, created on first call. */
    public SourceImporter importer() {
        SourceImporter result = instance;
        if (result == null) {
            synchronized (this) {
                result = instance;
                if (result == null) {
                    result = Objects.requireNonNull(factory.get(), () -> "importer " + id + " created nothing");
                    instance = result;
                }
            }
        }
        return result;
    }

    boolean isCreated() {
        return instance != null;
    }

    /** The importer if {@link #importer()} has created it, else {@code null}; never runs a plugin's code. */
    public SourceImporter importerIfCreated() {
        return instance;
    }

    Match match(String mediaType, String extension) {
        if (mediaType != null) {
            String base = baseType(mediaType);
            if (mediaTypes.contains(base)) {
                return Match.EXACT;
            }
        }
        if (!extension.isEmpty() && fileExtensions.contains(extension)) {
            return Match.EXACT;
        }
        if (mediaType != null) {
            String base = baseType(mediaType);
            int slash = base.indexOf('/');
            if (slash > 0 && mediaTypes.contains(base.substring(0, slash) + "/*")) {
                return Match.FAMILY;
            }
        }
        return mediaTypes.contains("*/*") ? Match.ANY : Match.NONE;
    }

    static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id + " (priority " + priority + ")";
    }
}
