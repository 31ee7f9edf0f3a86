package org.isnad.suggest;

import java.util.Objects;
import org.isnad.text.TextRange;

/**
 * The outlet that carries a person's words («قال فلان لوكالة الأنباء الكويتية إن …»): the outer source of a
 * nested attribution, the person's quote nested in the outlet's.
 *
 * @param mention the outlet's name in the stored text (without the «ل» of the addressee)
 * @param name    the outlet's name as written
 */
public record OuterSource(TextRange mention, String name) {
    public OuterSource {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(name, "name");
    }
}
