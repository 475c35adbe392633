package org.dialectica.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dialectica.index.ElementType;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.internal.QueryToken.Kind;

/**
 * Parses the search language (docs/search.md) into a Lucene query. Boolean structure, field filters
 * and {@code is:} filters are handled here; each free-text word or phrase is handed to Lucene's
 * classic {@link QueryParser}, once per language field, so analysis, prefixes, fuzzy matching and
 * phrase slop are Lucene's own. Adjacent terms are ANDed; AND binds tighter than OR.
 */
public final class SearchQueryParser {

    /** Resolves {@code is:} filters to the ids they match. */
    public interface StructureFilterResolver {
        /**
         * @return the ids, or {@code null} when no filter has that name
         * @throws FilterUnavailableException when the filter failed and is disabled
         */
        Set<String> matchingIds(String name);

        Set<String> names();
    }

    /**
     * Finds sources by their source documents ({@link IndexSchema#source}): {@code source:}, {@code author:} and
     * {@code year:} match there, once per source, and then select the passages by source id.
     */
    public interface SourceLookup {
        /** The ids of the sources whose source document matches the query. */
        Set<String> sourceIds(Query sourceDocumentQuery);
    }

    /** An {@code is:} filter exists but cannot answer (a plugin's filter that failed); the message says why. */
    public static final class FilterUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FilterUnavailableException(String message) {
            super(message);
        }
    }

    public static final String IS = "is";
    static final Set<String> FIELDS = Set.of(IndexSchema.SOURCE, IndexSchema.TYPE, IndexSchema.TAG,
            IndexSchema.SCHEME, IndexSchema.AUTHOR, IndexSchema.YEAR, IndexSchema.KIND, IndexSchema.STATE, IS);

    private static final Pattern YEAR = Pattern.compile("(\\d{1,4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{1,4})\\.\\.(\\d{1,4})");
    private static final Pattern YEAR_BOUND = Pattern.compile("(>=|<=|>|<)(\\d{1,4})");

    private final LanguageAnalyzers analyzers;
    private final List<String> textFields;
    private final StructureFilterResolver structureFilters;
    private final SourceLookup sources;

    private String query;
    private List<QueryToken> tokens;
    private int next;

    /**
     * @param textFields the language text fields to search (those present in the index)
     */
    public SearchQueryParser(LanguageAnalyzers analyzers, List<String> textFields,
            StructureFilterResolver structureFilters, SourceLookup sources) {
        this.analyzers = analyzers;
        this.textFields = textFields.isEmpty()
                ? List.of(IndexSchema.textField(LanguageAnalyzers.DEFAULT_LANGUAGE))
                : List.copyOf(textFields);
        this.structureFilters = structureFilters;
        this.sources = sources;
    }

    /** Parses a query; the empty query matches everything. Not thread-safe: one parser per call. */
    public Query parse(String queryText) throws QuerySyntaxException {
        this.query = queryText;
        this.tokens = new QueryLexer(queryText, FIELDS).tokens();
        this.next = 0;
        if (peek().kind() == Kind.EOF) {
            return MatchAllDocsQuery.INSTANCE;
        }
        Part part = parseOr();
        QueryToken rest = peek();
        if (rest.kind() == Kind.RPAREN) {
            throw error("')' has no matching '('", rest.position());
        }
        if (part == null) {
            return new MatchNoDocsQuery("only stop words");
        }
        return part.standalone();
    }

    /** A parsed piece: its query, and whether it must be excluded or only filters (does not score). */
    private record Part(Query query, boolean negated, boolean filter) {
        Query standalone() {
            if (!negated) {
                return query;
            }
            return new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, Occur.MUST)
                    .add(query, Occur.MUST_NOT).build();
        }
    }

    private Part parseOr() throws QuerySyntaxException {
        List<Part> alternatives = new ArrayList<>();
        alternatives.add(parseAnd());
        while (peek().kind() == Kind.OR) {
            QueryToken or = take();
            requireOperand(or);
            alternatives.add(parseAnd());
        }
        List<Part> kept = alternatives.stream().filter(p -> p != null).toList();
        if (kept.size() <= 1) {
            return kept.isEmpty() ? null : kept.get(0);
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        for (Part part : kept) {
            Query q = part.standalone();
            or.add(part.filter() ? new ConstantScoreQuery(q) : q, Occur.SHOULD);
        }
        return new Part(or.build(), false, false);
    }

    private Part parseAnd() throws QuerySyntaxException {
        List<Part> clauses = new ArrayList<>();
        boolean any = false;
        while (true) {
            QueryToken token = peek();
            if (token.kind() == Kind.EOF || token.kind() == Kind.RPAREN || token.kind() == Kind.OR) {
                if (!any) {
                    throw error(token.kind() == Kind.OR ? "'" + token.text() + "' needs something before it"
                            : "expected a word, phrase or filter", token.position());
                }
                break;
            }
            if (token.kind() == Kind.AND) {
                if (!any) {
                    throw error("'" + token.text() + "' needs something before it", token.position());
                }
                take();
                requireOperand(token);
            }
            clauses.add(parseUnary());
            any = true;
        }
        List<Part> kept = clauses.stream().filter(p -> p != null).toList();
        if (kept.size() <= 1) {
            return kept.isEmpty() ? null : kept.get(0);
        }
        BooleanQuery.Builder and = new BooleanQuery.Builder();
        boolean positive = false;
        boolean scoring = false;
        for (Part part : kept) {
            if (part.negated()) {
                and.add(part.query(), Occur.MUST_NOT);
            } else {
                and.add(part.query(), part.filter() ? Occur.FILTER : Occur.MUST);
                positive = true;
                scoring |= !part.filter();
            }
        }
        if (!positive) {
            and.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        return new Part(and.build(), false, !scoring);
    }

    private Part parseUnary() throws QuerySyntaxException {
        QueryToken token = peek();
        if (token.kind() == Kind.NOT) {
            take();
            requireOperand(token);
            Part inner = parseUnary();
            return inner == null ? null : new Part(inner.query(), !inner.negated(),
                    inner.filter());
        }
        if (token.kind() == Kind.PLUS) {
            take();
            return parseUnary();
        }
        return parsePrimary();
    }

    private Part parsePrimary() throws QuerySyntaxException {
        QueryToken token = take();
        return switch (token.kind()) {
            case LPAREN -> {
                if (peek().kind() == Kind.RPAREN) {
                    throw error("'()' is empty", token.position());
                }
                Part inner = parseOr();
                if (peek().kind() != Kind.RPAREN) {
                    throw error("'(' is never closed", token.position());
                }
                take();
                yield inner;
            }
            case WORD, PHRASE -> text(token);
            case FIELD -> new Part(filter(token), false, true);
            case RPAREN -> throw error("')' has no matching '('", token.position());
            case AND, OR -> throw error("'" + token.text() + "' needs something before it", token.position());
            default -> throw error("expected a word, phrase or filter", token.position());
        };
    }

    /**
     * A free-text word or phrase, searched in every language field. A stop word of one language
     * restricts nothing among that language's documents, so it must not exclude them in an AND.
     */
    private Part text(QueryToken token) throws QuerySyntaxException {
        List<Query> perLanguage = new ArrayList<>();
        int analysed = 0;
        for (String field : textFields) {
            Query q = classic(field, token);
            if (q != null) {
                perLanguage.add(q);
                analysed++;
            } else {
                perLanguage.add(new BoostQuery(new ConstantScoreQuery(new FieldExistsQuery(field)), 0f));
            }
        }
        if (analysed == 0) {
            return null; // stop words in every language: they restrict nothing
        }
        Query q = perLanguage.size() == 1 ? perLanguage.get(0) : new DisjunctionMaxQuery(perLanguage, 0.0f);
        return new Part(q, false, false);
    }

    private Query classic(String field, QueryToken token) throws QuerySyntaxException {
        QueryParser parser = new QueryParser(field, analyzers.forField(field));
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
            Query q = parser.parse(token.value());
            if (q == null || q instanceof BooleanQuery b && b.clauses().isEmpty()) {
                return null;
            }
            return q;
        } catch (ParseException | RuntimeException e) {
            throw error("cannot read '" + token.text() + "': " + firstLine(e.getMessage()), token.position());
        }
    }

    private Query filter(QueryToken token) throws QuerySyntaxException {
        String value = token.value();
        return switch (token.field()) {
            case IS -> structure(token);
            case IndexSchema.TYPE -> {
                ElementType type = ElementType.fromLabel(value).orElseThrow(() -> error(
                        "unknown type '" + value + "' (known: " + typeLabels() + ")", token.position()));
                yield new TermQuery(new Term(IndexSchema.TYPE, type.label()));
            }
            case IndexSchema.TAG, IndexSchema.SCHEME, IndexSchema.KIND, IndexSchema.STATE ->
                new TermQuery(new Term(token.field(), IndexSchema.keyword(value)));
            case IndexSchema.SOURCE -> {
                // A source id, or words of a title: passages and elements of those sources.
                Set<String> ids = new TreeSet<>(sources.sourceIds(analysedPhrase(IndexSchema.SOURCE_TITLE, token)));
                ids.add(value);
                yield inSources(ids);
            }
            case IndexSchema.AUTHOR -> new BooleanQuery.Builder()
                    .add(analysedPhrase(IndexSchema.AUTHOR, token), Occur.SHOULD) // who made an element
                    .add(passagesOf(sources.sourceIds(analysedPhrase(IndexSchema.SOURCE_AUTHOR, token))), Occur.SHOULD)
                    .build();
            case IndexSchema.YEAR -> year(token);
            default -> throw error("unknown field '" + token.field() + "'", token.position());
        };
    }

    /** Matches the value's words in order in an analysed field (title, author). */
    private Query analysedPhrase(String field, QueryToken token) throws QuerySyntaxException {
        QueryParser parser = new QueryParser(field, analyzers.forField(field));
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            Query q = parser.parse("\"" + QueryParser.escape(token.value()) + "\"");
            return q == null ? MatchNoDocsQuery.INSTANCE : q;
        } catch (ParseException | RuntimeException e) {
            throw error("cannot read '" + token.text() + "': " + firstLine(e.getMessage()), token.position());
        }
    }

    private Query year(QueryToken token) throws QuerySyntaxException {
        String value = token.value();
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return passagesOfYears(year, year, sources);
        }
        if ((m = YEAR_RANGE.matcher(value)).matches()) {
            return passagesOfYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), sources);
        }
        if ((m = YEAR_BOUND.matcher(value)).matches()) {
            int year = Integer.parseInt(m.group(2));
            return switch (m.group(1)) {
                case ">=" -> passagesOfYears(year, Integer.MAX_VALUE, sources);
                case ">" -> passagesOfYears(year + 1, Integer.MAX_VALUE, sources);
                case "<=" -> passagesOfYears(Integer.MIN_VALUE, year, sources);
                default -> passagesOfYears(Integer.MIN_VALUE, year - 1, sources);
            };
        }
        throw error("'year:' takes a year (2001), a range (1990..2000) or a bound (>=1990, <2000)",
                token.position());
    }

    /**
     * Passages of sources of the years from {@code from} to {@code to}, both included: through the sources of those
     * years when the year leads the search, through the passages' year doc value when another clause does (then
     * checking a number per candidate is cheaper than matching hundreds of source ids).
     */
    static Query passagesOfYears(int from, int to, SourceLookup sources) {
        Query bySource = passagesOf(sources.sourceIds(IntPoint.newRangeQuery(IndexSchema.SOURCE_YEAR, from, to)));
        if (bySource instanceof MatchNoDocsQuery) {
            return bySource;
        }
        return new IndexOrDocValuesQuery(bySource, NumericDocValuesField.newSlowRangeQuery(IndexSchema.YEAR, from, to));
    }

    /** The passages of these sources. */
    static Query passagesOf(Set<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return new MatchNoDocsQuery("no such source");
        }
        return new BooleanQuery.Builder().add(inSources(sourceIds), Occur.FILTER)
                .add(IndexSchema.typeIs(ElementType.PASSAGE.label()), Occur.FILTER).build();
    }

    /**
     * Passages and elements of these sources: through the terms when this is what narrows the search most, through
     * the doc values when another clause leads (a year range can name half the sources).
     */
    static Query inSources(Set<String> sourceIds) {
        return KeywordField.newSetQuery(IndexSchema.SOURCE, sourceIds.stream().map(BytesRef::new).toList());
    }


    private Query structure(QueryToken token) throws QuerySyntaxException {
        Set<String> ids;
        try {
            ids = structureFilters.matchingIds(token.value().toLowerCase(java.util.Locale.ROOT));
        } catch (FilterUnavailableException e) {
            throw error(e.getMessage(), token.position());
        }
        if (ids == null) {
            Set<String> known = new TreeSet<>(structureFilters.names());
            throw error("unknown filter 'is:" + token.value() + "' (known: "
                    + (known.isEmpty() ? "none installed" : String.join(", ", known)) + ")", token.position());
        }
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("is:" + token.value() + " matches nothing");
        }
        return new TermInSetQuery(IndexSchema.ID, ids.stream().map(BytesRef::new).toList());
    }

    private void requireOperand(QueryToken operator) throws QuerySyntaxException {
        Kind following = peek().kind();
        if (following == Kind.EOF || following == Kind.RPAREN || following == Kind.OR || following == Kind.AND) {
            throw error("'" + operator.text() + "' needs something after it", operator.position());
        }
    }

    private static String typeLabels() {
        return String.join(", ", java.util.Arrays.stream(ElementType.values()).map(ElementType::label).toList());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not understood";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private QueryToken take() {
        QueryToken token = tokens.get(next);
        if (token.kind() != Kind.EOF) {
            next++;
        }
        return token;
    }

    private QuerySyntaxException error(String message, int position) {
        return new QuerySyntaxException(message, query, position);
    }
}
