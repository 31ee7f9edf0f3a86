package org.isnad.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each owner replaces its own layer; the index merges them in a fixed order and redraws only what changed. Plain Java. */
class HighlightLayersTest {
    // three paragraphs: [0, 12) «قال مارك كيميت» region, [13, 30), [31, …)
    private static final String TEXT = "قال كيميت: «لا»\nوأضاف أن الانسحاب سيؤدي\nنقلت رويترز عن مصادر";

    private final HighlightIndex index = new HighlightIndex();

    HighlightLayersTest() {
        index.setParagraphs(TextParagraphs.of(TEXT));
    }

    @Test
    void replacingOneLayerLeavesTheOthersAndTouchesOnlyChangedParagraphs() {
        int speaker = TEXT.indexOf("كيميت");
        int cue = TEXT.indexOf("وأضاف");
        index.setLayer(HighlightOwner.ANNOTATIONS, List.of(new Highlight("s", Highlight.SPEAKER, speaker, speaker + 5),
                new Highlight("k", Highlight.CUE, cue, cue + 5)));
        Set<Integer> touched = index.setLayer(HighlightOwner.SUGGESTIONS, List.of(new Highlight("s", "suggestion", speaker, speaker + 5)));
        assertEquals(Set.of(0), touched, "only the suggestion's paragraph");
        assertEquals(2, index.layer(HighlightOwner.ANNOTATIONS).size(), "the same id in another layer is another highlight");

        // the same annotations handed over again: nothing to redraw
        assertEquals(Set.of(), index.setLayer(HighlightOwner.ANNOTATIONS, List.of(new Highlight("s", Highlight.SPEAKER, speaker, speaker + 5),
                new Highlight("k", Highlight.CUE, cue, cue + 5))));
        // one moved, one removed: their old and new paragraphs
        int source = TEXT.indexOf("رويترز");
        assertEquals(Set.of(0, 1, 2), index.setLayer(HighlightOwner.ANNOTATIONS, List.of(new Highlight("k", Highlight.CUE, source, source + 6))));
        assertEquals(1, index.layer(HighlightOwner.SUGGESTIONS).size(), "the suggestions layer is untouched");
    }

    @Test
    void layersAreDrawnInTheOwnersOrderBottomFirst() {
        int speaker = TEXT.indexOf("كيميت");
        index.setLayer(HighlightOwner.SEARCH_HITS, List.of(new Highlight("hit", "search-hit", speaker, speaker + 5)));
        index.setLayer(HighlightOwner.VERDICTS, List.of(new Highlight("s", "verdict-accepted", speaker, speaker + 5)));
        index.setLayer(HighlightOwner.ANNOTATIONS, List.of(new Highlight("s", Highlight.SPEAKER, speaker, speaker + 5)));
        List<HighlightOwner> order = index.inParagraph(0).stream().map(p -> p.ref().owner()).toList();
        assertEquals(List.of(HighlightOwner.ANNOTATIONS, HighlightOwner.VERDICTS, HighlightOwner.SEARCH_HITS), order);
    }

    @Test
    void aClickGoesThroughVerdictsAndSearchHitsToTheInnermostSelectableHighlight() {
        int quote = TEXT.indexOf("«");
        int inner = TEXT.indexOf("لا");
        index.setLayer(HighlightOwner.ANNOTATIONS, List.of(new Highlight("q", Highlight.QUOTE, quote, quote + 4)));
        index.setLayer(HighlightOwner.VERDICTS, List.of(new Highlight("q", "verdict-rejected", quote, quote + 4)));
        index.setLayer(HighlightOwner.SEARCH_HITS, List.of(new Highlight("h", "search-hit", inner, inner + 2)));
        List<HighlightIndex.Placed> at = index.selectableAt(0, inner);
        assertEquals(List.of(new HighlightRef(HighlightOwner.ANNOTATIONS, "q")), at.stream().map(HighlightIndex.Placed::ref).toList());

        index.setLayer(HighlightOwner.SUGGESTIONS, List.of(new Highlight("p", "suggestion", quote, quote + 4)));
        assertEquals(new HighlightRef(HighlightOwner.SUGGESTIONS, "p"), index.selectableAt(0, inner).get(0).ref(),
                "among equal spans the upper layer comes first");
    }

    @Test
    void clearingEmptiesEveryLayer() {
        index.setLayer(HighlightOwner.ANNOTATIONS, List.of(new Highlight("s", Highlight.SPEAKER, 0, 3)));
        index.setLayer(HighlightOwner.SUGGESTIONS, List.of(new Highlight("p", "suggestion", 0, 3)));
        index.clear();
        for (HighlightOwner o : HighlightOwner.values()) {
            assertTrue(index.layer(o).isEmpty());
        }
        assertTrue(index.inParagraph(0).isEmpty());
    }
}
