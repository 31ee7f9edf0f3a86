package org.isnad.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.ui.language.UiText;

/** The entries of a list of enum values, labelled from the bundle ({@code prefix + value in lower case}). */
final class EnumChoices {
    private EnumChoices() {
    }

    static <E extends Enum<E>> List<Choice<E>> of(UiText text, String prefix, E[] values, boolean withNone) {
        List<Choice<E>> out = new ArrayList<>();
        if (withNone) {
            out.add(new Choice<>(null, text.get("inspector.choice.none")));
        }
        for (E v : values) {
            out.add(choice(text, prefix, v));
        }
        return out;
    }

    static <E extends Enum<E>> Choice<E> choice(UiText text, String prefix, E value) {
        return value == null ? new Choice<>(null, text.get("inspector.choice.none"))
                : new Choice<>(value, text.get(prefix + value.name().toLowerCase(Locale.ROOT)));
    }
}
