package org.isnad.ui.curation;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.isnad.agreement.CurationUnit;
import org.isnad.service.CurationSession;
import org.isnad.service.Workspace;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.language.UiText;

/**
 * Curation mode: the curated set of the open document in the editor (editable by hand as usual), the analysts'
 * versions outlined over it, and a strip above the document saying where the unit at hand stands. Keys while the
 * document has the focus: N / P next and previous unit, 1 / 2 / 3 take that analyst's version, 0 none, R read the
 * analysts' sets again, Esc leave;
 * Ctrl+Z and Ctrl+Y undo and redo the choices like any edit.
 */
public final class CurationMode {
    private final Workspace workspace;
    private final String user;
    private final UiText text;
    private final EditorViewModel editor;
    private final DocumentView view;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final Label unitLine = new Label();
    private final Label versionLine = new Label();
    private final Label tallyLine = new Label();
    private final VBox strip;
    private Pane above;
    private CurationSession session;
    private int cursor;

    public CurationMode(Workspace workspace, String user, UiText text, EditorViewModel editor, DocumentView view) {
        this.workspace = workspace;
        this.user = user;
        this.text = text;
        this.editor = editor;
        this.view = view;
        unitLine.setId("curationUnit");
        versionLine.setId("curationVersions");
        tallyLine.setId("curationTally");
        Button submit = new Button(text.get("curation.submit"));
        submit.setId("curationSubmit");
        submit.setOnAction(e -> submit());
        Button leave = new Button(text.get("curation.leave"));
        leave.setOnAction(e -> leave());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, unitLine, gap, submit, leave);
        strip = new VBox(2, top, versionLine, tallyLine, new Label(text.get("curation.keys")));
        strip.setPadding(new Insets(4, 8, 4, 8));
        strip.getStyleClass().add("curation-strip");
        editor.revisionProperty().addListener((o, a, b) -> {
            if (active.get()) {
                refresh(false);
            }
        });
    }

    /** Adds "Curate this document" (Shortcut+Shift+U) to the Team menu and the curation keys to the scene. */
    public void install(Scene scene, MenuBar menuBar, Pane aboveDocument) {
        this.above = aboveDocument;
        MenuItem item = new MenuItem(text.get("menu.team.curate"));
        item.setId("menu-team-curate");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+U"));
        item.setOnAction(e -> editor.session().ifPresent(s -> start(s.document().id())));
        Menu team = menuBar.getMenus().stream().filter(m -> m.getText().equals(text.get("menu.team"))).findFirst()
                .orElseGet(() -> {
                    Menu m = new Menu(text.get("menu.team"));
                    menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), m);
                    return m;
                });
        team.getItems().add(item);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Opens (or begins) the curation of a document; says how many units were merged automatically. */
    public boolean start(String documentId) {
        try {
            session = workspace.curation().open(documentId, user);
        } catch (RuntimeException e) {
            editor.messageProperty().set(text.describe(e));
            return false;
        }
        cursor = 0;
        editor.show(session.curated());
        if (!active.get() && above != null) {
            above.getChildren().add(strip);
        }
        active.set(true);
        refresh(true);
        editor.messageProperty().set(text.format("curation.started", session.autoMerged()));
        view.requestFocus();
        return true;
    }

    /** Back to the user's own set on the document. */
    public void leave() {
        if (!active.get()) {
            return;
        }
        String documentId = session.document().id();
        active.set(false);
        if (above != null) {
            above.getChildren().remove(strip);
        }
        CurationPainter.clear(view);
        session = null;
        editor.open(documentId);
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    /** Takes analyst {@code number}'s version of the unit at hand. */
    public void take(int number) {
        current().ifPresent(u -> decide(() -> session.take(u, number)));
    }

    /** Leaves the unit at hand out of the curated set. */
    public void none() {
        current().ifPresent(u -> decide(() -> session.none(u)));
    }

    /** Reads the analysts' sets again: units they changed since curation began show as changed. */
    public void reload() {
        if (session != null) {
            session.reload();
            refresh(false);
        }
    }

    /** Hands the curated set over for review, like any set. */
    public void submit() {
        if (session == null) {
            return;
        }
        try {
            workspace.review().orElseThrow(() -> new IllegalStateException(text.get("curation.no.review")))
                    .submit(session.curated().set().id(), user);
            String documentId = session.document().id();
            session = workspace.curation().open(documentId, user);
            editor.show(session.curated());
            refresh(false);
            editor.messageProperty().set(text.get("curation.submitted"));
        } catch (RuntimeException e) {
            editor.messageProperty().set(text.describe(e));
        }
    }

    public boolean active() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Optional<CurationSession> session() {
        return Optional.ofNullable(session);
    }

    public Optional<CurationUnit> current() {
        if (session == null) {
            return Optional.empty();
        }
        List<CurationUnit> units = session.units();
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(Math.min(cursor, units.size() - 1)));
    }

    /** The strip's lines, for tests and screenshots. */
    public String readout() {
        return unitLine.getText() + "\n" + versionLine.getText() + "\n" + tallyLine.getText();
    }

    private void decide(Runnable choice) {
        editor.perform(() -> {
            choice.run();
            return null;
        });
        refresh(false);
    }

    private void move(int step) {
        if (session == null || session.units().isEmpty()) {
            return;
        }
        cursor = Math.floorMod(Math.min(cursor, session.units().size() - 1) + step, session.units().size());
        refresh(true);
    }

    private void refresh(boolean scroll) {
        if (session == null) {
            return;
        }
        List<CurationUnit> units = session.units();
        cursor = Math.max(0, Math.min(cursor, units.size() - 1));
        CurationUnit unit = units.isEmpty() ? null : units.get(cursor);
        CurationPainter.paint(view, session, unit);
        unitLine.setText(CurationReadout.unit(text, session, unit, cursor, units.size()));
        versionLine.setText(CurationReadout.versions(text, session, unit));
        tallyLine.setText(CurationReadout.tally(text, session));
        if (unit != null && scroll) {
            view.scrollToOffset(unit.start());
        }
        if (unit != null && scroll) {
            // the curated annotation of the unit is selected, ready for fixing by hand; none when it has none yet
            editor.selectedSpanIdProperty().set(unit.curated().map(c -> c.span().id()).orElse(null));
        }
    }

    private void key(KeyEvent e) {
        if (!active.get() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()
                || e.getTarget() instanceof TextInputControl || view.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        boolean handled = true;
        KeyCode code = e.getCode();
        switch (code) {
            case N -> next();
            case P -> previous();
            case DIGIT1, NUMPAD1 -> take(1);
            case DIGIT2, NUMPAD2 -> take(2);
            case DIGIT3, NUMPAD3 -> take(3);
            case DIGIT0, NUMPAD0 -> none();
            case R -> reload();
            case ESCAPE -> leave();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
