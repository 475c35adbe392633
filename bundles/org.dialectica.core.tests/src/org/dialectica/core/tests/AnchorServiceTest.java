package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dialectica.core.anchor.AnchorOutcome;
import org.dialectica.core.anchor.AnchorReport;
import org.dialectica.core.anchor.AnchorService;
import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.core.project.impl.ProjectEditingDomains;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

class AnchorServiceTest {

    private static final String TEXT = "The committee met on Monday. Smoking causes cancer, says Dr. Rossi. "
            + "Dr. Rossi is an oncologist at the city hospital. The study was funded by a lobby.";

    private final AnchorService service = new AnchorService();
    private final AdapterFactoryEditingDomain domain = new ProjectEditingDomains().create();
    private final Project project = Fixtures.FACTORY.createProject();
    private final Source source = Fixtures.FACTORY.createSource();
    private final CommandStack stack = domain.getCommandStack();

    AnchorServiceTest() {
        Resource resource = DialecticaResources.configure(domain.getResourceSet()).createResource(URI.createURI("test.xmi"));
        resource.getContents().add(project);
        source.setTextLength(TEXT.length());
        project.getSources().add(source);
    }

    private TextAnchor anchor(String text, String quote, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(quote, start + 1);
        }
        TextAnchor anchor = Fixtures.FACTORY.createTextAnchor();
        anchor.setSource(source);
        anchor.setStart(start);
        anchor.setEnd(start + quote.length());
        anchor.setExact(quote);
        anchor.setPrefix(text.substring(Math.max(0, start - 20), start));
        anchor.setSuffix(text.substring(start + quote.length(), Math.min(text.length(), start + quote.length() + 20)));
        Claim claim = Fixtures.FACTORY.createClaim();
        claim.getAnchors().add(anchor);
        project.getNodes().add(claim);
        return anchor;
    }

    @Test
    void anUnchangedTextLeavesEveryAnchorInPlaceAndNoCommand() {
        TextAnchor anchor = anchor(TEXT, "Smoking causes cancer", 0);
        AnchorReport report = service.reanchor(domain, project, source, TEXT);

        assertEquals(AnchorState.ANCHORED, report.outcomes().get(0).state());
        assertEquals(AnchorState.ANCHORED, anchor.getState());
        assertFalse(stack.canUndo(), "nothing changed, nothing to undo");
    }

    @Test
    void textInsertedBeforeTheQuoteShiftsItsOffsets() {
        TextAnchor anchor = anchor(TEXT, "Smoking causes cancer", 0);
        int oldStart = anchor.getStart();
        String inserted = "A new opening paragraph. ";
        String changed = inserted + TEXT;

        AnchorReport report = service.reanchor(domain, project, source, changed);

        AnchorOutcome outcome = report.outcomes().get(0);
        assertEquals(AnchorState.MOVED, outcome.state());
        assertEquals(oldStart, outcome.oldStart());
        assertEquals(oldStart + inserted.length(), outcome.newStart());
        assertEquals(oldStart + inserted.length(), anchor.getStart());
        assertEquals("Smoking causes cancer", changed.substring(anchor.getStart(), anchor.getEnd()));
        assertEquals(AnchorState.MOVED, anchor.getState());
        assertEquals(changed.length(), source.getTextLength());

        stack.undo();
        assertEquals(oldStart, anchor.getStart(), "one undo restores the anchor");
        assertEquals(AnchorState.ANCHORED, anchor.getState());
        assertEquals(TEXT.length(), source.getTextLength());
        assertFalse(stack.canUndo(), "it was one command");
    }

    @Test
    void aQuoteEditedInsideIsFoundApproximatelyAndUpdated() {
        TextAnchor anchor = anchor(TEXT, "Dr. Rossi is an oncologist at the city hospital", 0);
        String changed = "Preface. " + TEXT.replace("an oncologist at the city hospital", "an oncologist in the city hospital");

        AnchorReport report = service.reanchor(domain, project, source, changed);

        assertEquals(AnchorState.MOVED, report.outcomes().get(0).state());
        assertEquals("Dr. Rossi is an oncologist in the city hospital", anchor.getExact());
        assertEquals(anchor.getExact(), changed.substring(anchor.getStart(), anchor.getEnd()));
        assertTrue(anchor.getPrefix().endsWith("says Dr. Rossi. "), anchor.getPrefix());
    }

    @Test
    void aDeletedPassageOrphansItsAnchorWithoutDroppingIt() {
        TextAnchor anchor = anchor(TEXT, "The study was funded by a lobby.", 0);
        int start = anchor.getStart();
        String changed = TEXT.substring(0, start);

        AnchorReport report = service.reanchor(domain, project, source, changed);

        assertEquals(AnchorState.ORPHANED, report.outcomes().get(0).state());
        assertEquals(AnchorState.ORPHANED, anchor.getState());
        assertEquals(start, anchor.getStart(), "offsets are left as they were");
        assertEquals("The study was funded by a lobby.", anchor.getExact(), "the quote is kept");
        assertEquals(1, ((Claim) project.getNodes().get(0)).getAnchors().size());
    }

    @Test
    void duplicateQuotesAreToldApartByTheirContext() {
        String text = "First, the risk is low, the report says. Later: the risk is low, critics admit grudgingly.";
        source.setTextLength(text.length());
        TextAnchor second = anchor(text, "the risk is low", 1);
        String changed = "Intro. " + text.replace("First, the", "At first the");

        service.reanchor(domain, project, source, changed);

        assertEquals(AnchorState.MOVED, second.getState());
        assertEquals(changed.indexOf("the risk is low", changed.indexOf("Later")), second.getStart(),
                "the occurrence followed by 'critics admit', not the nearer first one");
    }

    @Test
    void issueAnchorsAreReanchoredToo() {
        Issue issue = Fixtures.FACTORY.createIssue();
        TextAnchor anchor = Fixtures.FACTORY.createTextAnchor();
        anchor.setSource(source);
        anchor.setStart(TEXT.indexOf("funded"));
        anchor.setEnd(anchor.getStart() + "funded".length());
        anchor.setExact("funded");
        issue.getAnchors().add(anchor);
        project.getIssues().add(issue);

        AnchorReport report = service.reanchor(domain, project, source, "xx" + TEXT);

        assertEquals(1, report.outcomes().size());
        assertEquals(TEXT.indexOf("funded") + 2, anchor.getStart());
    }

    @Test
    void anchorsOfOtherSourcesAreLeftAlone() {
        TextAnchor anchor = anchor(TEXT, "Smoking causes cancer", 0);
        Source other = Fixtures.FACTORY.createSource();
        project.getSources().add(other);

        AnchorReport report = service.reanchor(domain, project, other, "completely different");

        assertTrue(report.outcomes().isEmpty());
        assertEquals(AnchorState.ANCHORED, anchor.getState());
    }
}
