package org.dialectica.importer;

import java.time.Duration;
import java.util.Objects;

/**
 * Hard limits that keep one hostile or unusual file from taking the workbench down. Immutable; derive
 * variants with the {@code with...} methods.
 *
 * @param maxFileSize          largest file accepted, in bytes, checked before parsing
 * @param maxChars             most characters of text extracted before giving up ({@code TOO_MUCH_TEXT})
 * @param parseTimeout         longest time one parse may take before it is stopped ({@code TIMEOUT})
 * @param maxCompressionRatio  largest ratio of output characters to input bytes in compressed
 *                             containers before the file is treated as a zip bomb
 * @param maxPackageDepth      deepest nesting of packages in packages (zip in zip...) that is parsed
 * @param workerMaxHeapMb      heap of the separate parser process, in MiB, where an importer uses one
 */
public record ImportLimits(long maxFileSize, long maxChars, Duration parseTimeout, long maxCompressionRatio,
        int maxPackageDepth, int workerMaxHeapMb) {

    /** 200 MiB: larger than any book-length PDF with images, small enough to stop accidents. */
    public static final long DEFAULT_MAX_FILE_SIZE = 200L * 1024 * 1024;
    /** 20 million characters, about 40 long novels: more is almost certainly not one source. */
    public static final long DEFAULT_MAX_CHARS = 20_000_000L;
    /** Two minutes: large PDFs parse in seconds; a parse that runs longer is stuck. */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofMinutes(2);
    /** Tika's own default for zip-bomb detection. */
    public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;
    /** Tika's own default nesting limit for packages. */
    public static final int DEFAULT_MAX_PACKAGE_DEPTH = 10;
    public static final int DEFAULT_WORKER_MAX_HEAP_MB = 1024;

    private static final ImportLimits DEFAULTS = new ImportLimits(DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_CHARS,
            DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_PACKAGE_DEPTH, DEFAULT_WORKER_MAX_HEAP_MB);

    public ImportLimits {
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (maxFileSize <= 0 || maxChars <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()
                || maxCompressionRatio <= 0 || maxPackageDepth <= 0 || workerMaxHeapMb < 16) {
            throw new IllegalArgumentException("limits must be positive (worker heap at least 16 MiB)");
        }
        if (maxChars > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxChars must fit a Java string");
        }
    }

    public static ImportLimits defaults() {
        return DEFAULTS;
    }

    public ImportLimits withMaxFileSize(long bytes) {
        return new ImportLimits(bytes, maxChars, parseTimeout, maxCompressionRatio, maxPackageDepth, workerMaxHeapMb);
    }

    public ImportLimits withMaxChars(long chars) {
        return new ImportLimits(maxFileSize, chars, parseTimeout, maxCompressionRatio, maxPackageDepth, workerMaxHeapMb);
    }

    public ImportLimits withParseTimeout(Duration timeout) {
        return new ImportLimits(maxFileSize, maxChars, timeout, maxCompressionRatio, maxPackageDepth, workerMaxHeapMb);
    }

    public ImportLimits withMaxCompressionRatio(long ratio) {
        return new ImportLimits(maxFileSize, maxChars, parseTimeout, ratio, maxPackageDepth, workerMaxHeapMb);
    }

    public ImportLimits withMaxPackageDepth(int depth) {
        return new ImportLimits(maxFileSize, maxChars, parseTimeout, maxCompressionRatio, depth, workerMaxHeapMb);
    }

    public ImportLimits withWorkerMaxHeapMb(int mb) {
        return new ImportLimits(maxFileSize, maxChars, parseTimeout, maxCompressionRatio, maxPackageDepth, mb);
    }
}
