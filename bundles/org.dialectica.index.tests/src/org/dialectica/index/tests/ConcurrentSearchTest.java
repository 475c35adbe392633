package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dialectica.index.IndexContent;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches keep working, and never go back in time, while another thread indexes. */
class ConcurrentSearchTest {

    static final int SOURCES = 200;
    static final int SEARCHERS = 3;

    @TempDir
    Path project;

    @Test
    void searchersSeeMonotonicCountsWhileAWriterAdds() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch searching = new CountDownLatch(SEARCHERS);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<List<Long>> observed = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < SEARCHERS; t++) {
                List<Long> counts = new ArrayList<>();
                observed.add(counts);
                threads.add(Thread.ofPlatform().name("searcher-" + t).start(() -> {
                    try {
                        while (writing.get()) {
                            counts.add(index.search(new SearchRequest("concurrency", 5)).total());
                            if (counts.size() == 1) {
                                searching.countDown();
                            }
                        }
                        counts.add(index.search(new SearchRequest("concurrency", 5)).total());
                    } catch (Throwable e) {
                        failures.add(e);
                        searching.countDown();
                    }
                }));
            }
            searching.await(); // every searcher is running before the writer starts
            for (int s = 0; s < SOURCES; s++) {
                String text = "Passage " + s + " about concurrency and searching.";
                index.indexPassages("s" + s, List.of(new PassageDoc("s" + s, "Source " + s, 2000 + s % 20,
                        List.of(), 0, text.length(), text, "en")));
            }
            writing.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            assertTrue(failures.isEmpty(), () -> "searches failed: " + failures);
            for (List<Long> counts : observed) {
                assertTrue(counts.size() > 1, "each searcher searched while the writer wrote");
                for (int i = 1; i < counts.size(); i++) {
                    assertTrue(counts.get(i) >= counts.get(i - 1), "counts never decrease: " + counts);
                }
                assertEquals(SOURCES, counts.get(counts.size() - 1), "after writing, everything is visible");
            }
        }
    }
}
