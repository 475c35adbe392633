package org.dialectica.core.project.migration;

import java.io.IOException;

import org.dialectica.model.resource.FormatVersion;

/**
 * Rewrites a model file of an older format version into the next version, so that a project saved
 * by an older Dialectica opens in this one.
 *
 * <p>Format 1.0 is the first version: no migration exists yet. When the format changes (a new
 * namespace URI in the ecore), add one migration from the previous version to the new one and
 * register it in {@link ModelMigrations} (or as an OSGi service of this type). A migration works on
 * the XML document, not on EMF objects, because the old version's classes no longer exist. A file
 * several versions old is migrated step by step along the chain.
 *
 * <p>The migrated model is only written when the user saves; the file as it was is then kept as
 * the backup ({@code .dialectica/backup/dialectica.xmi.bak}).
 */
public interface ModelMigration {

    /** The version this migration reads. */
    FormatVersion from();

    /** The version it produces; newer than {@link #from()}. */
    FormatVersion to();

    /**
     * Rewrites a complete model document of version {@link #from()} into one of version {@link #to()}.
     *
     * @throws IOException when the document cannot be migrated; the message is shown to the user
     */
    byte[] migrate(byte[] document) throws IOException;
}
