package org.dialectica.ui.reader;

import java.util.List;

import org.dialectica.model.Source;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens one Reader per source, or brings the existing one to the front. */
public final class ReaderOpener {

    public static final String DESCRIPTOR_ID = "org.dialectica.ui.partdescriptor.reader";
    public static final String SOURCE_ID_KEY = "sourceId";
    private static final String STACK_ID = "org.dialectica.ui.stack.center";
    private static final String WELCOME_PART_ID = "org.dialectica.ui.part.reader";

    private ReaderOpener() {
    }

    public static MPart open(Source source, MApplication app, EModelService models, EPartService parts) {
        MPart reader = find(source, app, models);
        if (reader == null) {
            reader = parts.createPart(DESCRIPTOR_ID);
            reader.getPersistedState().put(SOURCE_ID_KEY, source.getId());
            reader.setLabel(shortTitle(source));
            reader.setTooltip(source.getTitle());
            List<MPartStack> stacks = models.findElements(app, STACK_ID, MPartStack.class);
            if (!stacks.isEmpty()) {
                stacks.get(0).getChildren().add(reader);
            }
        }
        parts.showPart(reader, PartState.ACTIVATE);
        MPart welcome = parts.findPart(WELCOME_PART_ID);
        if (welcome != null && welcome.isToBeRendered()) {
            parts.hidePart(welcome, true);
        }
        return reader;
    }

    public static MPart find(Source source, MApplication app, EModelService models) {
        for (MPart part : models.findElements(app, null, MPart.class)) {
            if (DESCRIPTOR_ID.equals(part.getElementId())
                    && source.getId().equals(part.getPersistedState().get(SOURCE_ID_KEY))) {
                return part;
            }
        }
        return null;
    }

    static String shortTitle(Source source) {
        String title = source.getTitle() != null && !source.getTitle().isBlank() ? source.getTitle()
                : source.getFileName();
        if (title == null) {
            return "Source";
        }
        return title.length() > 32 ? title.substring(0, 31) + "…" : title;
    }
}
