package org.dialectica.ui.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.Tag;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.ui.map.MapGraph;
import org.dialectica.ui.map.MapGraph.MapEdge;
import org.dialectica.ui.map.MapGraph.MapNode;
import org.dialectica.ui.map.MapGraphBuilder;
import org.dialectica.ui.map.MapLayouter;
import org.dialectica.ui.map.SvgExporter;
import org.dialectica.ui.map.TextMeasurer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The map's content and ELK layout, checked on generated argument graphs without a display. */
class MapLayoutTest {

    private final DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("test");
    private final MapGraphBuilder builder = new MapGraphBuilder(TextMeasurer.approximate(7, 15));
    private final MapLayouter layouter = new MapLayouter();

    @Test
    void everyClaimIssueAndInferenceIsOnTheMapWithItsRelations() {
        Project project = generate(30, new Random(1));
        MapGraph graph = builder.build(project);
        for (Node node : project.getNodes()) {
            if (node instanceof Claim || node instanceof Inference) {
                assertNotNull(graph.nodeOf(node), "on the map: " + node.getId());
            }
        }
        for (Issue issue : project.getIssues()) {
            assertNotNull(graph.nodeOf(issue));
        }
        long conflicts = project.getNodes().stream().filter(Conflict.class::isInstance).count();
        long attackEdges = graph.edges().stream().filter(e -> e.relation().name().startsWith("RE")
                || e.relation() == MapGraph.Relation.UNDERMINE || e.relation() == MapGraph.Relation.UNDERCUT).count();
        assertEquals(conflicts, attackEdges, "one edge per conflict");
    }

    @Test
    void twoHundredNodesDoNotOverlapAndEdgesAreRoutedOrthogonally() {
        MapGraph graph = builder.build(generate(120, new Random(7)));
        assertTrue(graph.nodes().size() >= 200, "nodes: " + graph.nodes().size());
        layouter.layout(graph);

        List<MapNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(overlap(nodes.get(i), nodes.get(j)), "overlap: " + nodes.get(i).label() + " / "
                        + nodes.get(j).label());
            }
        }
        for (MapEdge edge : graph.edges()) {
            List<double[]> route = edge.route();
            assertTrue(route.size() >= 2, "every edge is routed");
            for (int k = 1; k < route.size(); k++) {
                double[] a = route.get(k - 1);
                double[] b = route.get(k);
                assertTrue(Math.abs(a[0] - b[0]) < 0.01 || Math.abs(a[1] - b[1]) < 0.01,
                        "orthogonal segment " + a[0] + "," + a[1] + " -> " + b[0] + "," + b[1]);
            }
        }
        assertTrue(graph.width() > 0 && graph.height() > 0);
    }

    @Test
    void issuesAreAboveTheirPositionsAndConclusionsAboveTheirPremises() {
        Project project = generate(10, new Random(3));
        MapGraph graph = builder.build(project);
        layouter.layout(graph);
        for (MapEdge edge : graph.edges()) {
            if (edge.relation() == MapGraph.Relation.POSITION || edge.relation() == MapGraph.Relation.CONCLUSION) {
                assertTrue(edge.target().y() < edge.source().y(), edge.relation() + " points upward");
            }
        }
    }

    @Test
    void editsTheMapDoesNotShowLeaveItsShapeAlone() {
        Project project = generate(15, new Random(5));
        MapGraph before = builder.build(project);
        layouter.layout(before);
        Claim claim = (Claim) project.getNodes().stream().filter(Claim.class::isInstance).findFirst().orElseThrow();

        Memo memo = factory.createMemo();
        memo.setText("check this");
        memo.getAbout().add(claim);
        project.getMemos().add(memo);
        Tag tag = factory.createTag();
        tag.setName("military");
        project.getTags().add(tag);
        claim.getTags().add(tag);
        assertTrue(builder.build(project).sameShapeAs(before), "a memo and a tag do not change the map");

        claim.setText(claim.getText() + " (reworded)");
        assertFalse(builder.build(project).sameShapeAs(before), "a new label does");
        MapGraph renamed = builder.build(project);
        Claim added = factory.createClaim();
        added.setText("Another claim");
        project.getNodes().add(added);
        assertFalse(builder.build(project).sameShapeAs(renamed), "a new box does");
        Conflict attack = factory.createConflict();
        attack.setAttacker(added);
        attack.setTarget(claim);
        attack.setKind(ConflictKind.REBUT);
        MapGraph unlinked = builder.build(project);
        project.getNodes().add(attack);
        assertFalse(builder.build(project).sameShapeAs(unlinked), "a new link does");
    }

    @Test
    void addingOneClaimKeepsTheOrderOfTheOthersInTheirLayers() {
        Project project = generate(25, new Random(11));
        MapGraph before = builder.build(project);
        layouter.layout(before);
        Map<String, double[]> positions = MapLayouter.positions(before);

        Claim added = factory.createClaim();
        added.setText("A new claim added by the user");
        project.getNodes().add(added);
        Claim some = (Claim) project.getNodes().stream().filter(Claim.class::isInstance).findFirst().orElseThrow();
        Conflict attack = factory.createConflict();
        attack.setAttacker(added);
        attack.setTarget(some);
        attack.setKind(ConflictKind.REBUT);
        project.getNodes().add(attack);
        MapGraph after = builder.build(project);
        layouter.layout(after, positions);

        assertNotNull(after.nodeOf(added));
        int compared = 0;
        int kept = 0;
        for (List<MapNode> layer : layers(before)) {
            List<String> orderBefore = layer.stream().sorted(Comparator.comparingDouble(MapNode::x)).map(MapNode::id).toList();
            List<String> orderAfter = orderBefore.stream().map(after::node)
                    .sorted(Comparator.comparingDouble(MapNode::x)).map(MapNode::id).toList();
            compared++;
            if (orderBefore.equals(orderAfter)) {
                kept++;
            }
        }
        assertTrue(compared > 0);
        assertEquals(compared, kept, "every layer keeps its left-to-right order");
    }

    @Test
    void svgExportIsWellFormedAndEscapesLabels() throws Exception {
        Project project = generate(5, new Random(5));
        ((Claim) project.getNodes().get(0)).setText("Russia & the US <script>alert(1)</script>");
        MapGraph graph = builder.build(project);
        layouter.layout(graph);
        StringWriter svg = new StringWriter();
        SvgExporter.write(graph, svg);

        assertFalse(svg.toString().contains("<script>"), "labels are escaped");
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(svg.toString())));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals(graph.nodes().size(), doc.getElementsByTagName("g").getLength(), "one group per box");
        assertEquals(graph.edges().size(), doc.getElementsByTagName("polyline").getLength(), "one line per edge");
    }

    private static boolean overlap(MapNode a, MapNode b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /** Nodes grouped by their vertical position: the layered algorithm puts a layer on one y band. */
    private static List<List<MapNode>> layers(MapGraph graph) {
        List<List<MapNode>> layers = new ArrayList<>();
        List<MapNode> sorted = new ArrayList<>(graph.nodes());
        sorted.sort(Comparator.comparingDouble(MapNode::y));
        for (MapNode node : sorted) {
            List<MapNode> last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - node.y()) < 1) {
                last.add(node);
            } else {
                layers.add(new ArrayList<>(List.of(node)));
            }
        }
        return layers;
    }

    /**
     * A project shaped like real analyses: issues with positions, each position supported by arguments from
     * premises, some claims objected to by rebuttals, underminings and undercuts.
     */
    private Project generate(int positions, Random random) {
        Project project = factory.createProject();
        List<Claim> claims = new ArrayList<>();
        List<Inference> inferences = new ArrayList<>();
        Issue issue = null;
        for (int p = 0; p < positions; p++) {
            if (p % 10 == 0) {
                issue = factory.createIssue();
                issue.setText("Issue " + p / 10 + ": is a joint operation possible?");
                project.getIssues().add(issue);
            }
            Claim position = claim(project, "Position " + p + " on the question, stated at some length as analysts do");
            issue.getPositions().add(position);
            claims.add(position);
            Inference inference = factory.createInference();
            inference.setConclusion(position);
            inference.getPremises().add(claim(project, "Premise A of " + p));
            if (random.nextBoolean()) {
                inference.getPremises().add(claim(project, "Premise B of " + p + " with some more words in it"));
            }
            project.getNodes().add(inference);
            inferences.add(inference);
        }
        for (int o = 0; o < positions / 2; o++) {
            Claim objection = claim(project, "Objection " + o);
            Conflict conflict = factory.createConflict();
            conflict.setAttacker(objection);
            int kind = o % 3;
            if (kind == 2) {
                conflict.setKind(ConflictKind.UNDERCUT);
                conflict.setTarget(inferences.get(random.nextInt(inferences.size())));
            } else {
                conflict.setKind(kind == 0 ? ConflictKind.REBUT : ConflictKind.UNDERMINE);
                Inference i = inferences.get(random.nextInt(inferences.size()));
                conflict.setTarget(kind == 0 ? i.getConclusion() : i.getPremises().get(0));
            }
            project.getNodes().add(conflict);
        }
        return project;
    }

    private Claim claim(Project project, String text) {
        Claim claim = factory.createClaim();
        claim.setText(text);
        project.getNodes().add(claim);
        return claim;
    }
}
