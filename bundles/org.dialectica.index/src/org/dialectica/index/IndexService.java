package org.dialectica.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.core.plugins.ContributionProblem;

/**
 * Opens the Lucene index of a project, kept in {@code <project>/.dialectica/index}. An index that is
 * missing, damaged, of an older schema, or that missed uncommitted changes is deleted and rebuilt
 * from the given content while opening; nothing outside the index folder is ever written.
 */
public interface IndexService {

    /** Folder of a project's index, relative to the project folder. */
    String INDEX_FOLDER = ".dialectica/index";

    /**
     * Opens (creating or rebuilding when needed) the index of the project in {@code projectDir}.
     *
     * @param content  what to build the index from when it must be (re)built, and what
     *                 {@link StructureFilter}s are evaluated against
     * @param progress told about rebuilding, if that happens
     * @throws IndexLockedException when another process holds the index open
     */
    ProjectIndex open(Path projectDir, IndexContent content, RebuildProgress progress) throws IOException;

    default ProjectIndex open(Path projectDir, IndexContent content) throws IOException {
        return open(projectDir, content, RebuildProgress.NONE);
    }

    /** The {@code is:} filters known right now, without those disabled after failing. */
    List<StructureFilter> structureFilters();

    /** Plugins' {@code is:} filters that failed and are disabled, or were never usable, and why. */
    default List<ContributionProblem> problems() {
        return List.of();
    }
}
