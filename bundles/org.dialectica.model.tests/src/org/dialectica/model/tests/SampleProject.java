package org.dialectica.model.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.model.validation.SourceTextProvider;

/**
 * A small project that uses every class and every feature of the model, and is valid: the tests
 * break one thing at a time and look for the one diagnostic that must appear.
 */
final class SampleProject {

    static final Instant CREATED = Instant.parse("2026-11-25T10:15:30.123Z");

    /** The extracted text of {@link #source}; anchors quote it. */
    static final String TEXT = "Smoking causes cancer, says Dr. Rossi. Dr. Rossi is an oncologist. "
            + "But the study was funded by a lobby. Ünïcödé — “quoted” text.";

    final DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(() -> "Ada", Clock.fixed(CREATED, ZoneOffset.UTC));

    final Project project = factory.createProject();
    final Source source = factory.createSource();
    final Tag tag = factory.createTag();
    final Scheme expertOpinion = factory.createScheme();
    final CriticalQuestion expertiseQuestion = factory.createCriticalQuestion();
    final Claim conclusion = factory.createClaim();
    final Claim premise = factory.createClaim();
    final Claim funding = factory.createClaim();
    final Claim restatement = factory.createClaim();
    final Inference inference = factory.createInference();
    final Conflict rebuttal = factory.createConflict();
    final Conflict underminer = factory.createConflict();
    final Conflict undercutter = factory.createConflict();
    final Preference preference = factory.createPreference();
    final Rephrase rephrase = factory.createRephrase();
    final Issue issue = factory.createIssue();
    final Memo memo = factory.createMemo();
    final CriticalQuestionAnswer answer;

    SampleProject() {
        project.setName("Smoking debate");

        source.setTitle("On smoking — “Ünïcödé” edition");
        source.getAuthors().add("R. Rossi");
        source.getAuthors().add("B. Bianchi");
        source.setDate("Spring 1998");
        source.setFileName("smoking.html");
        source.setMediaType("text/html");
        source.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        source.setLanguage("en");
        source.getMetadata().put("publisher", "Example Press");
        source.getMetadata().put("dc:subject", "health & <policy>");
        source.setTextLength(TEXT.length());
        project.getSources().add(source);

        tag.setName("medicine");
        tag.setColor("#cc3300");
        project.getTags().add(tag);

        expertOpinion.setName("ExpertOpinion");
        expertOpinion.setLabel("Argument from expert opinion");
        expertOpinion.getPremiseTemplates().add("E is an expert in domain D.");
        expertOpinion.getPremiseTemplates().add("E asserts that A.");
        expertOpinion.setConclusionTemplate("A.");
        expertiseQuestion.setText("Is E a genuine expert in D?");
        expertiseQuestion.setAttackKind(ConflictKind.UNDERMINE);
        expertOpinion.getCriticalQuestions().add(expertiseQuestion);
        project.getSchemes().add(expertOpinion);

        conclusion.setText("Smoking causes cancer.");
        conclusion.getAnchors().add(anchor("Smoking causes cancer"));
        conclusion.getTags().add(tag);
        premise.setText("Dr. Rossi is an oncologist.");
        premise.getAnchors().add(anchor("Dr. Rossi is an oncologist."));
        funding.setText("The study was funded by a lobby.");
        funding.getAnchors().add(anchor("the study was funded by a lobby"));
        restatement.setText("Cancer is caused by smoking.");

        inference.getPremises().add(premise);
        inference.setConclusion(conclusion);
        inference.setScheme(expertOpinion);
        answer = factory.createCriticalQuestionAnswer();
        answer.setQuestion(expertiseQuestion);
        answer.setState(CriticalQuestionState.ANSWERED);
        answer.setAnsweredBy(premise);
        answer.setNote("Board-certified.");
        inference.getCriticalQuestionAnswers().add(answer);

        rebuttal.setKind(ConflictKind.REBUT);
        rebuttal.setAttacker(funding);
        rebuttal.setTarget(conclusion);
        underminer.setKind(ConflictKind.UNDERMINE);
        underminer.setAttacker(funding);
        underminer.setTarget(premise);
        undercutter.setKind(ConflictKind.UNDERCUT);
        undercutter.setAttacker(funding);
        undercutter.setTarget(inference);

        preference.setPreferred(inference);
        preference.setDispreferred(rebuttal);

        rephrase.setOriginal(conclusion);
        rephrase.setRephrasing(restatement);

        project.getNodes().addAll(java.util.List.of(conclusion, premise, funding, restatement, inference,
                rebuttal, underminer, undercutter, preference, rephrase));

        issue.setText("Does smoking cause cancer?");
        issue.getPositions().add(conclusion);
        issue.getAnchors().add(anchor("Smoking causes cancer, says Dr. Rossi."));
        project.getIssues().add(issue);

        memo.setText("Check who funded the study.");
        memo.getAbout().add(funding);
        memo.getAbout().add(source);
        project.getMemos().add(memo);
    }

    /** An anchor on the first occurrence of {@code quote} in {@link #TEXT}, with a little context. */
    TextAnchor anchor(String quote) {
        int start = TEXT.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException(quote);
        }
        TextAnchor anchor = factory.createTextAnchor();
        anchor.setSource(source);
        anchor.setStart(start);
        anchor.setEnd(start + quote.length());
        anchor.setExact(quote);
        anchor.setPrefix(TEXT.substring(Math.max(0, start - 10), start));
        anchor.setSuffix(TEXT.substring(start + quote.length(), Math.min(TEXT.length(), start + quote.length() + 10)));
        anchor.setState(AnchorState.ANCHORED);
        return anchor;
    }

    /** Texts as the core will provide them: only this project's one source has a text. */
    SourceTextProvider texts() {
        Map<String, String> bySha = Map.of(source.getSha256(), TEXT);
        return s -> Optional.ofNullable(bySha.get(s.getSha256()));
    }
}
