package org.dialectica.core.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quote again in a text that may have changed, in three steps of decreasing certainty:
 * at its old offsets; as the exact quote elsewhere (several occurrences are told apart by the
 * remembered prefix and suffix, then by nearness to the old offsets); approximately, with
 * {@link FuzzyMatcher}. Otherwise the quote is orphaned. Works without the old text.
 */
public final class QuoteMatcher {

    private final FuzzyMatcher fuzzy = new FuzzyMatcher();

    public QuoteMatch find(String text, Quote quote) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return QuoteMatch.orphaned(quote);
        }
        if (quote.start() >= 0 && quote.end() <= text.length() && quote.end() - quote.start() == exact.length()
                && text.startsWith(exact, quote.start())) {
            return QuoteMatch.anchored(quote);
        }
        List<Integer> occurrences = occurrences(text, exact);
        if (!occurrences.isEmpty()) {
            int start = bestByContext(text, quote, occurrences);
            return QuoteMatch.moved(start, start + exact.length(), 0);
        }
        return fuzzy.find(text, exact, quote.start())
                .map(passage -> QuoteMatch.moved(passage.start(), passage.end(), passage.errors()))
                .orElseGet(() -> QuoteMatch.orphaned(quote));
    }

    private static List<Integer> occurrences(String text, String exact) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** The occurrence whose surroundings agree best with the remembered context; ties go to the nearest. */
    private static int bestByContext(String text, Quote quote, List<Integer> occurrences) {
        int best = occurrences.get(0);
        int bestScore = -1;
        for (int start : occurrences) {
            int score = commonSuffix(quote.prefix(), text, start)
                    + commonPrefix(quote.suffix(), text, start + quote.exact().length());
            if (score > bestScore
                    || (score == bestScore && Math.abs(start - quote.start()) < Math.abs(best - quote.start()))) {
                best = start;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many characters at the end of {@code prefix} equal those just before {@code position} in the text. */
    static int commonSuffix(String prefix, String text, int position) {
        int n = 0;
        while (n < prefix.length() && position - n - 1 >= 0
                && prefix.charAt(prefix.length() - n - 1) == text.charAt(position - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many characters at the start of {@code suffix} equal those from {@code position} in the text. */
    static int commonPrefix(String suffix, String text, int position) {
        int n = 0;
        while (n < suffix.length() && position + n < text.length() && suffix.charAt(n) == text.charAt(position + n)) {
            n++;
        }
        return n;
    }
}
