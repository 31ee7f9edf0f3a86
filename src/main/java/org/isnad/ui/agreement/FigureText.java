package org.isnad.ui.agreement;

import java.util.Locale;
import org.isnad.agreement.Figure;
import org.isnad.ui.language.UiText;

/** A figure as the window shows it: three decimals in plain digits, or a dash with the reason in words. */
final class FigureText {
    private FigureText() {
    }

    static String value(Figure f) {
        return f == null ? "" : f.defined() ? String.format(Locale.ROOT, "%.3f", f.value()) : "—";
    }

    static String reason(Figure f, UiText text) {
        return f == null || f.defined() ? "" : text.get("agreement.reason." + f.reason().key());
    }
}
