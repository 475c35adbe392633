package org.dialectica.core.project;

/** Hears about projects being opened, saved and closed. Called on the thread that did it. */
public interface ProjectListener {

    default void projectOpened(OpenProject project) {
    }

    default void projectSaved(OpenProject project) {
    }

    default void projectClosed(OpenProject project) {
    }
}
