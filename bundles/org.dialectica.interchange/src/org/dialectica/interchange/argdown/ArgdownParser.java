package org.dialectica.interchange.argdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialectica.interchange.ImportReport;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.util.DialecticaFactoryWithIds;

/**
 * A small line-based parser for the Argdown constructs Dialectica maps (Argdown's own PEG grammar is not
 * published for the JVM): front matter, comments, headings, statements {@code [T]: text}, arguments
 * {@code <T>}, premise-conclusion structures with inference lines, and indented relations
 * {@code + - _ <+ <- <_ +> -> _>}. It produces claims and issues, plus the arguments and relations that
 * {@link ArgdownReader} turns into inferences and conflicts. Problems are reported with their line.
 */
final class ArgdownParser {

    /** A premise-conclusion step: premises, an inference line (scheme), one conclusion. */
    record Step(List<Claim> premises, Claim conclusion, String schemeName, String schemeLabel, int line) {
    }

    /** An Argdown argument; {@code steps} is empty when it has no premise-conclusion structure. */
    static final class Argument {
        final String title;
        final int line;
        final List<Step> steps = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        Argument(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    /** A statement or an argument that a relation connects. */
    record Item(Claim claim, Argument argument) {
        String describe() {
            return claim != null ? "statement \"" + claim.getText() + "\"" : "argument <" + argument.title + ">";
        }
    }

    /** {@code from} supports ('+'), attacks ('-') or undercuts ('_') {@code to}. */
    record Relation(Item from, Item to, char kind, int line) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#+)\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\((\\d+)\\)\\s*(.*)$");
    private static final Pattern INFERENCE_RULE = Pattern.compile("^\\s*--\\s*(.*?)\\s*--+\\s*$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-{2,}\\s*$");
    private static final Pattern RELATION = Pattern.compile("^(\\s+)(<[+\\-_]|[+\\-_]>|[+\\-_])\\s+(.+)$");
    private static final Pattern STATEMENT = Pattern.compile("^\\[((?:\\\\.|[^\\]\\\\])+)\\]\\s*(?::\\s*(.*))?$");
    private static final Pattern ARGUMENT = Pattern.compile("^<((?:\\\\.|[^>\\\\])+)>\\s*(?::\\s*(.*))?$");
    private static final Pattern LINE_COMMENT = Pattern.compile("(^|\\s)//.*$");

    final Map<String, Claim> statements = new LinkedHashMap<>();
    final List<Claim> untitled = new ArrayList<>();
    final Map<String, Argument> arguments = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();
    final Map<Object, List<String>> tags = new HashMap<>();
    int argumentDescriptions;

    private final String fileName;
    private final DialecticaFactoryWithIds factory;
    private final ImportReport report;
    private final Deque<Map.Entry<Integer, Item>> parents = new ArrayDeque<>();
    private final Map<Claim, Integer> definedAt = new HashMap<>();
    private Issue currentIssue;
    private Argument currentArgument;
    private Pcs pcs;
    private int anonymous;

    ArgdownParser(String fileName, DialecticaFactoryWithIds factory, ImportReport report) {
        this.fileName = fileName;
        this.factory = factory;
        this.report = report;
    }

    void parse(String text) throws InterchangeException {
        String[] lines = withoutBlockComments(text).split("\\R", -1);
        int first = skipFrontMatter(lines);
        for (int i = first; i < lines.length; i++) {
            parseLine(LINE_COMMENT.matcher(lines[i]).replaceFirst("").stripTrailing(), i + 1);
        }
        endPcs();
    }

    private void parseLine(String line, int number) throws InterchangeException {
        if (line.isBlank()) {
            return;
        }
        Matcher matcher;
        if ((matcher = NUMBERED.matcher(line)).matches()) {
            if (pcs == null) {
                if (currentArgument == null || !currentArgument.steps.isEmpty()) {
                    currentArgument = argument("Argument " + (++anonymous), number);
                }
                pcs = new Pcs(currentArgument);
            }
            Item item = item(matcher.group(2), number);
            if (item.claim() == null) {
                throw error("a numbered line of a premise-conclusion structure must be a statement", number);
            }
            pcs.statement(parseNumber(matcher.group(1), number), item.claim(), number);
            parents.clear();
            parents.push(Map.entry(0, item));
            return;
        }
        if (DASHES.matcher(line).matches() || INFERENCE_RULE.matcher(line).matches()) {
            if (pcs == null) {
                throw error("an inference line must follow numbered premises", number);
            }
            Matcher rule = INFERENCE_RULE.matcher(line);
            pcs.inference(rule.matches() && !DASHES.matcher(line).matches() ? rule.group(1) : "", number);
            return;
        }
        if ((matcher = RELATION.matcher(line)).matches()) {
            relation(matcher.group(1).length(), matcher.group(2), matcher.group(3), number);
            return;
        }
        if (Character.isWhitespace(line.charAt(0))) {
            throw error("cannot read this indented line: expected a relation such as \"+ [Statement]\" or \"- <Argument>\"",
                    number);
        }
        endPcs();
        if ((matcher = HEADING.matcher(line)).matches()) {
            ArgdownSyntax.Tagged heading = ArgdownSyntax.untag(stripMetadata(matcher.group(2)));
            currentIssue = factory.createIssue();
            currentIssue.setText(heading.text());
            tags.put(currentIssue, heading.tags());
            issues.add(currentIssue);
            parents.clear();
            currentArgument = null;
            return;
        }
        Item item = item(line, number);
        parents.clear();
        parents.push(Map.entry(0, item));
        currentArgument = item.argument();
        if (item.claim() != null && currentIssue != null && !currentIssue.getPositions().contains(item.claim())) {
            currentIssue.getPositions().add(item.claim());
        }
    }

    private void relation(int indent, String symbol, String target, int number) throws InterchangeException {
        while (!parents.isEmpty() && parents.peek().getKey() >= indent) {
            parents.pop();
        }
        if (parents.isEmpty()) {
            throw error("relation \"" + symbol + "\" has no statement or argument above it to relate to", number);
        }
        Item parent = parents.peek().getValue();
        Item child = item(target, number);
        char kind = symbol.replace("<", "").replace(">", "").charAt(0);
        boolean outgoing = symbol.endsWith(">");
        relations.add(outgoing ? new Relation(parent, child, kind, number) : new Relation(child, parent, kind, number));
        parents.push(Map.entry(indent, child));
    }

    /** A statement ({@code [T]: text}, {@code [T]}, or plain text) or an argument ({@code <T>: text}). */
    private Item item(String content, int number) throws InterchangeException {
        String text = content.strip();
        Matcher matcher;
        if (text.startsWith("[")) {
            if (!(matcher = STATEMENT.matcher(text)).matches()) {
                throw error("a statement title opened with \"[\" is not closed with \"]\"", number);
            }
            return new Item(statement(ArgdownSyntax.unescape(matcher.group(1).strip()), matcher.group(2), number), null);
        }
        if (text.startsWith("<")) {
            if (!(matcher = ARGUMENT.matcher(text)).matches()) {
                throw error("an argument title opened with \"<\" is not closed with \">\"", number);
            }
            String rest = matcher.group(2);
            ArgdownSyntax.Tagged tagged = ArgdownSyntax.untag(ArgdownSyntax.unescape(matcher.group(1)));
            Argument argument = argument(tagged.text(), number);
            argument.tags.addAll(tagged.tags());
            if (rest != null && !rest.isBlank()) {
                argumentDescriptions++;
            }
            return new Item(null, argument);
        }
        ArgdownSyntax.Tagged tagged = ArgdownSyntax.untag(stripMetadata(text));
        Claim claim = factory.createClaim();
        claim.setText(tagged.text());
        tags.put(claim, tagged.tags());
        untitled.add(claim);
        return new Item(claim, null);
    }

    private Claim statement(String title, String definition, int number) {
        Claim claim = statements.computeIfAbsent(title, t -> factory.createClaim());
        if (definition != null && !definition.isBlank()) {
            ArgdownSyntax.Tagged tagged = ArgdownSyntax.untag(stripMetadata(definition));
            if (claim.getText() == null) {
                claim.setText(tagged.text());
                definedAt.put(claim, number);
                tags.computeIfAbsent(claim, c -> new ArrayList<>()).addAll(tagged.tags());
            } else if (!claim.getText().equals(tagged.text())) {
                report.skip("statement text", "[" + title + "] is defined again at line " + number
                        + " with another text; the first definition (line " + definedAt.get(claim) + ") is kept");
            }
        }
        return claim;
    }

    private Argument argument(String title, int number) {
        return arguments.computeIfAbsent(title, t -> new Argument(t, number));
    }

    private void endPcs() throws InterchangeException {
        if (pcs != null) {
            Pcs ending = pcs;
            pcs = null;
            ending.finish();
        }
    }

    private int parseNumber(String digits, int line) throws InterchangeException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw error("statement number " + digits + " is too large", line);
        }
    }

    private static String stripMetadata(String text) {
        return ArgdownSyntax.TRAILING_METADATA.matcher(text).replaceFirst("");
    }

    private String withoutBlockComments(String text) throws InterchangeException {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (true) {
            int open = text.indexOf("/*", at);
            if (open < 0) {
                return out.append(text, at, text.length()).toString();
            }
            int close = text.indexOf("*/", open + 2);
            if (close < 0) {
                throw error("comment \"/*\" is never closed", lineAt(text, open));
            }
            out.append(text, at, open);
            // Keep the line breaks so that later messages name the right lines.
            text.substring(open, close + 2).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
            at = close + 2;
        }
    }

    private int skipFrontMatter(String[] lines) throws InterchangeException {
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length || !lines[first].strip().equals("===")) {
            return 0;
        }
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].strip().equals("===")) {
                return i + 1;
            }
        }
        throw error("front matter \"===\" is never closed", first + 1);
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    InterchangeException error(String problem, int line) {
        return new InterchangeException(fileName, problem, line, -1, null);
    }

    /** A premise-conclusion structure being read. */
    private final class Pcs {
        private final Argument argument;
        private final Map<Integer, Claim> numbered = new HashMap<>();
        private List<Claim> segment = new ArrayList<>();
        private String pendingRule;
        private int pendingLine;
        private int firstLine;

        Pcs(Argument argument) {
            this.argument = argument;
        }

        void statement(int number, Claim claim, int line) {
            if (firstLine == 0) {
                firstLine = line;
            }
            numbered.put(number, claim);
            if (pendingRule != null) {
                String metadata = metadataOf(pendingRule);
                List<Claim> premises = uses(metadata).orElse(segment);
                String label = stripMetadata(pendingRule).strip();
                String scheme = metadata == null ? null : ArgdownSyntax.metadataValue(metadata, "scheme");
                argument.steps.add(new Step(List.copyOf(premises), claim, scheme,
                        label.isEmpty() ? null : ArgdownSyntax.unescape(label), pendingLine));
                pendingRule = null;
                segment = new ArrayList<>();
            }
            segment.add(claim);
        }

        void inference(String rule, int line) throws InterchangeException {
            if (pendingRule != null) {
                throw error("two inference lines in a row; a conclusion must come between them", line);
            }
            if (segment.isEmpty()) {
                throw error("an inference line needs premises above it", line);
            }
            pendingRule = rule;
            pendingLine = line;
        }

        void finish() throws InterchangeException {
            if (pendingRule != null) {
                throw error("the inference line has no conclusion below it", pendingLine);
            }
            if (argument.steps.isEmpty()) {
                throw error("numbered statements without an inference line (\"----\") are not an argument", firstLine);
            }
        }

        private java.util.Optional<List<Claim>> uses(String metadata) {
            String uses = metadata == null ? null : ArgdownSyntax.metadataValue(metadata, "uses");
            if (uses == null) {
                return java.util.Optional.empty();
            }
            List<Claim> premises = new ArrayList<>();
            for (String n : uses.replaceAll("[\\[\\]]", "").split(",")) {
                Claim claim = n.strip().matches("\\d{1,9}") ? numbered.get(Integer.parseInt(n.strip())) : null;
                if (claim != null) {
                    premises.add(claim);
                }
            }
            return premises.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(premises);
        }

        private String metadataOf(String rule) {
            Matcher matcher = ArgdownSyntax.TRAILING_METADATA.matcher(rule);
            return matcher.find() ? matcher.group(1) : null;
        }
    }
}
