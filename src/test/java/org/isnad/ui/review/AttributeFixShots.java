package org.isnad.ui.review;

import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.isnad.domain.SpanAttributes;
import org.isnad.service.ActorRegistry;
import org.isnad.ui.language.UiText;

/** Opens the review's attribute fix form without waiting, for snapshots taken in other packages. */
public final class AttributeFixShots {
    private AttributeFixShots() {
    }

    public static Dialog<SpanAttributes> show(UiText text, Window owner, String excerpt, SpanAttributes attributes,
                                              ActorRegistry actors) {
        Dialog<SpanAttributes> dialog = AttributeFixDialog.of(text, owner, excerpt, attributes, actors).orElseThrow();
        dialog.show();
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().layout();
        return dialog;
    }
}
