package org.dialectica.ui.outline;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * Labels of model elements, as the model's item providers (org.dialectica.model.edit) word them, so that the
 * Outline, the Library and the undo menu all say the same thing.
 */
public class ElementLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;

    public ElementLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        return textOf(adapterFactory, element);
    }

    public static String textOf(AdapterFactory adapterFactory, Object element) {
        Object adapter = adapterFactory == null ? null : adapterFactory.adapt(element, IItemLabelProvider.class);
        if (adapter instanceof IItemLabelProvider labels) {
            String text = labels.getText(element);
            if (text != null) {
                return text;
            }
        }
        return String.valueOf(element);
    }
}
