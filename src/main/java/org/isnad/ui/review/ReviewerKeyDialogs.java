package org.isnad.ui.review;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.isnad.service.ReviewerKey;
import org.isnad.service.StorageException;
import org.isnad.ui.language.UiText;

/**
 * Review → Export my public key / Import a reviewer's key: the file choosers, the question whether to
 * trust an imported key (with its fingerprint), and what came of it in the status line.
 */
public final class ReviewerKeyDialogs {
    private final Window owner;
    private final UiText text;
    private final ReviewerKeyFiles keyFiles;
    private final Consumer<String> say;
    private final Runnable afterTrust;

    /** {@code say} shows a result in the status line; {@code afterTrust} runs once a key is trusted (the badge may change). */
    public ReviewerKeyDialogs(Window owner, UiText text, ReviewerKeyFiles keyFiles, Consumer<String> say, Runnable afterTrust) {
        this.owner = owner;
        this.text = text;
        this.keyFiles = keyFiles;
        this.say = say;
        this.afterTrust = afterTrust;
    }

    public void exportKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("keys.export.title"));
        chooser.setInitialFileName(keyFiles.suggestedFileName());
        chooser.getExtensionFilters().add(keyFileType());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            ReviewerKey key = keyFiles.export(file.toPath());
            say.accept(text.format("keys.exported", file.getName(), shortFingerprint(key)));
        } catch (IOException | IllegalArgumentException | StorageException e) {
            say.accept(text.format("keys.export.failed", file.getName(), text.describe(e)));
        }
    }

    public void importKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("keys.import.title"));
        chooser.getExtensionFilters().addAll(keyFileType(), new FileChooser.ExtensionFilter(text.get("keys.file.any"), "*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importKey(file.toPath(), true);
        }
    }

    /** Reads a key file and, once the user confirmed its fingerprint (when {@code ask}), trusts it. */
    public void importKey(Path file, boolean ask) {
        ReviewerKey key;
        try {
            key = keyFiles.read(file);
        } catch (ReviewerKeyFiles.TooLarge e) {
            say.accept(text.format("keys.import.failed", file.getFileName(), text.get("keys.file.too.large")));
            return;
        } catch (IOException | IllegalArgumentException | StorageException e) {
            say.accept(text.format("keys.import.failed", file.getFileName(), text.describe(e)));
            return;
        }
        String fingerprint = shortFingerprint(key);
        if (keyFiles.isTrusted(key)) {
            say.accept(text.format("keys.already.trusted", key.reviewer(), fingerprint));
            return;
        }
        if (ask && !confirmTrust(key, fingerprint)) {
            return;
        }
        try {
            keyFiles.trust(key);
        } catch (IllegalArgumentException | StorageException e) {
            say.accept(text.describe(e));
            return;
        }
        say.accept(text.format("keys.trusted", key.reviewer(), fingerprint));
        afterTrust.run();
    }

    private boolean confirmTrust(ReviewerKey key, String fingerprint) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text.format("keys.trust.question", key.reviewer(), fingerprint),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(text.get("keys.import.title"));
        confirm.setHeaderText(text.format("keys.trust.header", key.reviewer()));
        confirm.getDialogPane().setNodeOrientation(text.orientation());
        return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private FileChooser.ExtensionFilter keyFileType() {
        return new FileChooser.ExtensionFilter(text.get("keys.file.type"), "*." + ReviewerKeyFiles.EXTENSION);
    }

    private static String shortFingerprint(ReviewerKey key) {
        return key.fingerprint().substring(0, 16);
    }
}
