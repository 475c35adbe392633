package org.dialectica.importer.tika.fork;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a parse worker process runs: the {@link Extraction} class it instantiates, the classes shipped to it
 * (copied with their nested classes into the worker's class path), and the libraries it needs, named by one
 * class each: the jar files of that class's OSGi bundle (its Bundle-ClassPath) go on the worker's class path.
 *
 * @param extraction the extraction the worker runs; it is shipped too
 * @param classes    further classes to ship, e.g. the extraction's helpers and the importer API
 * @param libraries  one class from each library bundle the worker needs
 */
public record WorkerSpec(Class<? extends Extraction> extraction, List<Class<?>> classes, List<Class<?>> libraries) {

    public WorkerSpec {
        Objects.requireNonNull(extraction, "extraction");
        classes = List.copyOf(classes);
        libraries = List.copyOf(libraries);
    }

    /** The same worker running another extraction, with its extra classes (tests use this). */
    public WorkerSpec withExtraction(Class<? extends Extraction> other, Class<?>... extraClasses) {
        List<Class<?>> all = new ArrayList<>(classes);
        all.add(extraction);
        all.addAll(List.of(extraClasses));
        return new WorkerSpec(other, all, libraries);
    }

    /** Every class to ship: the worker itself, the extraction and the listed classes. */
    List<Class<?>> shippedClasses() {
        List<Class<?>> all = new ArrayList<>(List.of(ParseWorker.class, WorkerProtocol.class, Extraction.class,
                extraction));
        all.addAll(classes);
        return all;
    }
}
