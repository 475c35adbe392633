package org.dialectica.importer.tika.fork;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Builds the class path of a parse worker from inside OSGi, where classes live in bundles rather than on a
 * class path: the shipped classes are copied, byte for byte, from their bundles' class loaders into a
 * folder (this works whether a bundle is a jar, a folder or a workspace project), and each library
 * bundle's embedded jars (its Bundle-ClassPath) are extracted once into a cache keyed by the bundle's
 * name, version and modification time.
 */
final class WorkerClasspath {

    private final Path cacheRoot;

    WorkerClasspath(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The class path entries for {@code spec}; the shipped classes go into a new folder under the cache. */
    List<Path> build(WorkerSpec spec) throws IOException {
        List<Path> entries = new ArrayList<>();
        Files.createDirectories(cacheRoot);
        Path classes = Files.createTempDirectory(cacheRoot, "classes-");
        for (Class<?> c : spec.shippedClasses()) {
            ship(c, classes);
        }
        entries.add(classes);
        Set<Path> libraries = new LinkedHashSet<>();
        for (Class<?> anchor : spec.libraries()) {
            libraries.addAll(libraryJars(anchor));
        }
        entries.addAll(libraries);
        return entries;
    }

    private static void ship(Class<?> c, Path root) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> member : c.getNestMembers()) {
            names.add(member.getName());
        }
        // Synthetic classes javac adds for enum switches ($1, $2...) are not always nest members.
        for (String host : List.copyOf(names)) {
            for (int i = 1; resource(c, host + "$" + i) != null; i++) {
                names.add(host + "$" + i);
            }
        }
        for (String name : names) {
            URL url = resource(c, name);
            if (url == null) {
                throw new IOException("class file of " + name + " not found; cannot ship it to the parse worker");
            }
            Path target = root.resolve(name.replace('.', '/') + ".class");
            Files.createDirectories(target.getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static URL resource(Class<?> c, String className) {
        ClassLoader loader = c.getClassLoader();
        String path = className.replace('.', '/') + ".class";
        return loader == null ? ClassLoader.getSystemResource(path) : loader.getResource(path);
    }

    private List<Path> libraryJars(Class<?> anchor) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            // Outside OSGi (the import benchmark) a library's dependencies lie elsewhere on the class path, which one
            // class cannot tell: the worker gets this JVM's class path.
            return classPath();
        }
        String header = bundle.getHeaders("").get(Constants.BUNDLE_CLASSPATH);
        Path folder = cacheRoot.resolve("lib").resolve(
                bundle.getSymbolicName() + "_" + bundle.getVersion() + "_" + bundle.getLastModified());
        List<Path> jars = new ArrayList<>();
        for (String entry : header == null ? new String[0] : header.split(",")) {
            String path = entry.split(";")[0].trim();
            if (path.isEmpty() || path.equals(".") || path.equals("/")) {
                continue; // the library bundles embed everything in jars; their root holds no classes
            }
            Path jar = folder.resolve(path.replace('/', '_'));
            if (!Files.isRegularFile(jar)) {
                extract(bundle, path, jar);
            }
            jars.add(jar);
        }
        if (jars.isEmpty()) {
            throw new IOException("bundle " + bundle.getSymbolicName() + " has no jars on its Bundle-ClassPath");
        }
        return jars;
    }

    private static void extract(Bundle bundle, String path, Path jar) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            throw new IOException(bundle.getSymbolicName() + " lists " + path + " on its Bundle-ClassPath but lacks it");
        }
        Files.createDirectories(jar.getParent());
        Path temp = Files.createTempFile(jar.getParent(), "extract-", ".tmp");
        try (InputStream in = url.openStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            // Atomic, so that a concurrent or interrupted extraction never leaves a half-written jar in the cache.
            Files.move(temp, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }
}
