package org.isnad.service;

import java.util.List;
import org.isnad.agreement.CurationUnit;

/**
 * A place in one document where the analysts did not all mark the same thing: a unit that they marked differently
 * or that only some of them marked.
 *
 * @param analysts the analysts whose versions the unit holds by position (analyst 1 first)
 */
public record Disagreement(String documentId, String title, List<String> analysts, CurationUnit unit) {
    public Disagreement {
        analysts = List.copyOf(analysts);
    }

    /** Who marked it, by name, in analyst order. */
    public List<String> markedBy() {
        List<String> who = new java.util.ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            if (unit.version(i + 1).isPresent()) {
                who.add(analysts.get(i));
            }
        }
        return who;
    }
}
