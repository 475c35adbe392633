package org.dialectica.interchange.argdown;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dialectica.interchange.ArgumentReader;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.argdown.ArgdownParser.Argument;
import org.dialectica.interchange.argdown.ArgdownParser.Item;
import org.dialectica.interchange.argdown.ArgdownParser.Relation;
import org.dialectica.interchange.argdown.ArgdownParser.Step;
import org.dialectica.interchange.internal.ImportValidation;
import org.dialectica.interchange.internal.SchemeNames;
import org.dialectica.interchange.internal.SupportCycles;
import org.dialectica.interchange.internal.Utf8Input;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.Scheme;
import org.dialectica.model.Tag;
import org.dialectica.model.util.DialecticaFactoryWithIds;

/**
 * Reads Argdown documents: statements become claims, each step of a premise-conclusion structure an
 * inference (its inference line names the scheme), support relations between statements inferences,
 * attacks conflicts (REBUT, or UNDERMINE when the attacked statement is only ever a premise), undercuts
 * conflicts on an argument's last inference, headings issues whose top-level statements are positions.
 * See docs/interchange.md for what does not round-trip.
 */
public final class ArgdownReader implements ArgumentReader {

    public static final String ID = "argdown";

    private final int maxBytes;
    private final Clock clock;

    public ArgdownReader() {
        this(Utf8Input.DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    public ArgdownReader(int maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Argdown";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("argdown", "ad");
    }

    @Override
    public ImportedArguments read(InputStream in, String fileName) throws InterchangeException, IOException {
        String text = Utf8Input.read(in, fileName, maxBytes);
        ImportedArguments imported = new ImportedArguments(fileName);
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(() -> ImportedArguments.authorFor(fileName),
                clock);
        ArgdownParser parser = new ArgdownParser(fileName, factory, imported.report());
        parser.parse(text);
        new Mapping(parser, imported, factory).run();
        SupportCycles.find(imported.inferences()).forEach(cycle -> imported.report().warn("circular support: "
                + cycle.stream().map(c -> "[" + c.getText() + "]").toList()));
        ImportValidation.check(imported);
        return imported;
    }

    /** Turns what the parser found into model elements. */
    private static final class Mapping {
        private final ArgdownParser parser;
        private final ImportedArguments imported;
        private final DialecticaFactoryWithIds factory;
        private final List<Inference> inferences = new ArrayList<>();
        private final Map<Argument, Inference> lastStep = new LinkedHashMap<>();
        private final List<Conflict> conflicts = new ArrayList<>();
        private final Map<String, Scheme> schemes = new LinkedHashMap<>();
        private final Map<String, Tag> tags = new LinkedHashMap<>();

        Mapping(ArgdownParser parser, ImportedArguments imported, DialecticaFactoryWithIds factory) {
            this.parser = parser;
            this.imported = imported;
            this.factory = factory;
        }

        void run() {
            parser.statements.forEach((title, claim) -> {
                if (claim.getText() == null) {
                    claim.setText(title);
                    imported.report().warn("[" + title + "] is never defined with a text; its title is used");
                }
            });
            for (Argument argument : parser.arguments.values()) {
                for (Step step : argument.steps) {
                    Inference inference = factory.createInference();
                    inference.getPremises().addAll(step.premises());
                    inference.setConclusion(step.conclusion());
                    inference.setScheme(scheme(step));
                    inferences.add(inference);
                    lastStep.put(argument, inference);
                    tag(inference, argument.tags);
                }
            }
            List<Relation> attacks = new ArrayList<>();
            for (Relation relation : parser.relations) {
                if (relation.kind() == '+') {
                    support(relation);
                } else {
                    attacks.add(relation);
                }
            }
            attacks.forEach(this::attack);
            collect();
        }

        private void support(Relation relation) {
            Claim premise = claimOf(relation.from(), relation);
            if (premise == null) {
                return;
            }
            if (relation.to().claim() != null) {
                if (premise == relation.to().claim()) {
                    return; // an argument supporting its own conclusion: already in its structure
                }
                Inference inference = factory.createInference();
                inference.getPremises().add(premise);
                inference.setConclusion(relation.to().claim());
                inferences.add(inference);
            } else {
                Inference target = lastStep.get(relation.to().argument());
                if (target == null) {
                    skipNoStructure(relation, relation.to().argument());
                } else if (!target.getPremises().contains(premise)) {
                    target.getPremises().add(premise);
                }
            }
        }

        private void attack(Relation relation) {
            Claim attacker = claimOf(relation.from(), relation);
            if (attacker == null) {
                return;
            }
            Conflict conflict = factory.createConflict();
            conflict.setAttacker(attacker);
            if (relation.kind() == '_') {
                Inference target = relation.to().argument() == null ? null : lastStep.get(relation.to().argument());
                if (target == null) {
                    imported.report().skip("undercut", "line " + relation.line() + ": only an argument with premises"
                            + " and a conclusion can be undercut, not the " + relation.to().describe());
                    return;
                }
                conflict.setTarget(target);
                conflict.setKind(ConflictKind.UNDERCUT);
            } else {
                Claim target = claimOf(relation.to(), relation);
                if (target == null) {
                    return;
                }
                conflict.setTarget(target);
                conflict.setKind(concluded(target) || !premise(target) ? ConflictKind.REBUT : ConflictKind.UNDERMINE);
            }
            if (conflict.getAttacker() == conflict.getTarget()) {
                imported.report().skip("attack", "line " + relation.line() + ": a statement cannot attack itself");
                return;
            }
            conflicts.add(conflict);
        }

        /** A statement, or the conclusion an argument arrives at. */
        private Claim claimOf(Item item, Relation relation) {
            if (item.claim() != null) {
                return item.claim();
            }
            Inference last = lastStep.get(item.argument());
            if (last == null) {
                skipNoStructure(relation, item.argument());
                return null;
            }
            return last.getConclusion();
        }

        private void skipNoStructure(Relation relation, Argument argument) {
            imported.report().skip("relation", "line " + relation.line() + ": argument <" + argument.title
                    + "> has no premise-conclusion structure, so its relations cannot be placed");
        }

        private boolean concluded(Claim claim) {
            return inferences.stream().anyMatch(i -> i.getConclusion() == claim);
        }

        private boolean premise(Claim claim) {
            return inferences.stream().anyMatch(i -> i.getPremises().contains(claim));
        }

        private Scheme scheme(Step step) {
            String name = step.schemeName() != null ? step.schemeName() : step.schemeLabel();
            if (name == null || SchemeNames.meansNoScheme(name)) {
                return null;
            }
            return schemes.computeIfAbsent(SchemeNames.normalise(name), key -> {
                Scheme scheme = factory.createScheme();
                scheme.setName(step.schemeName() != null ? step.schemeName() : SchemeNames.keyFor(name));
                scheme.setLabel(step.schemeLabel() != null ? step.schemeLabel() : null);
                return scheme;
            });
        }

        private void tag(Element element, List<String> names) {
            for (String name : names) {
                Tag tag = tags.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
                    Tag created = factory.createTag();
                    created.setName(name);
                    return created;
                });
                if (!element.getTags().contains(tag)) {
                    element.getTags().add(tag);
                }
            }
        }

        private void collect() {
            List<Claim> claims = new ArrayList<>(parser.statements.values());
            claims.addAll(parser.untitled);
            for (Claim claim : claims) {
                tag(claim, parser.tags.getOrDefault(claim, List.of()));
                add(claim, "claim");
            }
            inferences.forEach(inference -> add(inference, "inference"));
            conflicts.forEach(conflict -> add(conflict, "conflict"));
            parser.issues.forEach(issue -> {
                tag(issue, parser.tags.getOrDefault(issue, List.of()));
                imported.addIssue(issue);
                imported.report().kept("issue");
            });
            schemes.values().forEach(scheme -> {
                imported.addScheme(scheme);
                imported.report().kept("scheme");
            });
            tags.values().forEach(imported::addTag);
            parser.arguments.values().stream().filter(a -> a.steps.isEmpty()).forEach(a -> imported.report()
                    .skip("argument", "<" + a.title + "> (line " + a.line + ") has no premise-conclusion structure"));
            for (int i = 0; i < parser.argumentDescriptions; i++) {
                imported.report().skip("argument description", "the model has no text for arguments");
            }
        }

        private void add(Node node, String kind) {
            imported.addNode(node);
            imported.report().kept(kind);
        }
    }
}
