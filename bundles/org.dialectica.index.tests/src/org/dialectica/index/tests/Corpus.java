package org.dialectica.index.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.IndexContent;
import org.dialectica.index.IndexService;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.PassageSplitter;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.Span;
import org.dialectica.index.StructureFilter;
import org.dialectica.index.internal.LuceneIndexService;

/** A small, fixed set of sources and elements whose content the tests know. */
final class Corpus implements IndexContent {

    static final String SMOKING = """
            Smoking causes cancer, says Dr. Rossi, an oncologist of long standing.

            But the study that Dr. Rossi cites was funded by a tobacco lobby, and its arguments \
            deserve scrutiny before anyone relies on them.

            Critics argue that the sample was small. The argument from expert opinion is only as strong \
            as the expert's independence.""";

    static final String CLIMATE = """
            Global warming is driven by human emissions of carbon dioxide.

            Some economists object that mitigation costs are too high; others answer that the costs of \
            inaction are higher still.""";

    static final String GERMAN = """
            Die Häuser der Stadt wurden nach dem Krieg wieder aufgebaut.

            Der Wiederaufbau dauerte viele Jahre und kostete viel Geld.""";

    /** Source id to stored text. */
    final Map<String, String> texts = new LinkedHashMap<>();
    final Map<String, List<PassageDoc>> passages = new LinkedHashMap<>();
    final List<ElementDoc> elements = new ArrayList<>();

    Corpus() {
        add("smoking", "On smoking and expertise", 1998, List.of("Rita Rossi"), SMOKING, "en");
        add("climate", "Climate policy", 2010, List.of("Ben Bianchi"), CLIMATE, "en");
        add("berlin", "Berliner Chronik", 1955, List.of("Klara Schmidt"), GERMAN, "de");
        elements.add(new ElementDoc("c1", ElementType.CLAIM, "Smoking causes cancer", List.of("Medicine"), null,
                List.of("smoking"), null, Set.of("anchored"), "ada", null));
        elements.add(new ElementDoc("c2", ElementType.CLAIM, "The study was funded by a tobacco lobby",
                List.of("Funding", "medicine"), null, List.of("smoking"), null, Set.of("orphaned"), "ada", null));
        elements.add(new ElementDoc("i1", ElementType.INFERENCE, "Dr. Rossi says smoking causes cancer ⇒ Smoking causes cancer",
                List.of(), "expert-opinion", List.of("smoking"), null, Set.of("open"), "ada", null));
        elements.add(new ElementDoc("x1", ElementType.CONFLICT, "The study was funded by a tobacco lobby", List.of(),
                null, List.of("smoking"), "undercut", Set.of(), "bob", null));
        elements.add(new ElementDoc("q1", ElementType.ISSUE, "Are mitigation costs too high?", List.of("economics"),
                null, List.of("climate"), null, Set.of(), "bob", null));
        elements.add(new ElementDoc("m1", ElementType.MEMO, "Check who funded the cancer study", List.of(), null,
                List.of(), null, Set.of(), "ada", null));
    }

    private void add(String id, String title, int year, List<String> authors, String text, String language) {
        texts.put(id, text);
        List<PassageDoc> docs = new ArrayList<>();
        for (Span span : PassageSplitter.split(text)) {
            docs.add(new PassageDoc(id, title, year, authors, span.start(), span.end(),
                    text.substring(span.start(), span.end()), language));
        }
        passages.put(id, docs);
    }

    int documentCount() {
        return passages.values().stream().mapToInt(List::size).sum() + elements.size();
    }

    @Override
    public Stream<PassageDoc> passages() {
        return passages.values().stream().flatMap(List::stream);
    }

    @Override
    public Stream<ElementDoc> elements() {
        return elements.stream();
    }

    /** An {@code is:} filter matching fixed ids, standing in for a model-backed one. */
    static StructureFilter filter(String name, String... ids) {
        return new StructureFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "test filter " + name;
            }

            @Override
            public Set<String> matchingIds(IndexContent content) {
                return Set.of(ids);
            }
        };
    }

    static IndexService service() {
        return new LuceneIndexService(List.of(filter("flagged", "c2", "x1")));
    }

    static ProjectIndex open(Path projectDir) throws java.io.IOException {
        return service().open(projectDir, new Corpus());
    }
}
