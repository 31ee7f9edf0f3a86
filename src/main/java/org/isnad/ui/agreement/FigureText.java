package org.isnad.ui.agreement;

import org.isnad.agreement.Figure;
import org.isnad.ui.language.UiText;

/** A figure as the window shows it: three decimals in the window's digits, or a dash with the reason in words. */
final class FigureText {
    private FigureText() {
    }

    static String value(Figure f, UiText text) {
        return f == null ? "" : f.defined() ? text.decimal(f.value(), 3) : "—";
    }

    static String reason(Figure f, UiText text) {
        return f == null || f.defined() ? "" : text.get("agreement.reason." + f.reason().key());
    }
}
