package org.dialectica.team.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectService;
import org.dialectica.model.Claim;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.team.TeamService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.dialectica.model.DialecticaPackage;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The services as Declarative Services registers them, and edits made the way editors make them. */
final class Projects {

    private static final DialecticaFactoryWithIds FACTORY = new DialecticaFactoryWithIds("Tester");

    private Projects() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Projects.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
        assertNotNull(service, type.getSimpleName() + " is registered");
        return service;
    }

    static TeamService team() throws InterruptedException {
        return service(TeamService.class);
    }

    /** Opens the project, applies {@code edit}, saves and closes it (releasing the lock). */
    static void edit(Path directory, Consumer<OpenProject> edit) throws Exception {
        try (OpenProject project = service(ProjectService.class).open(directory, null)) {
            edit.accept(project);
            project.save(null);
        }
    }

    static Claim addClaim(OpenProject project, String text) {
        Claim claim = FACTORY.createClaim();
        claim.setText(text);
        project.editingDomain().getCommandStack().execute(AddCommand.create(project.editingDomain(), project.model(),
                DialecticaPackage.Literals.PROJECT__NODES, claim));
        return claim;
    }

    static void setText(OpenProject project, String claimId, String text) {
        project.editingDomain().getCommandStack().execute(SetCommand.create(project.editingDomain(),
                claim(project.model(), claimId), DialecticaPackage.Literals.CLAIM__TEXT, text));
    }

    static Claim claim(Project project, String id) {
        for (Node node : project.getNodes()) {
            if (node.getId().equals(id)) {
                return (Claim) node;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    static Project readOnly(Path directory) throws InterruptedException, ProjectException {
        return service(ProjectService.class).readOnly(directory);
    }

    /** Loads a model from bytes (e.g. a blob out of git) with plain EMF. */
    static Project load(byte[] document) throws IOException {
        Resource resource = DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createURI("memory:/" + DialecticaResourceFactory.PROJECT_FILE_NAME));
        resource.load(new ByteArrayInputStream(document), null);
        return (Project) resource.getContents().get(0);
    }
}
