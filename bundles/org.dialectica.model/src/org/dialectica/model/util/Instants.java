package org.dialectica.model.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the instants stored in a model file. Every {@code created} attribute goes through here on
 * load, so the form Dialectica itself writes ({@link Instant#toString()}: {@code
 * 2026-11-25T14:02:11.123456Z}, UTC, 0-9 fraction digits) is read by a direct scan; {@link
 * Instant#parse} and its general formatter took about a twentieth of the load time of a large model.
 * Anything else (offsets, leap seconds, years beyond 9999, hand-edited files) falls back to
 * {@link Instant#parse}, so what is accepted does not change.
 */
public final class Instants {

    private static final int SECONDS_END = "2026-11-25T14:02:11".length();

    private Instants() {
    }

    /** The instant {@code text} stands for, or {@code null} for {@code null}. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant fast = parseCanonical(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} when {@code text} has another form. */
    private static Instant parseCanonical(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > SECONDS_END + 1) {
            int fractionDigits = length - SECONDS_END - 2;
            if (text.charAt(SECONDS_END) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, SECONDS_END + 1, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
