package org.dialectica.interchange;

import java.util.Objects;
import java.util.Optional;

import org.dialectica.model.Issue;

/**
 * What an export covers: the whole project, or one issue with its positions and everything that
 * argues for or against them (transitively: supporting inferences, their premises, objections and
 * the arguments for the objections).
 */
public final class ExportScope {

    private static final ExportScope WHOLE_PROJECT = new ExportScope(null);

    private final Issue issue;

    private ExportScope(Issue issue) {
        this.issue = issue;
    }

    public static ExportScope wholeProject() {
        return WHOLE_PROJECT;
    }

    public static ExportScope issue(Issue issue) {
        return new ExportScope(Objects.requireNonNull(issue, "issue"));
    }

    /** The issue exported, or empty for the whole project. */
    public Optional<Issue> issue() {
        return Optional.ofNullable(issue);
    }

    public boolean isWholeProject() {
        return issue == null;
    }

    @Override
    public String toString() {
        return issue == null ? "whole project" : "issue " + issue.getId();
    }
}
