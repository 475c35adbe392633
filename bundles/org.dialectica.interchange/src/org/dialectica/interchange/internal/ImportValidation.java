package org.dialectica.interchange.internal;

import java.util.stream.Collectors;

import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.model.DialecticaFactory;
import org.dialectica.model.Project;
import org.dialectica.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Runs the model's rules on a freshly read set before anything is loaded, so that a file that breaks a
 * rule (say, an inference concluding its own premise) is refused as a whole. The elements are put in a
 * scratch project for the check and taken out again, so they stay detached.
 */
public final class ImportValidation {

    private ImportValidation() {
    }

    public static void check(ImportedArguments imported) throws InterchangeException {
        Project scratch = DialecticaFactory.eINSTANCE.createProject();
        scratch.setId("scratch");
        scratch.getSchemes().addAll(imported.schemes());
        scratch.getTags().addAll(imported.tags());
        scratch.getNodes().addAll(imported.nodes());
        scratch.getIssues().addAll(imported.issues());
        Diagnostic diagnostic;
        try {
            diagnostic = ModelValidation.validate(scratch);
        } finally {
            // Clearing a containment list detaches the elements; their references to each other stay.
            scratch.getIssues().clear();
            scratch.getNodes().clear();
            scratch.getTags().clear();
            scratch.getSchemes().clear();
        }
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            String problems = diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                    .map(Diagnostic::getMessage).limit(5).collect(Collectors.joining("; "));
            throw new InterchangeException(imported.fileName(), "the arguments break the model's rules: " + problems);
        }
        diagnostic.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.WARNING)
                .forEach(d -> imported.report().warn(d.getMessage()));
    }
}
