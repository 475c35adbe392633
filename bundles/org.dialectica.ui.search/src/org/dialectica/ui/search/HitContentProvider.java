package org.dialectica.ui.search;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Input: a list of {@link HitGroup}s; children of a group: its hits. */
final class HitContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> groups ? groups.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof HitGroup group ? group.hits().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof HitGroup group && !group.hits().isEmpty();
    }
}
