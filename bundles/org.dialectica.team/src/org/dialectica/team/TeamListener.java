package org.dialectica.team;

import java.nio.file.Path;

/**
 * Hears about pulls that changed a project's files. The model of a project open in this process is then
 * stale: the listener reloads it (closes and reopens it through the project service). Called on the thread
 * that pulled.
 */
public interface TeamListener {

    void projectUpdated(Path project, PullResult result);
}
