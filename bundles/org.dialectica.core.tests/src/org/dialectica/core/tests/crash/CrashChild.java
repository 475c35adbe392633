package org.dialectica.core.tests.crash;

import java.nio.file.Path;
import java.time.Duration;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.core.project.impl.ProjectEditingDomains;
import org.dialectica.core.project.migration.ModelMigrations;
import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Node;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The process that {@code CrashTest} kills: opens a project and, forever, edits it and saves it,
 * printing {@code saved N} after save number N returned. Needs only EMF, the model and core classes
 * on a plain class path, no OSGi. The background autosave runs as in the workbench.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        DefaultProjectService service = new DefaultProjectService(Duration.ofMillis(5), new ModelMigrations(),
                new ProjectEditingDomains());
        OpenProject project = service.open(directory, null);
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("crash-child");
        int edits = 0;
        for (Node node : project.model().getNodes()) {
            if (node instanceof Claim claim && claim.getText().startsWith("edit ")) {
                edits = Math.max(edits, Integer.parseInt(claim.getText().substring("edit ".length())));
            }
        }
        // The first save loads the classes of saving; the kills aim at the steady state after it.
        edits = editAndSave(project, factory, edits);
        System.out.println("ready " + edits);
        System.out.flush();
        while (true) {
            edits = editAndSave(project, factory, edits);
        }
    }

    private static int editAndSave(OpenProject project, DialecticaFactoryWithIds factory, int done) throws Exception {
        int edit = done + 1;
        var domain = project.editingDomain();
        Claim claim = factory.createClaim();
        claim.setText("edit " + edit);
        domain.getCommandStack().execute(AddCommand.create(domain, project.model(),
                DialecticaPackage.Literals.PROJECT__NODES, claim));
        // Change an earlier element too, so saves rewrite the middle of the file, not only its end.
        domain.getCommandStack().execute(SetCommand.create(domain, project.model(),
                DialecticaPackage.Literals.PROJECT__NAME, "Crash test after " + edit + " edits"));
        project.save(null);
        System.out.println("saved " + edit);
        System.out.flush();
        return edit;
    }
}
