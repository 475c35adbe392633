package org.dialectica.interchange.argdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.dialectica.model.Element;

/**
 * Readable, unique Argdown titles: the first words of a claim's text ("[Smoking causes cancer]"), numbered
 * when two claims start alike. The model has no titles, so they are made up on export and dropped on import.
 */
final class ArgdownTitles {

    private static final int MAX_WORDS = 6;

    private final Map<Element, String> titles = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    String titleOf(Element element, String text, String fallback) {
        return titles.computeIfAbsent(element, e -> unique(shorten(text, fallback)));
    }

    private static String shorten(String text, String fallback) {
        String plain = text == null ? "" : text.replaceAll("[\\[\\]<>{}#\\\\:()]", " ").strip();
        String[] words = plain.split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_WORDS, words.length); i++) {
            if (!words[i].isEmpty()) {
                title.append(title.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return title.isEmpty() ? fallback : title.toString();
    }

    private String unique(String title) {
        String candidate = title;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = title + " " + n;
        }
        return candidate;
    }
}
