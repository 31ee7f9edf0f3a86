package org.isnad.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.isnad.service.StoreChoice;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * File → Connect to a team server…: the server's address (the login is read from it), a password used only
 * when PGPASSWORD and ~/.pgpass give none (never saved), and Connect, which tries the server off the window's
 * thread and, when it refuses, says what was wrong here, in the dialog, so that the user can correct it.
 */
public final class ServerConnectDialog {
    /** The dialog's width for its wrapped texts: a refusal names the address and the server's reason. */
    private static final double WIDTH = 620;
    private final UiText text;
    private final Window owner;
    private final StoreChoice stores;
    private final TextField address = new TextField();
    private final Label login = new Label();
    private final PasswordField password = new PasswordField();
    private final TextFlow passwordHint = WrappedText.of("", WIDTH - 140, StyleClasses.SERVER_CONNECT_HINT);
    private final TextFlow problem = WrappedText.of("", WIDTH, StyleClasses.SERVER_CONNECT_PROBLEM);
    private final ProgressIndicator working = new ProgressIndicator();
    private final Button connect = new Button();
    private final Button cancel = new Button();
    private Stage stage;
    private Runnable connected;

    /** {@code owner} may be null (at start, before the main window). */
    public ServerConnectDialog(UiText text, Window owner, StoreChoice stores) {
        this.text = text;
        this.owner = owner;
        this.stores = stores;
    }

    /**
     * Shows the dialog with {@code proposed} (may be null) and {@code problemText} (why an earlier try failed,
     * may be null), and waits. Returns what switches the window to the server, run by the caller; empty when
     * the user cancelled.
     */
    public Optional<Runnable> ask(String proposed, String problemText) {
        return show(proposed, problemText, false);
    }

    /**
     * Shows the dialog already connecting to {@code proposed}, whose password is known (PGPASSWORD, ~/.pgpass): the
     * remembered server at start. The connection is made off the window's thread, as after a click on Connect; the
     * dialog closes itself when it is made, and stays with the reason when not. Returns as {@link #ask}.
     */
    public Optional<Runnable> connectAtOnce(String proposed) {
        return show(proposed, null, true);
    }

    private Optional<Runnable> show(String proposed, String problemText, boolean atOnce) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(text.get("server.dialog.title"));
        stage.setScene(scene());
        address.setText(proposed == null ? "" : proposed);
        setProblem(problemText == null ? "" : problemText);
        addressChanged();
        stage.sizeToScene();
        stage.setOnCloseRequest(e -> {
            if (working.isVisible()) {
                e.consume();
            }
        });
        if (proposed != null && !password.isDisabled()) {
            Platform.runLater(password::requestFocus);
        }
        if (atOnce) {
            stage.setOnShown(e -> tryConnect());
        }
        stage.showAndWait();
        return Optional.ofNullable(connected);
    }

    private Scene scene() {
        address.setId("serverAddress");
        address.setPromptText(text.get("server.address.prompt"));
        address.setPrefColumnCount(36);
        // an address is Latin, left to right, also in an Arabic window
        address.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        address.textProperty().addListener((o, a, b) -> addressChanged());
        login.setId("serverLogin");
        password.setId("serverPassword");
        password.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        problem.setId("serverProblem");
        working.setVisible(false);
        working.setPrefSize(22, 22);

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, new Label(text.get("server.address")), address);
        fields.addRow(1, new Label(text.get("server.login")), login);
        fields.addRow(2, new Label(text.get("server.password")), password);
        fields.add(passwordHint, 1, 3);
        GridPane.setHgrow(address, Priority.ALWAYS);

        connect.setId("serverConnect");
        connect.setText(text.get("server.connect"));
        connect.setDefaultButton(true);
        connect.setOnAction(e -> tryConnect());
        cancel.setText(text.get("server.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(connect, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(connect, cancel);
        HBox bottom = new HBox(10, working, buttons);
        HBox.setHgrow(buttons, Priority.ALWAYS);

        VBox box = new VBox(12, WrappedText.of(text.get("server.dialog.header"), WIDTH, null), fields,
                problem, bottom);
        box.setPrefWidth(WIDTH + 32);
        box.setPadding(new Insets(16));
        box.setNodeOrientation(text.orientation());
        Scene scene = new Scene(box);
        scene.getStylesheets().add(ServerConnectDialog.class.getResource("/styles/app.css").toExternalForm());
        return scene;
    }

    /** The login shown as the address is typed, and the password field off when PGPASSWORD or ~/.pgpass has one. */
    private void addressChanged() {
        String typed = address.getText();
        try {
            login.setText(stores.loginOf(typed));
            boolean known = stores.knowsPassword(typed);
            password.setDisable(known);
            setHint(text.get(known ? "server.password.known" : "server.password.hint"));
        } catch (RuntimeException notYetAnAddress) {
            login.setText(text.get("server.login.from.address"));
            password.setDisable(false);
            setHint(text.get("server.password.hint"));
        }
    }

    private void setHint(String hint) {
        WrappedText.set(passwordHint, hint, StyleClasses.SERVER_CONNECT_HINT);
    }

    private void setProblem(String why) {
        WrappedText.set(problem, why, StyleClasses.SERVER_CONNECT_PROBLEM);
    }

    private void tryConnect() {
        String typedAddress = address.getText();
        String typedPassword = password.isDisabled() ? null : password.getText();
        busy(true);
        setProblem(text.get("server.connecting"));
        Thread attempt = new Thread(() -> {
            try {
                Runnable switchOver = stores.connect(typedAddress, typedPassword);
                Platform.runLater(() -> {
                    connected = switchOver;
                    busy(false);
                    stage.close();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    busy(false);
                    setProblem(text.describe(e));
                    stage.sizeToScene();
                    address.requestFocus();
                });
            }
        }, "isnad-connect");
        attempt.setDaemon(true);
        attempt.start();
    }

    private void busy(boolean on) {
        working.setVisible(on);
        connect.setDisable(on);
        cancel.setDisable(on);
        address.setDisable(on);
    }
}
