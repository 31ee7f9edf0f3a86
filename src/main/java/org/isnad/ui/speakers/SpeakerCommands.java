package org.isnad.ui.speakers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.isnad.service.ActorEntry;
import org.isnad.service.DuplicateProposal;
import org.isnad.ui.language.UiText;

/**
 * The directory's commands as dialogs: rename, edit the record (and undo that), merge into another actor, undo the merge, split an
 * alias off, review likely duplicates, export the record as CSV. What they report goes to {@code say}.
 */
public final class SpeakerCommands {
    private final UiText text;
    private final SpeakersViewModel model;
    private final Window owner;
    private final Consumer<String> say;

    public SpeakerCommands(UiText text, SpeakersViewModel model, Window owner, Consumer<String> say) {
        this.text = text;
        this.model = model;
        this.owner = owner;
        this.say = say;
    }

    private Optional<ActorEntry> chosen() {
        return Optional.ofNullable(model.chosenProperty().get());
    }

    void rename() {
        chosen().ifPresent(e -> {
            TextInputDialog d = new TextInputDialog(e.actor().canonicalName());
            prepare(d, text.get("speakers.rename"), text.get("speakers.rename.header"));
            d.showAndWait().filter(s -> !s.isBlank()).ifPresent(n -> guarded(() -> model.rename(e.actor().id(), n)));
        });
    }

    void edit() {
        chosen().ifPresent(e -> new ActorEditDialog(owner, text, model, e.actor()).showAndWait()
                .ifPresent(done -> say.accept(text.format("speakers.edited", done.after().canonicalName()))));
    }

    void undoEdit() {
        guarded(() -> say.accept(model.undoLastEdit().map(a -> text.format("speakers.edit.undone", a.canonicalName()))
                .orElse(text.get("speakers.edit.nothing"))));
    }

    void merge() {
        chosen().ifPresent(e -> {
            List<String> others = model.allActors().stream().filter(o -> !o.actor().id().equals(e.actor().id()))
                    .map(o -> o.actor().canonicalName() + "  ·  " + o.actor().id()).toList();
            if (others.isEmpty()) {
                return;
            }
            ChoiceDialog<String> d = new ChoiceDialog<>(others.get(0), others);
            prepare(d, text.get("speakers.merge"), text.format("speakers.merge.header", e.actor().canonicalName()));
            d.showAndWait().ifPresent(choice -> guarded(() -> {
                String otherId = choice.substring(choice.lastIndexOf("  ·  ") + 5);
                int moved = model.mergeInto(e.actor().id(), otherId).moved().annotations();
                say.accept(text.format("speakers.merged", text.number(moved)));
            }));
        });
    }

    void undoMerge() {
        guarded(() -> say.accept(text.get(model.undoLastMerge() ? "speakers.merge.undone" : "speakers.merge.nothing")));
    }

    void split() {
        chosen().filter(e -> !e.actor().aliases().isEmpty()).ifPresent(e -> {
            ChoiceDialog<String> d = new ChoiceDialog<>(e.actor().aliases().get(0), e.actor().aliases());
            prepare(d, text.get("speakers.split"), text.format("speakers.split.header", e.actor().canonicalName()));
            d.showAndWait().ifPresent(alias -> guarded(() -> model.splitAlias(e.actor().id(), alias)));
        });
    }

    void duplicates() {
        List<DuplicateProposal> proposals = model.duplicates();
        if (proposals.isEmpty()) {
            say.accept(text.get("speakers.duplicates.none"));
            return;
        }
        List<String> rows = proposals.stream().map(p -> text.format("speakers.duplicates.row", p.first().canonicalName(),
                p.second().canonicalName(), text.get("speakers.reason." + p.reason().name().toLowerCase(java.util.Locale.ROOT)))).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(rows.get(0), rows);
        prepare(d, text.get("speakers.duplicates"), text.get("speakers.duplicates.header"));
        d.showAndWait().ifPresent(row -> {
            DuplicateProposal p = proposals.get(rows.indexOf(row));
            guarded(() -> {
                int moved = model.mergeInto(p.first().id(), p.second().id()).moved().annotations();
                say.accept(text.format("speakers.merged", text.number(moved)));
            });
        });
    }

    void exportCsv() {
        chosen().ifPresent(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("speakers.csv"));
            chooser.setInitialFileName(e.actor().canonicalName().replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv");
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                guarded(() -> {
                    try {
                        Files.writeString(file.toPath(), model.csv(e.actor().id()), StandardCharsets.UTF_8);
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                    say.accept(text.format("speakers.csv.done", file.getName()));
                });
            }
        });
    }

    private void prepare(javafx.scene.control.Dialog<?> d, String title, String header) {
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setNodeOrientation(text.orientation());
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, text.describe(e), ButtonType.OK);
            alert.initOwner(owner);
            alert.getDialogPane().setNodeOrientation(text.orientation());
            alert.showAndWait();
        }
    }
}
