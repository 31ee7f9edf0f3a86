package org.isnad.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.isnad.ui.editing.EditorStatus;
import org.isnad.ui.language.UiText;

/** The status line (status-line.fxml), bound to the editor's status; review adds the set's state to it. */
final class StatusLine {
    private final UiText text;
    private final String user;
    private final String server;
    private final EditorStatus status;

    @FXML private HBox statusLine;
    @FXML private Label userLabel;
    @FXML private Label savedLabel;
    @FXML private Label countsLabel;
    @FXML private Label undoLabel;
    @FXML private Label messageLabel;

    /** {@code server}: the team server's address, or null on a local database. */
    StatusLine(UiText text, String user, String server, EditorStatus status) {
        this.text = text;
        this.user = user;
        this.server = server;
        this.status = status;
    }

    @FXML
    private void initialize() {
        userLabel.setText(server == null ? text.format("status.user", user) : text.format("status.user.server", user, server));
        savedLabel.textProperty().bind(status.savedStateProperty());
        countsLabel.textProperty().bind(status.countsProperty());
        undoLabel.textProperty().bind(status.undoTextProperty());
        messageLabel.textProperty().bind(status.messageProperty());
    }

    HBox pane() {
        return statusLine;
    }
}
