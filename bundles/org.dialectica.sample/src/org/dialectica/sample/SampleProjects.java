package org.dialectica.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The sample project shipped in this bundle ({@code project/}): copies it out so that it can be opened,
 * edited and discarded without touching the original. Used by {@code dialectica sample <dir>} and by the
 * workbench on its first start.
 */
@Component(service = SampleProjects.class)
public class SampleProjects {

    /** The folder of this bundle that holds the sample project. */
    public static final String PROJECT_ENTRY = "project";

    /** The project's {@code .gitignore}: restored by {@link #copyTo} because jar packaging drops dot-files. */
    static final String GITIGNORE = ".gitignore";

    static final String GITIGNORE_CONTENT = ".dialectica/\n";

    private final Bundle bundle;

    @Activate
    public SampleProjects(BundleContext context) {
        this(context.getBundle());
    }

    /** For use without DS: {@code bundle} must be (a build of) {@code org.dialectica.sample}. */
    public SampleProjects(Bundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /**
     * Writes a copy of the sample project into {@code directory}, which is created when missing.
     *
     * @return the files written, relative to {@code directory}, in a stable order
     * @throws DirectoryNotEmptyException when {@code directory} exists and is not empty: nothing is overwritten
     * @throws IOException when the bundle holds no sample project, or writing fails
     */
    public List<Path> copyTo(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> children = Files.list(directory)) {
                if (children.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(directory.toString());
                }
            }
        }
        List<String> entries = projectEntries();
        if (entries.isEmpty()) {
            throw new IOException("Bundle " + bundle.getSymbolicName() + " holds no sample project in " + PROJECT_ENTRY + "/");
        }
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (String entry : entries) {
            Path relative = Path.of(entry.substring(PROJECT_ENTRY.length() + 1));
            Path target = directory.resolve(relative);
            Files.createDirectories(target.getParent());
            try (InputStream in = bundle.getEntry(entry).openStream()) {
                Files.copy(in, target);
            }
            written.add(relative);
        }
        Path gitignore = Path.of(GITIGNORE);
        if (!written.contains(gitignore)) {
            Files.writeString(directory.resolve(gitignore), GITIGNORE_CONTENT);
            written.add(gitignore);
        }
        Collections.sort(written);
        return written;
    }

    /** The file entries below {@code project/}, as bundle paths without a leading slash, sorted. */
    private List<String> projectEntries() {
        List<String> paths = new ArrayList<>();
        Enumeration<URL> urls = bundle.findEntries(PROJECT_ENTRY, "*", true);
        if (urls == null) {
            return paths;
        }
        String root = "/" + PROJECT_ENTRY + "/";
        while (urls.hasMoreElements()) {
            String path = urls.nextElement().getPath();
            int at = path.indexOf(root);
            if (at >= 0 && !path.endsWith("/")) {
                paths.add(path.substring(at + 1));
            }
        }
        Collections.sort(paths);
        return paths;
    }
}
