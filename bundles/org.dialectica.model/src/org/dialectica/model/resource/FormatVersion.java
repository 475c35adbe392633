package org.dialectica.model.resource;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialectica.model.DialecticaPackage;

/**
 * The version of the Dialectica file format. It is carried by the package namespace URI
 * ({@code http://dialectica.org/model/<major>.<minor>}), so every saved file states it on its root
 * element and a reader can refuse a file it cannot understand before misreading it.
 *
 * <p>Rules: a minor version adds only optional features, which older readers cannot see but need
 * not understand; a major version changes meaning. A reader accepts files of its own major version
 * up to its own minor version; older ones are migrated on load, newer ones are refused with
 * {@link UnsupportedFormatException}.
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    /** The namespace URI of every format version, without the version. */
    public static final String NS_URI_PREFIX = "http://dialectica.org/model/";

    /** The version this code reads and writes, taken from the model's namespace URI, the one source of truth. */
    public static final String CURRENT = DialecticaPackage.eNS_URI.substring(NS_URI_PREFIX.length());

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public FormatVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("negative format version " + major + "." + minor);
        }
    }

    /** The version this code reads and writes, as a value. */
    public static FormatVersion current() {
        return parse(CURRENT).orElseThrow();
    }

    /** Parses {@code "<major>.<minor>"}. */
    public static Optional<FormatVersion> parse(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FormatVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** The version in a Dialectica namespace URI; empty when {@code nsUri} is not one. */
    public static Optional<FormatVersion> ofNsUri(String nsUri) {
        if (nsUri == null || !nsUri.startsWith(NS_URI_PREFIX)) {
            return Optional.empty();
        }
        return parse(nsUri.substring(NS_URI_PREFIX.length()));
    }

    /** The namespace URI of this version. */
    public String nsUri() {
        return NS_URI_PREFIX + this;
    }

    /** Whether a reader of the {@link #current() current} version can read files of this version. */
    public boolean isReadable() {
        FormatVersion current = current();
        return major == current.major && minor <= current.minor;
    }

    /** Whether files of this version were written by a newer Dialectica than this one. */
    public boolean isNewerThanCurrent() {
        return compareTo(current()) > 0;
    }

    @Override
    public int compareTo(FormatVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
