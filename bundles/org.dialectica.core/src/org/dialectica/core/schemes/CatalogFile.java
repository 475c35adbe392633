package org.dialectica.core.schemes;

import java.net.URL;

/**
 * A scheme catalogue contributed to {@code org.dialectica.core.schemeCatalogs}.
 *
 * @param id          the contribution's id
 * @param name        a readable name
 * @param contributor the symbolic name of the contributing bundle
 * @param file        the file as given in plugin.xml, relative to the bundle
 * @param location    where to read it; null when the file does not exist in the bundle
 */
public record CatalogFile(String id, String name, String contributor, String file, URL location) {

    /** How messages name this catalogue. */
    public String describe() {
        return "scheme catalogue " + (name == null || name.isBlank() ? id : "'" + name + "'") + " (" + file + " in "
                + contributor + ")";
    }
}
