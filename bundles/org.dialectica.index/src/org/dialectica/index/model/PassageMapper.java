package org.dialectica.index.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialectica.index.PassageDoc;
import org.dialectica.index.SourceMetadata;
import org.dialectica.index.PassageSplitter;
import org.dialectica.index.Span;
import org.dialectica.model.Source;

/** Cuts a source's stored text into {@link PassageDoc}s carrying the source's metadata. */
public final class PassageMapper {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private PassageMapper() {
    }

    public static List<PassageDoc> passages(Source source, CharSequence storedText) {
        String text = storedText.toString();
        Integer year = year(source.getDate());
        List<PassageDoc> passages = new ArrayList<>();
        for (Span span : PassageSplitter.split(text)) {
            passages.add(new PassageDoc(source.getId(), source.getTitle(), year, source.getAuthors(), span.start(),
                    span.end(), text.substring(span.start(), span.end()), source.getLanguage()));
        }
        return passages;
    }

    /** What the index finds a source's passages by: its title, authors and year. */
    public static SourceMetadata metadata(Source source) {
        return new SourceMetadata(source.getTitle(), source.getAuthors(), year(source.getDate()));
    }

    /** The first four-digit number in a date ("2001", "2001-05-03", "May 2001"), or null. */
    public static Integer year(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
