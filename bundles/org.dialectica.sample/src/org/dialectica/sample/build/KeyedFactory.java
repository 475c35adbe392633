package org.dialectica.sample.build;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.dialectica.model.Identifiable;
import org.dialectica.model.util.DialecticaFactoryWithIds;

/**
 * A {@link DialecticaFactoryWithIds} for generated content that must not change when it is regenerated:
 * a fixed creation instant, and ids derived from a key per element instead of random UUIDs, so the
 * committed sample project only diffs where its content changes.
 */
final class KeyedFactory extends DialecticaFactoryWithIds {

    /** The creation time of every sample element. */
    static final Instant CREATED = Instant.parse("2026-11-25T12:00:00Z");

    static final String AUTHOR = "Dialectica sample";

    private static final String NAMESPACE = "org.dialectica.sample/";

    KeyedFactory() {
        super(() -> AUTHOR, Clock.fixed(CREATED, ZoneOffset.UTC));
    }

    /** Replaces the random id of a freshly created element by the one derived from {@code key}. */
    <T extends Identifiable> T key(T identifiable, String key) {
        identifiable.setId(idFor(key));
        return identifiable;
    }

    /** A name-based (version 3) UUID: the same key gives the same id on every run. */
    static String idFor(String key) {
        return UUID.nameUUIDFromBytes((NAMESPACE + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
