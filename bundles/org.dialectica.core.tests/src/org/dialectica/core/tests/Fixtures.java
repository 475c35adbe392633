package org.dialectica.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.migration.ModelMigrations;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.core.project.impl.ProjectEditingDomains;
import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.edit.command.AddCommand;

/** Helpers shared by the core tests: services wired by hand, edits made through commands. */
final class Fixtures {

    static final DialecticaFactoryWithIds FACTORY = new DialecticaFactoryWithIds("Tester");

    private Fixtures() {
    }

    /** A service whose autosave runs soon after an edit, so tests need not wait long. */
    static DefaultProjectService service() {
        return service(Duration.ofMillis(50));
    }

    static DefaultProjectService service(Duration autosaveDelay) {
        return new DefaultProjectService(autosaveDelay, new ModelMigrations(), new ProjectEditingDomains());
    }

    /** Adds a claim through the command stack, as every editor does. */
    static Claim addClaim(OpenProject project, String text) {
        Claim claim = FACTORY.createClaim();
        claim.setText(text);
        project.editingDomain().getCommandStack().execute(AddCommand.create(project.editingDomain(), project.model(),
                DialecticaPackage.Literals.PROJECT__NODES, claim));
        return claim;
    }

    static boolean hasClaim(org.dialectica.model.Project project, String text) {
        return project.getNodes().stream().anyMatch(node -> node instanceof Claim claim && text.equals(claim.getText()));
    }

    /** Copies a project folder with its files' times, as a crashed machine would leave it. */
    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
