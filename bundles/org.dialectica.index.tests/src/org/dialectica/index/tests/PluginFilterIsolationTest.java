package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.index.IndexContent;
import org.dialectica.index.IndexService;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.StructureFilter;
import org.dialectica.index.model.ModelIndexContent;
import org.dialectica.index.model.ProjectFolderTexts;
import org.dialectica.model.Claim;
import org.dialectica.model.Project;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A plugin's {@code is:} filter that throws or never returns, registered as a service in the real framework next
 * to the built-in ones: the search service stays usable, the faulty filter is disabled with a message naming its
 * bundle, and queries that use it fail with that message instead of hanging or crashing. (The build runs these
 * tests with {@code -Ddialectica.filterTimeoutMillis=500}.)
 */
class PluginFilterIsolationTest {

    private static final String THIS_BUNDLE = "org.dialectica.index.tests";

    @TempDir
    Path dir;

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final CountDownLatch endOfTest = new CountDownLatch(1);
    private final List<ServiceRegistration<?>> registrations = new java.util.ArrayList<>();
    private IndexService service;
    private Project project;

    @BeforeEach
    void setUp() throws Exception {
        ServiceTracker<IndexService, IndexService> tracker = new ServiceTracker<>(context, IndexService.class, null);
        tracker.open();
        service = tracker.waitForService(10_000);
        tracker.close();
        assertNotNull(service, "IndexService is registered");
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("test");
        project = factory.createProject();
        Claim claim = factory.createClaim();
        claim.setText("Nuclear power is safe");
        project.getNodes().add(claim);
    }

    @AfterEach
    void unregister() {
        endOfTest.countDown(); // lets the stuck filter's thread end, so it does not spin on for the other tests
        registrations.forEach(ServiceRegistration::unregister);
    }

    private void register(StructureFilter filter) {
        registrations.add(context.registerService(StructureFilter.class, filter, new Hashtable<>()));
    }

    private ProjectIndex open() throws Exception {
        return service.open(dir, new ModelIndexContent(() -> project, new ProjectFolderTexts(dir)));
    }

    private List<ContributionProblem> problemsOf(String filterName) {
        return service.problems().stream().filter(p -> p.contribution().equals("filter is:" + filterName)).toList();
    }

    @Test
    void aThrowingFilterIsDisabledAndTheRestOfSearchWorks() throws Exception {
        register(filter("boom", content -> {
            throw new IllegalStateException("the plugin's bug");
        }));
        try (ProjectIndex index = open()) {
            assertEquals(1, index.search(new SearchRequest("nuclear", 10)).total());

            QuerySyntaxException failed = assertThrows(QuerySyntaxException.class,
                    () -> index.search(new SearchRequest("is:boom nuclear", 10)));
            assertTrue(failed.getMessage().contains("is:boom is disabled"), failed.getMessage());
            assertTrue(failed.getMessage().contains(THIS_BUNDLE), "names the bundle: " + failed.getMessage());
            assertTrue(failed.getMessage().contains("the plugin's bug"), failed.getMessage());

            List<ContributionProblem> problems = problemsOf("boom");
            assertEquals(1, problems.size(), service.problems().toString());
            assertTrue(problems.get(0).bundle().startsWith(THIS_BUNDLE + " "), problems.get(0).bundle());
            assertTrue(service.structureFilters().stream().noneMatch(f -> f.name().equals("boom")), "not offered");

            assertEquals(1, index.search(new SearchRequest("is:unsupported nuclear", 10)).total(),
                    "the built-in filters still work");
            assertThrows(QuerySyntaxException.class, () -> index.search(new SearchRequest("is:boom", 10)),
                    "still disabled, and not called again");
            assertEquals(1, problemsOf("boom").size(), "reported once");
        }
    }

    @Test
    void aFilterThatNeverReturnsIsAbandonedAfterTheTimeLimit() throws Exception {
        register(filter("stuck", content -> {
            awaitUninterruptibly(endOfTest); // a loop that ignores interrupts, until the test ends
            return Set.of();
        }));
        try (ProjectIndex index = open()) {
            long start = System.nanoTime();
            QuerySyntaxException failed = assertThrows(QuerySyntaxException.class,
                    () -> index.search(new SearchRequest("is:stuck", 10)));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 5_000, "answered after the 500 ms limit, not never: " + millis + " ms");
            assertTrue(failed.getMessage().contains("did not return within 500 ms"), failed.getMessage());
            assertEquals(1, problemsOf("stuck").size());

            assertEquals(1, index.search(new SearchRequest("nuclear", 10)).total(), "the index is not blocked");
        }
    }

    @Test
    void aFilterWhoseNameThrowsIsNeverOffered() {
        register(new StructureFilter() {
            @Override
            public String name() {
                throw new NoClassDefFoundError("org/example/Missing");
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public Set<String> matchingIds(IndexContent content) {
                return Set.of();
            }
        });
        assertTrue(service.problems().stream().anyMatch(p -> p.contribution().equals("an is: filter")
                && p.message().contains("org/example/Missing") && p.bundle().startsWith(THIS_BUNDLE)),
                service.problems().toString());
        assertEquals(Set.of("open-cq", "orphan", "unanswered", "unsupported"), service.structureFilters().stream()
                .map(StructureFilter::name).collect(java.util.stream.Collectors.toSet()));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                if (latch.await(10, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException ignored) {
                // deliberately deaf to interrupts, like a careless plugin
            }
        }
    }

    private static StructureFilter filter(String name, java.util.function.Function<IndexContent, Set<String>> ids) {
        return new StructureFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a faulty plugin's filter";
            }

            @Override
            public Set<String> matchingIds(IndexContent content) {
                return ids.apply(content);
            }
        };
    }
}
