package org.dialectica.ui.search;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.dialectica.core.project.OpenProject;
import org.dialectica.index.IndexService;
import org.dialectica.index.session.IndexSession;
import org.dialectica.index.session.ModelAccess;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;

/**
 * Keeps an {@link IndexSession} for the project the workbench has open and publishes it in the
 * application context next to the {@link OpenProject}, so the Search view and the Reader's find bar
 * share one index that follows every edit.
 */
public class IndexSessionAddon {

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize sync;

    @Inject
    @Service
    private IndexService indexService;

    private IndexSession session;

    /** Called on the UI thread (the project is published there), which is the model's thread. */
    @Inject
    public void setProject(@Optional OpenProject project) {
        if (session != null && session.project() == project) {
            return;
        }
        closeSession();
        if (project == null || indexService == null) {
            return;
        }
        session = new IndexSession(project, indexService, uiThread());
        session.start();
        application.getContext().set(IndexSession.class, session);
    }

    /** Model reads from background searches run on the UI thread, where commands run. */
    private ModelAccess uiThread() {
        return new ModelAccess() {
            @Override
            public <T> T read(Supplier<T> reader) {
                AtomicReference<T> result = new AtomicReference<>();
                sync.syncExec(() -> result.set(reader.get()));
                return result.get();
            }
        };
    }

    private void closeSession() {
        if (session != null) {
            application.getContext().remove(IndexSession.class);
            session.close();
            session = null;
        }
    }

    @PreDestroy
    void stop() {
        closeSession();
    }
}
