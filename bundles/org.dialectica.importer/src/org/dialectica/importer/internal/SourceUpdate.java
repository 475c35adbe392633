package org.dialectica.importer.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dialectica.core.anchor.AnchorChanges;
import org.dialectica.core.anchor.AnchorService;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Switches an existing source to the new content of its file and re-anchors the quotes on it, as one
 * undoable command. The source keeps its id, title, authors and date (a user may have corrected them);
 * what follows the content changes: hash, media type, language, length and page starts. The previous
 * text stays stored under its own hash, so undo brings the old version back whole.
 */
public final class SourceUpdate {

    private final Source source;
    private final String sha256;
    private final String text;
    private final String mediaType;
    private final String language;
    private final Map<String, String> changedMetadata;

    /**
     * @param changedMetadata metadata entries to set; a {@code null} value removes the entry
     */
    public SourceUpdate(Source source, String sha256, String text, String mediaType, String language,
            Map<String, String> changedMetadata) {
        this.source = Objects.requireNonNull(source, "source");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.text = Objects.requireNonNull(text, "text");
        this.mediaType = mediaType;
        this.language = language;
        this.changedMetadata = changedMetadata;
    }

    public Source source() {
        return source;
    }

    /**
     * Works out the change against the model as it is now; execute {@link AnchorChanges#command()} of
     * the result at once, before anything else changes the model.
     */
    public AnchorChanges plan(EditingDomain domain, Project project, AnchorService anchors) {
        AnchorChanges anchoring = anchors.plan(domain, project, source, text);
        CompoundCommand update = new CompoundCommand("Re-import " + label());
        DialecticaCommands.setIfChanged(domain, source, Literals.SOURCE__SHA256, sha256).ifPresent(update::append);
        DialecticaCommands.setIfChanged(domain, source, Literals.SOURCE__MEDIA_TYPE, mediaType).ifPresent(update::append);
        if (language != null) {
            DialecticaCommands.setIfChanged(domain, source, Literals.SOURCE__LANGUAGE, language)
                    .ifPresent(update::append);
        }
        changedMetadata.forEach((key, value) -> metadataChange(domain, key, value).ifPresent(update::append));
        for (Command command : anchoring.command().getCommandList()) {
            update.append(command);
        }
        return new AnchorChanges(update, anchoring.report());
    }

    /** The change of one metadata entry, none when it already has that value (an empty command would not execute). */
    private Optional<Command> metadataChange(EditingDomain domain, String key, String value) {
        int index = source.getMetadata().indexOfKey(key);
        if (index >= 0) {
            EObject entry = (EObject) source.getMetadata().get(index);
            if (Objects.equals(source.getMetadata().get(index).getValue(), value)) {
                return Optional.empty();
            }
            return Optional.of(value == null
                    ? RemoveCommand.create(domain, source, Literals.SOURCE__METADATA, List.of(entry))
                    : SetCommand.create(domain, entry, EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, value));
        }
        if (value == null) {
            return Optional.empty();
        }
        EObject entry = EcoreUtil.create(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
        entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY, key);
        entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, value);
        return Optional.of(AddCommand.create(domain, source, Literals.SOURCE__METADATA, List.of(entry)));
    }

    private String label() {
        return source.getTitle() != null && !source.getTitle().isBlank() ? source.getTitle() : source.getFileName();
    }
}
