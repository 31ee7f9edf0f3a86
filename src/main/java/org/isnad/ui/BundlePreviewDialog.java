package org.isnad.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.isnad.service.BundlePreview;
import org.isnad.service.signing.SignatureStatus;
import org.isnad.ui.language.UiText;

/**
 * What a bundle opened from the file manager or the command line holds, shown before anything is
 * written: its documents, their annotation sets (whose, review state, counts) and sign-offs with
 * whether each signature verifies here. Import is offered only when the bundle can be imported.
 */
final class BundlePreviewDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private BundlePreviewDialog() {
    }

    /** The dialog; its result is the Import button when the user chose to import. */
    static Dialog<ButtonType> dialog(UiText text, Window owner, BundlePreview preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("preview.title"));
        dialog.setHeaderText(text.format("preview.header", preview.file()));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        VBox content = new VBox(10);
        content.setPadding(new Insets(4));
        if (preview.importable()) {
            long sets = preview.documents().stream().mapToLong(d -> d.sets().size()).sum();
            content.getChildren().add(new Label(text.format("preview.summary", text.number(preview.documents().size()), text.number(sets))));
            content.getChildren().add(new Label(text.format("preview.carried", text.number(preview.claims().records()),
                    text.number(preview.claims().stances()), text.number(preview.claims().ratings().size()),
                    text.number(preview.assignments()))));
            content.getChildren().add(tree(text, preview));
            content.getChildren().add(new Label(text.get("preview.nothing.written")));
            ButtonType importButton = new ButtonType(text.get("preview.import"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(importButton,
                    new ButtonType(text.get("preview.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        } else {
            Label refusal = new Label(text.format("preview.refused", preview.refusal()));
            refusal.setWrapText(true);
            refusal.setMaxWidth(640);
            content.getChildren().add(refusal);
            dialog.getDialogPane().getButtonTypes().add(
                    new ButtonType(text.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        dialog.getDialogPane().setContent(content);
        return dialog;
    }

    static boolean isImport(ButtonType button) {
        return button.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    private static TreeView<String> tree(UiText text, BundlePreview preview) {
        TreeItem<String> root = new TreeItem<>(preview.file());
        for (BundlePreview.DocumentPreview d : preview.documents()) {
            TreeItem<String> document = new TreeItem<>(text.format("preview.document", d.title(),
                    d.outlet() == null ? "" : d.outlet(), text.number(d.chars())));
            document.setExpanded(true);
            if (d.assignment() != null) {
                document.getChildren().add(new TreeItem<>(d.assignment().curator() == null
                        ? text.format("preview.assignment", String.join(text.get("preview.separator"), d.assignment().analysts()))
                        : text.format("preview.assignment.curator", String.join(text.get("preview.separator"), d.assignment().analysts()),
                        d.assignment().curator())));
            }
            for (BundlePreview.SetPreview s : d.sets()) {
                TreeItem<String> set = new TreeItem<>(text.format("preview.set", s.annotator(),
                        text.get("preview.state." + s.state().toLowerCase(java.util.Locale.ROOT)), text.number(s.annotations()), text.number(s.links())));
                set.setExpanded(true);
                if (s.signOffs().isEmpty()) {
                    set.getChildren().add(new TreeItem<>(text.get("preview.signoff.none")));
                }
                for (BundlePreview.SignOffPreview o : s.signOffs()) {
                    set.getChildren().add(new TreeItem<>(text.format("preview.signoff", o.reviewer(), text.digits(WHEN.format(o.signedAt())),
                            status(text, o.status()) + (o.superseded() ? " " + text.get("preview.signoff.superseded") : ""))));
                }
                document.getChildren().add(set);
            }
            root.getChildren().add(document);
        }
        if (preview.claims().records() > 0) {
            TreeItem<String> claims = new TreeItem<>(text.format("preview.claims", text.number(preview.claims().records()),
                    text.number(preview.claims().stances())));
            claims.setExpanded(true);
            for (BundlePreview.RatingPreview r : preview.claims().ratings()) {
                claims.getChildren().add(new TreeItem<>(text.format("preview.rating", r.statement(), r.label(), r.reviewer(),
                        WHEN.format(r.ratedAt()), status(text, r.status()))));
            }
            // first: the documents' sets can be many, and the ratings are what a reviewer looks for
            root.getChildren().add(0, claims);
        }
        root.setExpanded(true);
        TreeView<String> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        tree.setPrefSize(640, 260);
        return tree;
    }

    private static String status(UiText text, SignatureStatus status) {
        return text.get("preview.signature." + status.key());
    }
}
