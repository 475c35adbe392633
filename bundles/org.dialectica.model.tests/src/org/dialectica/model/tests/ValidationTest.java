package org.dialectica.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Rephrase;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaValidator;
import org.dialectica.model.validation.ModelRule;
import org.dialectica.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Each rule: the valid sample passes it, and one targeted change violates it, naming the element. */
class ValidationTest {

    private final SampleProject sample = new SampleProject();

    @Test
    void sampleProjectIsValidWithAndWithoutTexts() {
        assertEquals(Diagnostic.OK, ModelValidation.validate(sample.project, sample.texts()).getSeverity(),
                () -> describe(ModelValidation.validate(sample.project, sample.texts())));
        assertEquals(Diagnostic.OK, ModelValidation.validate(sample.project).getSeverity());
    }

    @Test
    void idMustBePresent() {
        sample.premise.setId(null);
        Diagnostic found = only(ModelRule.ID_PRESENT);
        assertTrue(found.getMessage().contains("Claim"), found.getMessage());
        assertTrue(found.getData().contains(sample.premise));
    }

    @Test
    void idsMustBeUnique() {
        sample.funding.setId(sample.premise.getId());
        assertNamed(only(ModelRule.IDS_UNIQUE), sample.premise.getId());
    }

    @Test
    void sha256MustBeWellFormed() {
        sample.source.setSha256("ABC");
        assertNamed(only(ModelRule.SOURCE_SHA256_WELL_FORMED), sample.source.getId());
    }

    @Test
    void anchorOffsetsMustBeInOrder() {
        TextAnchor anchor = sample.premise.getAnchors().get(0);
        anchor.setEnd(anchor.getStart());
        anchor.setExact("");
        assertNamed(only(ModelRule.ANCHOR_OFFSETS_IN_ORDER), anchor.getId(), sample.premise.getId());
    }

    @Test
    void anchorQuoteMustBeAsLongAsItsSpan() {
        TextAnchor anchor = sample.premise.getAnchors().get(0);
        anchor.setExact(anchor.getExact() + "!");
        assertNamed(only(ModelRule.ANCHOR_OFFSETS_IN_ORDER), anchor.getId());
    }

    @Test
    void anchorMustLieInsideTheText() {
        TextAnchor anchor = sample.premise.getAnchors().get(0);
        anchor.setStart(SampleProject.TEXT.length() - 2);
        anchor.setEnd(anchor.getStart() + anchor.getExact().length());
        assertNamed(only(ModelRule.ANCHOR_INSIDE_TEXT), anchor.getId(), sample.source.getId());
    }

    @Test
    void anchorQuoteMustMatchTheText() {
        TextAnchor anchor = sample.premise.getAnchors().get(0);
        anchor.setStart(anchor.getStart() + 1);
        anchor.setEnd(anchor.getEnd() + 1);
        Diagnostic found = only(ModelRule.ANCHOR_QUOTE_MATCHES);
        assertNamed(found, anchor.getId(), sample.premise.getId());
        // Without the texts, the check cannot run, and must not guess.
        assertEquals(Diagnostic.OK, ModelValidation.validate(sample.project).getSeverity());
        // An orphaned anchor is known not to match.
        anchor.setState(AnchorState.ORPHANED);
        assertEquals(Diagnostic.OK, ModelValidation.validate(sample.project, sample.texts()).getSeverity());
    }

    @Test
    void inferenceNeedsAPremise() {
        sample.inference.getPremises().clear();
        sample.underminer.setKind(ConflictKind.REBUT); // its target is no longer a premise
        assertNamed(only(ModelRule.INFERENCE_HAS_PREMISE), sample.inference.getId());
    }

    @Test
    void inferenceNeedsAConclusion() {
        sample.inference.setConclusion(null);
        assertNamed(only(ModelRule.INFERENCE_HAS_CONCLUSION), sample.inference.getId());
    }

    @Test
    void inferenceMustNotConcludeItsPremise() {
        sample.inference.getPremises().add(sample.conclusion);
        assertNamed(only(ModelRule.INFERENCE_NOT_CIRCULAR), sample.inference.getId(), sample.conclusion.getId());
    }

    @Test
    void undercutMustTargetAnInference() {
        sample.undercutter.setTarget(sample.conclusion);
        assertNamed(only(ModelRule.CONFLICT_TARGET_MATCHES_KIND), sample.undercutter.getId(), sample.conclusion.getId());
    }

    @Test
    void rebuttalMustTargetAClaim() {
        sample.rebuttal.setTarget(sample.inference);
        assertNamed(only(ModelRule.CONFLICT_TARGET_MATCHES_KIND), sample.rebuttal.getId(), sample.inference.getId());
    }

    @Test
    void underminingANonPremiseIsAWarning() {
        sample.underminer.setTarget(sample.restatement);
        Diagnostic found = only(ModelRule.CONFLICT_UNDERMINES_PREMISE);
        assertEquals(Diagnostic.WARNING, found.getSeverity());
        assertNamed(found, sample.underminer.getId(), sample.restatement.getId());
    }

    @Test
    void claimMustNotAttackItself() {
        sample.rebuttal.setTarget(sample.funding);
        assertNamed(only(ModelRule.CONFLICT_NOT_SELF_ATTACK), sample.rebuttal.getId(), sample.funding.getId());
    }

    @Test
    void preferenceNeedsTwoNodes() {
        sample.preference.setDispreferred(sample.inference);
        assertNamed(only(ModelRule.PREFERENCE_DISTINCT_NODES), sample.preference.getId());
    }

    @Test
    void claimMustNotRephraseItself() {
        sample.rephrase.setRephrasing(sample.conclusion);
        assertNamed(only(ModelRule.REPHRASE_NO_CYCLE), sample.rephrase.getId());
    }

    @Test
    void rephrasingsMustNotGoRound() {
        Claim third = sample.factory.createClaim();
        sample.project.getNodes().add(third);
        Rephrase second = sample.factory.createRephrase();
        second.setOriginal(sample.restatement);
        second.setRephrasing(third);
        Rephrase closing = sample.factory.createRephrase();
        closing.setOriginal(third);
        closing.setRephrasing(sample.conclusion);
        sample.project.getNodes().addAll(List.of(second, closing));

        List<Diagnostic> found = all(ModelRule.REPHRASE_NO_CYCLE);

        assertEquals(3, found.size(), "every rephrase on the cycle is reported");
        assertNamed(found.get(0), sample.rephrase.getId());
    }

    @Test
    void answeredQuestionMustBelongToTheScheme() {
        CriticalQuestion foreign = sample.factory.createCriticalQuestion();
        var otherScheme = sample.factory.createScheme();
        otherScheme.getCriticalQuestions().add(foreign);
        sample.project.getSchemes().add(otherScheme);
        sample.answer.setQuestion(foreign);
        assertNamed(only(ModelRule.ANSWER_QUESTION_OF_SCHEME), sample.inference.getId(), foreign.getId());
    }

    // --- helpers -------------------------------------------------------------------------------

    /** The diagnostics of the whole sample, texts included, that report {@code rule}. */
    private List<Diagnostic> all(ModelRule rule) {
        Diagnostic result = ModelValidation.validate(sample.project, sample.texts());
        return result.getChildren().stream()
                .filter(child -> ModelRule.of(child).filter(rule::equals).isPresent())
                .toList();
    }

    /** The one diagnostic of {@code rule}, checking that no other rule of ours fired and nothing else is wrong. */
    private Diagnostic only(ModelRule rule) {
        Diagnostic result = ModelValidation.validate(sample.project, sample.texts());
        List<Diagnostic> ours = result.getChildren().stream()
                .filter(child -> DialecticaValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())).toList();
        assertEquals(1, ours.size(), () -> "expected exactly one " + rule + ":\n" + describe(result));
        Diagnostic found = ours.get(0);
        assertEquals(rule.code(), found.getCode(), found::getMessage);
        assertEquals(rule.severity(), found.getSeverity(), found::getMessage);
        return found;
    }

    private static void assertNamed(Diagnostic diagnostic, String... ids) {
        for (String id : ids) {
            assertTrue(diagnostic.getMessage().contains(id), () -> "'" + diagnostic.getMessage() + "' names " + id);
        }
    }

    private static String describe(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream()
                .map(child -> child.getSeverity() + " " + child.getSource() + "#" + child.getCode() + " " + child.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
