import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.ui.map.MapGraph;
import org.dialectica.ui.map.MapGraphBuilder;
import org.dialectica.ui.map.MapLayouter;
import org.dialectica.ui.map.TextMeasurer;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Argument-map layout benchmark: Dialectica's map (model -> MapGraph -> ELK layered, orthogonal routing) for
 * 100, 1,000 and 5,000 nodes, against raw ELK laying out a graph of the same size and edges with its default
 * options, in the same run. Writes the "Map layout" section of docs/benchmarks.md.
 */
public class MapBench {

    private static final DialecticaFactoryWithIds FACTORY = new DialecticaFactoryWithIds("bench");

    public static void main(String[] args) throws IOException {
        Path doc = Path.of(args[0]);
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        MapGraphBuilder builder = new MapGraphBuilder(TextMeasurer.approximate(7, 15));
        MapLayouter layouter = new MapLayouter();
        StringBuilder table = new StringBuilder();
        table.append("| nodes | edges | build map (ms) | Dialectica layout (ms) | raw ELK, defaults (ms) | ratio |\n");
        table.append("|---:|---:|---:|---:|---:|---:|\n");
        for (int targetNodes : new int[] { 100, 1_000, 5_000 }) {
            Project project = generate(targetNodes / 4, new Random(targetNodes));
            long bestBuild = Long.MAX_VALUE;
            long bestLayout = Long.MAX_VALUE;
            long bestRaw = Long.MAX_VALUE;
            MapGraph graph = null;
            int runs = targetNodes >= 5_000 ? 3 : 7;
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                graph = builder.build(project);
                long t1 = System.nanoTime();
                layouter.layout(graph);
                long t2 = System.nanoTime();
                long raw = rawElk(graph);
                if (run > 0 || runs == 1) { // the first run warms the JIT up
                    bestBuild = Math.min(bestBuild, t1 - t0);
                    bestLayout = Math.min(bestLayout, t2 - t1);
                    bestRaw = Math.min(bestRaw, raw);
                }
            }
            table.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.1f | %.2fx |%n", graph.nodes().size(),
                    graph.edges().size(), bestBuild / 1e6, bestLayout / 1e6, bestRaw / 1e6,
                    (double) bestLayout / bestRaw));
            System.out.print(table);
        }
        String section = "## Map layout\n\n"
                + "`releng/benchmarks/map-bench.sh`: a generated argument model (issues, positions, arguments with one or two "
                + "premises, rebuttals, underminings and undercuts) is turned into the map and laid out by ELK layered with "
                + "Dialectica's options (bottom-up, orthogonal edge routing, spacing). The baseline is raw ELK laying out a "
                + "graph with the same node sizes and edges with its default options, in the same run. Best of several runs "
                + "after a warm-up, one JVM, " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + String.format(Locale.ROOT, ", system load average %.1f during the run",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " (other work on the machine inflates the figures). Goal: at most 300 ms for 1,000 nodes.\n\n" + table + "\n";
        String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n\n";
        Pattern existing = Pattern.compile("^## Map layout\\n.*?(?=^## |\\z)", Pattern.DOTALL | Pattern.MULTILINE);
        text = existing.matcher(text).find() ? existing.matcher(text).replaceFirst(java.util.regex.Matcher.quoteReplacement(section))
                : text.stripTrailing() + "\n\n" + section;
        Files.writeString(doc, text);
    }

    /** The same graph, laid out by ELK layered with nothing but its defaults. */
    private static long rawElk(MapGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        Map<MapGraph.MapNode, ElkNode> nodes = new HashMap<>();
        for (MapGraph.MapNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setDimensions(node.width(), node.height());
            nodes.put(node, elk);
        }
        for (MapGraph.MapEdge edge : graph.edges()) {
            ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target()));
        }
        long start = System.nanoTime();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return System.nanoTime() - start;
    }

    private static Project generate(int positions, Random random) {
        Project project = FACTORY.createProject();
        List<Inference> inferences = new ArrayList<>();
        Issue issue = null;
        for (int p = 0; p < positions; p++) {
            if (p % 10 == 0) {
                issue = FACTORY.createIssue();
                issue.setText("Issue " + p / 10 + ": is a joint operation against the Islamic State possible?");
                project.getIssues().add(issue);
            }
            Claim position = claim(project, "Position " + p + ": cooperation would " + (p % 2 == 0 ? "" : "not ")
                    + "serve both governments' interests in Syria");
            issue.getPositions().add(position);
            Inference inference = FACTORY.createInference();
            inference.setConclusion(position);
            inference.getPremises().add(claim(project, "Premise A of " + p + ": officials said so in January"));
            if (random.nextBoolean()) {
                inference.getPremises().add(claim(project, "Premise B of " + p + ": a precedent from 2016"));
            }
            project.getNodes().add(inference);
            inferences.add(inference);
        }
        for (int o = 0; o < positions / 2; o++) {
            Claim objection = claim(project, "Objection " + o + ": intelligence sharing would reveal methods");
            Conflict conflict = FACTORY.createConflict();
            conflict.setAttacker(objection);
            Inference target = inferences.get(random.nextInt(inferences.size()));
            switch (o % 3) {
                case 0 -> { conflict.setKind(ConflictKind.REBUT); conflict.setTarget(target.getConclusion()); }
                case 1 -> { conflict.setKind(ConflictKind.UNDERMINE); conflict.setTarget(target.getPremises().get(0)); }
                default -> { conflict.setKind(ConflictKind.UNDERCUT); conflict.setTarget(target); }
            }
            project.getNodes().add(conflict);
        }
        return project;
    }

    private static Claim claim(Project project, String text) {
        Claim claim = FACTORY.createClaim();
        claim.setText(text);
        project.getNodes().add(claim);
        return claim;
    }
}
