package org.dialectica.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Inference;
import org.dialectica.model.Memo;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Tag;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Merges claim {@code merged} into claim {@code kept}, for two claims that say the same thing:
 * <ul>
 * <li>{@code kept} takes over the anchors and tags of {@code merged}, so every place the proposition
 * is stated stays linked;</li>
 * <li>a memo about {@code kept} records the provenance of {@code merged} (id, author, creation time,
 * text), which would otherwise be lost;</li>
 * <li>every reference to {@code merged} (premises, conclusions, conflicts, preferences, rephrases,
 * positions, memos, critical-question answers) is redirected to {@code kept}, in place;</li>
 * <li>relations that would relate {@code kept} to itself are deleted: a conflict, preference or rephrase
 * between the two claims, an inference from one to the other (a premise equal to the conclusion is
 * dropped from an inference that keeps other premises);</li>
 * <li>{@code merged} is deleted.</li>
 * </ul>
 * Cannot execute when the claims are the same or of different projects. The result is {@code kept}.
 */
public class MergeClaimsCommand extends CompoundCommand {

    private final EditingDomain domain;
    private final DialecticaFactoryWithIds factory;
    private final Claim kept;
    private final Claim merged;

    public MergeClaimsCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Claim kept, Claim merged) {
        super("Merge claims", "Merges one claim into another, keeping both anchors and provenance");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.kept = kept;
        this.merged = merged;
    }

    @Override
    protected boolean prepare() {
        return kept != null && merged != null && kept != merged && Models.allIn(Models.projectOf(kept), List.of(kept, merged));
    }

    @Override
    public void execute() {
        Project project = Models.projectOf(kept);
        moveAnchorsAndTags();
        recordProvenance(project);
        Set<EObject> degenerate = new LinkedHashSet<>();
        redirectReferences(project, degenerate);
        List<EObject> deleted = new ArrayList<>(degenerate);
        deleted.add(0, merged);
        appendAndExecute(new DeleteElementsCommand(domain, deleted));
    }

    private void moveAnchorsAndTags() {
        if (!merged.getAnchors().isEmpty()) {
            // Removed, then added: undo must put them back into the merged claim, which a bare move
            // (an AddCommand taking them from their container) would not.
            List<?> anchors = new ArrayList<>(merged.getAnchors());
            appendAndExecute(RemoveCommand.create(domain, merged, Literals.CLAIM__ANCHORS, anchors));
            appendAndExecute(AddCommand.create(domain, kept, Literals.CLAIM__ANCHORS, anchors));
        }
        List<Tag> newTags = merged.getTags().stream().filter(tag -> !kept.getTags().contains(tag)).toList();
        if (!newTags.isEmpty()) {
            appendAndExecute(AddCommand.create(domain, kept, Literals.ELEMENT__TAGS, newTags));
        }
    }

    private void recordProvenance(Project project) {
        Memo memo = factory.createMemo();
        memo.setText("Merged claim " + merged.getId() + " (author " + Objects.requireNonNullElse(merged.getAuthor(), "unknown")
                + ", created " + Objects.requireNonNullElse(merged.getCreated(), "unknown") + "): “"
                + Objects.requireNonNullElse(merged.getText(), "") + "”");
        appendAndExecute(AddCommand.create(domain, project, Literals.PROJECT__MEMOS, memo));
        appendAndExecute(AddCommand.create(domain, memo, Literals.MEMO__ABOUT, kept));
    }

    private void redirectReferences(Project project, Set<EObject> degenerate) {
        Set<Inference> redirected = new LinkedHashSet<>();
        for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(merged, project)) {
            EObject owner = setting.getEObject();
            EStructuralFeature feature = setting.getEStructuralFeature();
            if (owner == merged || degenerate.contains(owner) || feature.isDerived() || feature.isTransient()) {
                continue; // Element.memos (transient) follows Memo.about by itself.
            }
            if (owner instanceof Inference inference) {
                if (redirected.add(inference)) { // once, though it may refer to the claim twice
                    redirect(inference, degenerate);
                }
            } else if (relatesBoth(owner)) {
                degenerate.add(owner);
            } else if (feature.isMany()) {
                replaceInList(owner, feature, merged);
            } else {
                appendAndExecute(SetCommand.create(domain, owner, feature, kept));
            }
        }
    }

    /** A relation between the two claims, which after the merge would relate {@code kept} to itself. */
    private boolean relatesBoth(EObject relation) {
        if (relation instanceof Conflict conflict) {
            return isEither(conflict.getAttacker()) && isEither(conflict.getTarget());
        } else if (relation instanceof Preference preference) {
            return isEither(preference.getPreferred()) && isEither(preference.getDispreferred());
        } else if (relation instanceof Rephrase rephrase) {
            return isEither(rephrase.getOriginal()) && isEither(rephrase.getRephrasing());
        }
        return false;
    }

    private boolean isEither(Node node) {
        return node == kept || node == merged;
    }

    /** Points an inference at {@code kept}, never letting it conclude one of its own premises. */
    private void redirect(Inference inference, Set<EObject> degenerate) {
        boolean concludesKept = isEither(inference.getConclusion());
        long otherPremises = inference.getPremises().stream().filter(premise -> !isEither(premise)).count();
        if (concludesKept && otherPremises == 0) {
            degenerate.add(inference);
            return;
        }
        if (inference.getConclusion() == merged) {
            appendAndExecute(SetCommand.create(domain, inference, Literals.INFERENCE__CONCLUSION, kept));
        }
        if (concludesKept) {
            List<Claim> selfPremises = inference.getPremises().stream().filter(this::isEither).toList();
            if (!selfPremises.isEmpty()) {
                appendAndExecute(RemoveCommand.create(domain, inference, Literals.INFERENCE__PREMISES, selfPremises));
            }
        } else if (inference.getPremises().contains(merged)) {
            replaceInList(inference, Literals.INFERENCE__PREMISES, merged);
        }
    }

    /** Replaces {@code value} by {@code kept} in place, or just removes it when {@code kept} is there already. */
    private void replaceInList(EObject owner, EStructuralFeature feature, Object value) {
        @SuppressWarnings("unchecked")
        EList<Object> list = (EList<Object>) owner.eGet(feature);
        if (list.contains(kept)) {
            appendAndExecute(RemoveCommand.create(domain, owner, feature, value));
        } else {
            appendAndExecute(ReplaceCommand.create(domain, owner, feature, value, List.of(kept)));
        }
    }

    @Override
    public Collection<?> getResult() {
        return List.of(kept);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(kept);
    }
}
