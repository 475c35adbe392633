package org.dialectica.sample.build;

import static org.dialectica.model.ConflictKind.REBUT;
import static org.dialectica.model.ConflictKind.UNDERCUT;
import static org.dialectica.model.ConflictKind.UNDERMINE;
import static org.dialectica.model.CriticalQuestionState.ANSWERED;
import static org.dialectica.model.CriticalQuestionState.FAILED;
import static org.dialectica.model.CriticalQuestionState.OPEN;
import static org.dialectica.sample.build.AnnotationBuilder.tagAll;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.Inference;
import org.dialectica.model.Tag;

/**
 * The sample's content: the Eurasia Daily Monitor article on a US-Russian joint operation against ISIS,
 * read as a policy analyst would. The case for "yes" rests on Russian statements (the Kremlin readout,
 * Lavrov, Russian commentators reading Trump's memorandum); the case for "no" on the Pentagon's objection to
 * sharing intelligence, how long even NATO took to share it, the contradiction of deterring Russia in Europe
 * while cooperating with it in Syria, and safe zones that would put US and Russian forces face to face.
 *
 * <p>Keys (the first argument of every call) derive the element ids: rename one and its id changes.
 */
final class SampleAnalysis {

    private SampleAnalysis() {
    }

    static void annotate(AnnotationBuilder a) {
        Tag military = a.tag("military", "#8c510a");
        Tag diplomacy = a.tag("diplomacy", "#01665e");
        Tag intelligence = a.tag("intelligence", "#5e3c99");

        // The two positions on the issue.
        Claim yes = a.claim("yes", "A US-Russian joint operation against ISIS is possible.",
                "Now, leading Western countries seem to finally be responding to his call positively");
        Claim no = a.claim("no", "A US-Russian joint operation against ISIS is not possible under present conditions.",
                "there are obvious obstacles for Russia and the US to conducting such joint “anti-terrorist” operations");
        a.issue("joint-operation", "Is a US-Russian joint operation against ISIS possible?",
                "Is US-Russian Joint Operation Against Islamic State Possible?", yes, no);

        // For: the Kremlin and Lavrov, who were on the call, and Russian readings of Trump's memorandum.
        Claim readout = a.claim("kremlin-readout",
                "Putin and Trump called for real coordination of Russian and US actions aimed at defeating ISIS.",
                "The presidents spoke out for establishing real coordination of actions between Russia and the USA aimed at defeating ISIS");
        Claim lavrov = a.claim("lavrov-possibilities",
                "Lavrov sees almost unlimited possibilities for cooperation with the United States against ISIS.",
                "I can see almost unlimited possibilities provided there is the political will and commitment of our militaries "
                        + "to translate this political will into concrete agreements and actions");
        Claim memorandum = a.claim("memorandum",
                "Trump's Presidential Memorandum calls for identifying new coalition partners against ISIS.",
                "identification of new coalition partners in the fight against ISIS");
        Claim invitation = a.claim("invitation", "Washington is inviting Moscow to join the US-led coalition.",
                "Some Russian commentators perceived this as a clear invitation from Washington for Moscow to enter the US-led coalition");
        Claim sanctions = a.claim("sanctions-motive",
                "Moscow sees the joint fight as a first step to getting US sanctions lifted.",
                "Russia’s participation in the joint fight will be the first step to pushing the US to lift its sanctions");

        Inference signOfInvitation = a.inference("memorandum-signals-invitation", WaltonSchemes.SIGN, invitation, memorandum);
        a.answer(signOfInvitation, "other-events", OPEN, null,
                "The memorandum names no partner; a search for partners among the Gulf states or in Turkey would explain "
                        + "the wording as well.");
        Inference kremlinKnows = a.inference("kremlin-position-to-know", WaltonSchemes.POSITION_TO_KNOW, yes,
                readout, lavrov, invitation);
        a.answer(kremlinKnows, "position", ANSWERED, readout,
                "The readout is the Kremlin's official record of the presidents' own call.");
        a.answer(kremlinKnows, "honesty", FAILED, sanctions,
                "Moscow has a stake in announcing cooperation: it hopes the joint fight leads to lifting sanctions.");
        a.answer(kremlinKnows, "assertion", OPEN, null,
                "Lavrov's \"almost unlimited possibilities\" are conditional on the political will of both militaries.");
        Conflict motive = a.conflict("sanctions-undercut-kremlin", UNDERCUT, sanctions, kremlinKnows);

        // The 2016 precedent, and two explanations of its failure.
        Claim deal = a.claim("deal-2016",
                "Lavrov and Kerry agreed a document on military coordination against ISIS, with a Joint Executive Center.",
                "ended with the coordination of a document on actual military coordination of actions against ISIS and Jabhat al-Nusra");
        Claim failed = a.claim("failed-2016",
                "Lavrov failed to establish US-Russian military-to-military cooperation in September 2016.",
                "Lavrov had failed to establish US-Russian military-to-military cooperation back in September 2016");
        Claim russophobia = a.claim("russophobia",
                "The 2016 deal failed because the Obama administration put its Russophobia above fighting terrorism.",
                "the [Barack] Obama administration failed to muster the strength to put the problem of combating terrorism "
                        + "above its Russophobic intentions");
        Claim pentagon = a.claim("pentagon", "The Pentagon rejected the Lavrov-Kerry deal, for military, not ideological, reasons.",
                "the issue lay with the Pentagon, which strongly rejected the Lavrov-Kerry deal");

        Inference lavrovKnows = a.inference("lavrov-position-to-know", WaltonSchemes.POSITION_TO_KNOW, yes, deal, russophobia);
        a.answer(lavrovKnows, "position", ANSWERED, deal, "Lavrov negotiated the 2016 document with Kerry himself.");
        a.answer(lavrovKnows, "honesty", FAILED, pentagon,
                "The New York Times reported that the Pentagon, not the White House, sank the deal.");
        a.conflict("pentagon-undermines-russophobia", UNDERMINE, pentagon, russophobia);
        a.preference("pentagon-over-russophobia", pentagon, russophobia);

        Inference precedent = a.inference("failure-as-example", WaltonSchemes.EXAMPLE, no, failed);
        a.answer(precedent, "true", ANSWERED, pentagon, "Both sides agree that the 2016 coordination never started.");
        a.answer(precedent, "special-circumstances", OPEN, null,
                "The administration has changed since; the Pentagon's reasons have not.");
        a.conflict("russophobia-undercuts-precedent", UNDERCUT, russophobia, precedent);

        // Intelligence: what sharing would reveal, and how long even allies took to share.
        Claim reveal = a.claim("reveal-methods",
                "Sharing information with Russia would reveal how the US military uses intelligence to prepare air strikes.",
                "the need to share information with Russia would reveal how the US military uses intelligence in the preparation of air strikes");
        Claim usedAgainst = a.claim("used-against-us",
                "Russia would use such information to oppose US efforts in the Baltic States and elsewhere.",
                "The US military feared that their Russian counterparts would ultimately use this information to oppose "
                        + "Washington’s efforts in those regions");
        Claim worsen = a.claim("worsen-europe", "Exchanging intelligence in Syria would worsen the US strategic position in Europe.",
                "the exchange of intelligence information in Syria would likely worsen the strategic position of the United States in Europe");
        Inference leak = a.inference("sharing-reveals-methods", WaltonSchemes.CAUSE_TO_EFFECT, worsen, reveal, usedAgainst);
        a.answer(leak, "causal-evidence", ANSWERED, pentagon,
                "The judgement is the US military's own, reported by The New York Times.");

        Claim allies = a.claim("sensitive-among-allies", "Sharing intelligence is one of the most sensitive issues even among true allies.",
                "the sharing of intelligence data is one of the most sensitive issues even among true allies");
        Claim nato = a.claim("nato-decades", "It took NATO several decades to establish intelligence sharing among its members.",
                "it took several decades for the North Atlantic Treaty Organization (NATO) to establish the possibility of "
                        + "sharing information among its member states");
        Claim containment = a.claim("contain-russia",
                "The United States has deployed a mechanized brigade to Poland to contain Russia.",
                "the United States deployed a mechanized brigade to Poland as part of Operation Atlantic Resolve");
        Claim noQuickSharing = a.claim("no-quick-sharing",
                "The United States and Russia cannot quickly build the intelligence sharing a joint operation needs.", null);
        Inference natoAnalogy = a.inference("nato-analogy", WaltonSchemes.ANALOGY, noQuickSharing, nato, allies);
        a.answer(natoAnalogy, "base-case", ANSWERED, nato, "The article dates NATO's arrangement to decades of work.");
        a.answer(natoAnalogy, "differences", ANSWERED, containment,
                "The difference strengthens the conclusion: Russia is the power NATO is deployed to contain, not an ally.");
        a.answer(natoAnalogy, "counter-case", OPEN, null,
                "Deconfliction hotlines over Syria since 2015 might be such a case; the article does not discuss them.");
        Inference noIntelligence = a.inference("no-intelligence-no-operation", null, no, noQuickSharing, deal);

        // Deterrence in Europe against cooperation in Syria.
        Claim deterAndCooperate = a.claim("deter-and-cooperate",
                "It is hardly possible to deter Russia in one part of the world while cooperating militarily in another.",
                "it is hardly possible to deter Russia in one part of the world while cooperating militarily in another");
        Claim incompatible = a.claim("incompatible",
                "Deterring Russia in Europe and cooperating with it militarily in Syria are incompatible.", null);
        a.rephrase("deter-and-cooperate", deterAndCooperate, incompatible);
        Claim europeanDefense = a.claim("european-defense",
                "Military cooperation with Russia would have profound consequences for US responsibilities in European defense.",
                "that decision will have profound consequences for carrying out US responsibilities vis-à-vis European defense");
        Claim shouldNot = a.claim("should-not-cooperate",
                "The United States should not pursue military cooperation with Russia in Syria.", null);
        Inference badConsequences = a.inference("europe-consequences", WaltonSchemes.CONSEQUENCES, shouldNot,
                worsen, europeanDefense, incompatible);
        a.answer(badConsequences, "opposite-value", OPEN, null,
                "A faster defeat of ISIS is a good consequence the article does not weigh.");
        a.inference("washington-will-not", null, no, shouldNot, pentagon);

        // Assad and safe zones.
        Claim assad = a.claim("assad-support",
                "For the Kremlin, supporting Assad is part of confronting \"color revolutions\".",
                "For the Kremlin, support for al-Assad is an important part of confronting “color revolutions” around the world");
        Claim safeZones = a.claim("safe-zones", "Trump has floated establishing safe zones on Syrian territory.",
                "the US President has recently floated the idea of establishing “safe zones” on Syrian territory");
        Claim opposition = a.claim("opposition-zones",
                "Refugees flee Assad's military, so the zones would be under the opposition's control.",
                "the bulk of Syrian refugees are in fact fleeing attacks by al-Assad’s military, and the zone will be under "
                        + "the control of the opposition");
        Claim bombing = a.claim("bombing-temptation",
                "Assad's and Russian forces would be tempted to bomb anti-Assad units regrouping in the zones.",
                "Al-Assad’s and Russian forces will certainly be tempted to bomb them");
        Claim confrontation = a.claim("confrontation",
                "Safe zones mean the possibility not of cooperation but of direct confrontation between the Russian and US militaries.",
                "This means the possibility not of cooperation, but of direct confrontation between the Russian and US militaries");
        Claim damascus = a.claim("cooperate-with-damascus",
                "Safe zones could be set up in cooperation with the Syrian authorities, as Lavrov recommends.",
                "Lavrov immediately recommended that Washington start cooperating with the Syrian authorities");
        Inference zones = a.inference("zones-lead-to-confrontation", WaltonSchemes.CAUSE_TO_EFFECT, confrontation,
                safeZones, opposition, bombing);
        a.answer(zones, "interference", ANSWERED, assad,
                "Moscow's commitment to Assad leaves little room for restraint towards his armed opponents.");
        a.answer(zones, "causal-strength", OPEN, null, "Depends on who would defend the zones, which is not settled.");
        a.conflict("damascus-rebuts-confrontation", REBUT, damascus, confrontation);
        a.conflict("opposition-rebuts-damascus", REBUT, opposition, damascus);
        Inference confrontationMeansNo = a.inference("confrontation-excludes-cooperation", null, no, confrontation);

        a.conflict("positions", REBUT, no, yes);

        tagAll(diplomacy, readout, lavrov, memorandum, invitation, sanctions, deal, failed, russophobia, damascus);
        tagAll(military, pentagon, containment, deterAndCooperate, europeanDefense, bombing, confrontation, safeZones);
        tagAll(intelligence, reveal, usedAgainst, worsen, allies, nato, noQuickSharing, noIntelligence);

        a.memo("russian-sources",
                "Every argument for \"yes\" rests on Russian sources: the Kremlin readout, Lavrov, and Russian commentators "
                        + "reading Trump's memorandum. Compare the White House readout of the January 28 call.",
                yes, kremlinKnows, motive);
        a.memo("open-questions",
                "Open: who would defend safe zones, and whether the new administration overrides the Pentagon on "
                        + "intelligence sharing. Both decide the issue more than the presidents' call does.",
                zones, noIntelligence, confrontationMeansNo);
    }
}
