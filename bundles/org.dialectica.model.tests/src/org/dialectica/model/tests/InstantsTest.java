package org.dialectica.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.dialectica.model.util.Instants;
import org.junit.jupiter.api.Test;

/** The fast reader of stored instants must accept exactly what {@link Instant#parse} accepts, with the same result. */
class InstantsTest {

    @Test
    void readsWhatInstantToStringWritesAtEveryPrecision() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant, Instants.parse(instant.toString()), instant.toString());
        }
    }

    @Test
    void agreesWithInstantParseOnOtherForms() {
        for (String text : new String[] {"2026-11-25T14:02:11.5Z", "2026-11-25T14:02:11.123456789Z",
                "2026-11-25T14:02:11+02:00", "2024-02-29T00:00:00Z", "+12026-01-01T00:00:00Z",
                "2026-11-25t14:02:11z", "2026-11-25T24:00:00Z", "2016-12-31T23:59:60Z", "2026-11-25T14:02:11.Z"}) {
            assertEquals(Instant.parse(text), Instants.parse(text), text);
        }
    }

    @Test
    void rejectsWhatInstantParseRejects() {
        for (String text : new String[] {"2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-11-25T14:60:00Z",
                "2026-11-25T14:02:11.1234567890Z", "2026-11-25T14:02:1xZ", "yesterday", ""}) {
            assertThrows(DateTimeParseException.class, () -> Instant.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> Instants.parse(text), text);
        }
        assertNull(Instants.parse(null));
    }
}
