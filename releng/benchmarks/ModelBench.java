import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Measures saving and loading a Dialectica model as XMI and as EMF binary, on a plain class path
 * (EMF jars + the model bundle's classes), and writes the "Model persistence" section of
 * docs/benchmarks.md. Run through model-bench.sh.
 *
 * An "element" is any model object: per claim the generator makes the claim, one anchor, and about
 * every third claim an inference or a conflict.
 */
public class ModelBench {

    private static final String BEGIN = "<!-- BEGIN model-persistence (releng/benchmarks/model-bench.sh) -->";
    private static final String END = "<!-- END model-persistence -->";
    private static final int RUNS = 3;
    private static final int WARM_LOADS = 6;

    record Row(int elements, String format, long bytes, double saveSeconds, double coldLoadSeconds,
            double warmLoadSeconds) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--load-once")) {
            // The child JVM of coldLoad(): one load, as when the product opens a project.
            System.out.println(load(Path.of(args[1])));
            return;
        }
        Path docs = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path work = Files.createTempDirectory("model-bench");
        List<Row> rows = new ArrayList<>();
        for (int elements : new int[] {100_000, 1_000_000}) {
            for (String extension : new String[] {"xmi", "dialecticabin"}) {
                rows.add(measure(work, elements, extension));
                System.out.println(rows.getLast());
            }
        }
        writeSection(docs, rows);
    }

    static Project generate(int elements) {
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(() -> "bench", Clock.systemUTC());
        Project project = factory.createProject();
        project.setName("Benchmark");
        Source source = factory.createSource();
        source.setTitle("A long text");
        source.setSha256("0".repeat(64));
        project.getSources().add(source);
        int made = 2;
        List<Claim> claims = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        while (made < elements) {
            Claim claim = factory.createClaim();
            claim.setText("Claim number " + made + ": a sentence of ordinary length quoted from the source text.");
            TextAnchor anchor = factory.createTextAnchor();
            anchor.setSource(source);
            anchor.setStart(made * 10);
            anchor.setEnd(made * 10 + 40);
            anchor.setExact("a sentence of ordinary length quoted ...");
            anchor.setPrefix("some context before ");
            anchor.setSuffix(" and some context after");
            claim.getAnchors().add(anchor);
            nodes.add(claim);
            claims.add(claim);
            made += 2;
            if (claims.size() % 3 == 0 && claims.size() >= 3) {
                Claim a = claims.get(claims.size() - 3);
                Claim b = claims.get(claims.size() - 2);
                if (claims.size() % 6 == 0) {
                    Inference inference = factory.createInference();
                    inference.getPremises().add(a);
                    inference.setConclusion(b);
                    nodes.add(inference);
                } else {
                    Conflict conflict = factory.createConflict();
                    conflict.setAttacker(a);
                    conflict.setTarget(b);
                    conflict.setKind(ConflictKind.REBUT);
                    nodes.add(conflict);
                }
                made++;
            }
        }
        // add() checks uniqueness, O(n) per element; the loader uses addUnique too.
        ((InternalEList<Node>) project.getNodes()).addAllUnique(nodes);
        return project;
    }

    static Row measure(Path work, int elements, String extension) throws IOException, InterruptedException {
        Path file = work.resolve("model-" + elements + "." + extension);
        double bestSave = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            Resource resource = DialecticaResources.configure(new ResourceSetImpl())
                    .createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(generate(elements));
            long start = System.nanoTime();
            resource.save(null);
            bestSave = Math.min(bestSave, (System.nanoTime() - start) / 1e9);
            resource.unload();
        }
        double cold = coldLoad(file);
        double bestLoad = Double.MAX_VALUE;
        for (int run = 0; run < WARM_LOADS; run++) {
            bestLoad = Math.min(bestLoad, load(file));
        }
        return new Row(elements, extension.equals("xmi") ? "XMI" : "EMF binary", Files.size(file), bestSave, cold,
                bestLoad);
    }

    /** Seconds to load {@code file} once. */
    static double load(Path file) throws IOException {
        Resource loaded = DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createFileURI(file.toString()));
        // DialecticaXmiResource indexes ids itself; the binary resource needs it set (else every
        // reference is resolved by a full walk, which is quadratic).
        ((ResourceImpl) loaded).setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
        long start = System.nanoTime();
        loaded.load(null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (((Project) loaded.getContents().get(0)).getNodes().isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
        loaded.unload();
        return seconds;
    }

    /**
     * Seconds for the first load in a fresh JVM, as when the workbench or the CLI opens a project:
     * the JIT has not compiled the parser and EMF's loader yet.
     */
    static double coldLoad(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String source = "releng/benchmarks/ModelBench.java"; // model-bench.sh runs from the repository root
        Process child = new ProcessBuilder(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"), source,
                "--load-once", file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes()).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("cold load failed: " + out);
        }
        return Double.parseDouble(out.lines().reduce((first, last) -> last).orElseThrow());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    static void writeSection(Path docs, List<Row> rows) throws IOException {
        StringBuilder section = new StringBuilder(BEGIN).append("\n## Model persistence\n\n");
        section.append("Save and load of a whole model with `DialecticaXmiResource` (deterministic XMI) and EMF's ")
                .append("`BinaryResourceImpl`, ")
                .append(Runtime.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs. Elements = all model objects (claims, anchors, inferences, conflicts). ")
                .append("Goal: <= 0.5 s for 100k elements.\n\n")
                .append("Save: best of ").append(RUNS).append(" in one JVM. Load, first in a fresh JVM: one load in a new ")
                .append("process, as when the workbench or `dialectica` opens a project (the JIT has compiled nothing yet). ")
                .append("Load, warm: best of ").append(WARM_LOADS).append(" further loads in the benchmark's JVM, ")
                .append("as when a project is reopened or reloaded after a pull in a running workbench.\n\n");
        section.append("| elements | format | file size | save (s) | load, first in a fresh JVM (s) | load, warm (s) |\n")
                .append("|---:|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            section.append(String.format(Locale.ROOT, "| %,d | %s | %.1f MB | %.2f | %.2f | %.2f |%n", row.elements(),
                    row.format(), row.bytes() / 1e6, row.saveSeconds(), row.coldLoadSeconds(), row.warmLoadSeconds()));
        }
        section.append("\nLoad average at the end of the run: ").append(loadAverage())
                .append(" (the machine may have been shared with other work).\n");
        section.append("""

                Format: the project is stored as XMI only. Warm, XMI loads and saves faster than EMF binary;
                binary wins only the first load in a fresh JVM, where most of the time is the JIT compiling the
                parser and EMF's loader rather than reading the file. A binary cache beside the XMI would save
                that difference once per start, at the price of a second copy of the model that must never
                disagree with the first, so it is not built. XMI stays the one form on disk, the form git merges.
                Instants are read by a direct scan (`Instants.parse`), not `Instant.parse`, which took about a
                twentieth of the load time.
                """);
        section.append("\nReproduce: `releng/benchmarks/model-bench.sh` (needs a built model bundle).\n").append(END);
        String old = Files.exists(docs) ? Files.readString(docs) : "# Benchmarks\n\nEach section is written by its own script; they replace only their section.\n";
        int from = old.indexOf(BEGIN);
        int to = old.indexOf(END);
        String updated = from >= 0 && to > from ? old.substring(0, from) + section + old.substring(to + END.length())
                : old.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(docs.toAbsolutePath().getParent());
        Files.writeString(docs, updated);
    }
}
