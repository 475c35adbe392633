package org.dialectica.ui.search.find;

import jakarta.inject.Inject;

import org.dialectica.index.session.IndexSession;
import org.dialectica.ui.reader.ReaderPart;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Gives every Reader a {@link FindBar} on Ctrl+F (Cmd+F): when a Reader is activated for the first time,
 * the bar is created and the key is listened for on its text.
 */
public class FindInSourceAddon {

    @Inject
    private MApplication application;

    @Inject
    @Optional
    void partActivated(@UIEventTopic(UIEvents.UILifeCycle.ACTIVATE) org.osgi.service.event.Event event) {
        Object element = event.getProperty(UIEvents.EventTags.ELEMENT);
        if (element instanceof MPart part) {
            install(part);
        }
    }

    /** Adds the find bar to a Reader part once; returns it (or {@code null} when the part is no Reader). */
    public FindBar install(MPart part) {
        if (!(part.getObject() instanceof ReaderPart reader) || reader.getTextWidget() == null
                || reader.getTextWidget().isDisposed()) {
            return null;
        }
        if (part.getTransientData().get(FindBar.KEY) instanceof FindBar existing) {
            return existing;
        }
        FindBar bar = new FindBar(reader, () -> application.getContext().get(IndexSession.class));
        part.getTransientData().put(FindBar.KEY, bar);
        reader.getTextWidget().addListener(SWT.KeyDown, (Event e) -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                e.doit = false;
                bar.show();
            }
        });
        return bar;
    }
}
