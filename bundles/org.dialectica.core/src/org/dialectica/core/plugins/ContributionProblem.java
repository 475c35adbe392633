package org.dialectica.core.plugins;

/**
 * Something a plugin contributed that Dialectica stopped using, or a plugin that could not start at all.
 *
 * @param bundle       the contributing bundle, "symbolic-name version" (see {@link Contributions#bundleOf})
 * @param contribution what it contributed, e.g. {@code importer org.example.srt} or {@code filter is:policy}
 * @param message      what went wrong and what Dialectica did about it, for people
 */
public record ContributionProblem(String bundle, String contribution, String message) {

    @Override
    public String toString() {
        return contribution + " from " + bundle + ": " + message;
    }
}
