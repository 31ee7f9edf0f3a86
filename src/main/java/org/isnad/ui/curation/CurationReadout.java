package org.isnad.ui.curation;

import java.util.Locale;
import java.util.Optional;
import org.isnad.agreement.CurationUnit;
import org.isnad.agreement.UnitVersion;
import org.isnad.service.CurationSession;
import org.isnad.service.CurationTally;
import org.isnad.ui.language.UiText;

/** The words of the curation strip: the unit at hand, each analyst's version of it, and the tally. */
final class CurationReadout {
    private CurationReadout() {
    }

    static String unit(UiText text, CurationSession session, CurationUnit unit, int index, int count) {
        if (unit == null) {
            return text.get("curation.no.units");
        }
        String state = text.get("curation.state." + unit.state().name().toLowerCase(Locale.ROOT));
        String decision = text.get("curation.decision." + session.decision(unit).name().toLowerCase(Locale.ROOT));
        String layer = text.get("layer." + unit.layer().key());
        String line = text.format("curation.unit", index + 1, count, layer, state, decision);
        if (!unit.curatedMatches().isEmpty()) {
            line += " " + text.format("curation.holds", join(text, unit.curatedMatches()));
        }
        return unit.changed() ? line + " · " + text.get("curation.changed") : line;
    }

    static String versions(UiText text, CurationSession session, CurationUnit unit) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < session.analysts().size(); i++) {
            if (i > 0) {
                sb.append("   ");
            }
            Optional<UnitVersion> v = unit == null ? Optional.empty() : unit.version(i + 1);
            String where = v.map(x -> text.number(x.span().start()) + "–" + text.number(x.span().end())).orElse(text.get("curation.not.marked"));
            sb.append(text.format("curation.version", i + 1, session.analysts().get(i), where));
        }
        return sb.toString();
    }

    static String tally(UiText text, CurationSession session) {
        CurationTally t = session.tally();
        return text.format("curation.tally", session.autoMerged(), t.units(), t.open(), t.disagree(), t.onlySome(), t.changed());
    }

    private static String join(UiText text, java.util.List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(n -> text.number(n)).toList());
    }
}
