package org.dialectica.sample.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Scheme;

/**
 * The argumentation schemes the sample uses, with their critical questions as Walton, Reed and Macagno
 * give them (<i>Argumentation Schemes</i>, Cambridge UP 2008, ch. 9). Each question records the attack a
 * negative answer amounts to: doubting a premise undermines, doubting the link from premises to
 * conclusion undercuts, a counter-case or counter-consequence rebuts.
 */
final class WaltonSchemes {

    static final String EXPERT_OPINION = "argument-from-expert-opinion";
    static final String POSITION_TO_KNOW = "argument-from-position-to-know";
    static final String CONSEQUENCES = "argument-from-consequences";
    static final String CAUSE_TO_EFFECT = "argument-from-cause-to-effect";
    static final String SIGN = "argument-from-sign";
    static final String ANALOGY = "argument-from-analogy";
    static final String EXAMPLE = "argument-from-example";

    private final KeyedFactory factory;
    private final Map<String, Scheme> byName = new LinkedHashMap<>();

    WaltonSchemes(KeyedFactory factory) {
        this.factory = factory;
        scheme(EXPERT_OPINION, "Argument from expert opinion",
                List.of("Source E is an expert in subject domain S containing proposition A.",
                        "E asserts that proposition A is true (false)."),
                "A is true (false).",
                question("expertise", "How credible is E as an expert source?", ConflictKind.UNDERMINE),
                question("field", "Is E an expert in the field that A is in?", ConflictKind.UNDERMINE),
                question("opinion", "What did E assert that implies A?", ConflictKind.UNDERMINE),
                question("trustworthiness", "Is E personally reliable as a source?", ConflictKind.UNDERCUT),
                question("consistency", "Is A consistent with what other experts assert?", ConflictKind.REBUT),
                question("backup-evidence", "Is E's assertion based on evidence?", ConflictKind.UNDERCUT));
        scheme(POSITION_TO_KNOW, "Argument from position to know",
                List.of("Source a is in a position to know about things in a certain subject domain S containing proposition A.",
                        "a asserts that A is true (false)."),
                "A is true (false).",
                question("position", "Is a in a position to know whether A is true (false)?", ConflictKind.UNDERMINE),
                question("honesty", "Is a an honest (trustworthy, reliable) source?", ConflictKind.UNDERCUT),
                question("assertion", "Did a assert that A is true (false)?", ConflictKind.UNDERMINE));
        scheme(CONSEQUENCES, "Argument from consequences",
                List.of("If A is brought about, good (bad) consequences will plausibly occur."),
                "A should (should not) be brought about.",
                question("likelihood", "How strong is the likelihood that the cited consequences will (may, might, must) occur?",
                        ConflictKind.UNDERMINE),
                question("evidence", "What evidence supports the claim that the cited consequences will (may, might, must) occur, "
                        + "and is it sufficient to support the strength of the claim adequately?", ConflictKind.UNDERMINE),
                question("opposite-value", "Are there other opposite consequences (bad as opposed to good, or good as opposed to bad) "
                        + "that should be taken into account?", ConflictKind.REBUT));
        scheme(CAUSE_TO_EFFECT, "Argument from cause to effect",
                List.of("Generally, if A occurs, then B will (might) occur.", "In this case, A occurs (might occur)."),
                "In this case, B will (might) occur.",
                question("causal-strength", "How strong is the causal generalisation?", ConflictKind.UNDERCUT),
                question("causal-evidence", "Is the evidence cited (if there is any) strong enough to warrant the causal generalisation?",
                        ConflictKind.UNDERCUT),
                question("interference", "Are there other causal factors that could interfere with the production of the effect "
                        + "in the given case?", ConflictKind.UNDERCUT));
        scheme(SIGN, "Argument from sign",
                List.of("A (a finding) is true in this situation.", "B is generally indicated as true when its sign, A, is true."),
                "B is true in this situation.",
                question("correlation", "What is the strength of the correlation of the sign with the event signified?",
                        ConflictKind.UNDERCUT),
                question("other-events", "Are there other events that would more reliably account for the sign?",
                        ConflictKind.UNDERCUT));
        scheme(ANALOGY, "Argument from analogy",
                List.of("Generally, case C1 is similar to case C2.", "A is true (false) in case C1."),
                "A is true (false) in case C2.",
                question("differences", "Are there differences between C1 and C2 that would tend to undermine the force of "
                        + "the similarity cited?", ConflictKind.UNDERCUT),
                question("base-case", "Is A true (false) in C1?", ConflictKind.UNDERMINE),
                question("counter-case", "Is there some other case C3 that is also similar to C1, but in which A is false (true)?",
                        ConflictKind.REBUT));
        scheme(EXAMPLE, "Argument from example",
                List.of("In this particular case, the individual a has property F and also property G."),
                "Therefore, generally, if x has property F, then it also has property G.",
                question("true", "Is the proposition presented by the example in fact true?", ConflictKind.UNDERMINE),
                question("supports", "Does the example support the general claim it is supposed to be an instance of?",
                        ConflictKind.UNDERCUT),
                question("typical", "Is the example typical of the kinds of cases that the generalisation ranges over?",
                        ConflictKind.UNDERCUT),
                question("strength", "How strong is the generalisation?", ConflictKind.REBUT),
                question("special-circumstances", "Were there special circumstances present in the example that would "
                        + "impair its generalisability?", ConflictKind.UNDERCUT));
    }

    /** The schemes in catalogue order. */
    List<Scheme> all() {
        return List.copyOf(byName.values());
    }

    Scheme get(String name) {
        Scheme scheme = byName.get(name);
        if (scheme == null) {
            throw new IllegalArgumentException("No scheme " + name);
        }
        return scheme;
    }

    /** The critical question {@code key} of the scheme {@code schemeName}. */
    CriticalQuestion question(String schemeName, String key) {
        String id = KeyedFactory.idFor("scheme/" + schemeName + "/" + key);
        return get(schemeName).getCriticalQuestions().stream().filter(q -> q.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + key + " in " + schemeName));
    }

    private void scheme(String name, String label, List<String> premises, String conclusion, QuestionSpec... questions) {
        Scheme scheme = factory.key(factory.createScheme(), "scheme/" + name);
        scheme.setName(name);
        scheme.setLabel(label);
        scheme.getPremiseTemplates().addAll(premises);
        scheme.setConclusionTemplate(conclusion);
        for (QuestionSpec spec : questions) {
            CriticalQuestion question = factory.key(factory.createCriticalQuestion(), "scheme/" + name + "/" + spec.key());
            question.setText(spec.text());
            question.setAttackKind(spec.attackKind());
            scheme.getCriticalQuestions().add(question);
        }
        byName.put(name, scheme);
    }

    private static QuestionSpec question(String key, String text, ConflictKind attackKind) {
        return new QuestionSpec(key, text, attackKind);
    }

    private record QuestionSpec(String key, String text, ConflictKind attackKind) {
    }
}
