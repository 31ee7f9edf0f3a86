package org.isnad.ui.curation;

import java.util.ArrayList;
import java.util.List;
import org.isnad.agreement.AnalystSet;
import org.isnad.agreement.CurationUnit;
import org.isnad.domain.Span;
import org.isnad.service.CurationSession;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.HighlightOwner;

/** Draws the analysts' versions (analyst n as style {@code analyst-n}) and the unit at hand on their own layer. */
final class CurationPainter {
    static final String CURRENT = "curation-current";

    private CurationPainter() {
    }

    static void paint(DocumentCanvas canvas, CurationSession session, CurationUnit current) {
        List<Highlight> marks = new ArrayList<>();
        if (current != null) {
            marks.add(new Highlight(CURRENT, CURRENT, current.start(), current.end()));
        }
        List<AnalystSet> sets = session.analystSets();
        for (int i = 0; i < sets.size(); i++) {
            String style = "analyst-" + (i + 1);
            for (Span s : sets.get(i).spans()) {
                marks.add(new Highlight((i + 1) + ":" + s.id(), style, s.start(), s.end()));
            }
        }
        canvas.setHighlights(HighlightOwner.ANALYST_VERSIONS, marks);
    }

    static void clear(DocumentCanvas canvas) {
        canvas.setHighlights(HighlightOwner.ANALYST_VERSIONS, List.of());
    }
}
