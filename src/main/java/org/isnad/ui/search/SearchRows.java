package org.isnad.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;

/**
 * Hits grouped per document, in the order the documents first appear, each group headed by the
 * document's hits in all (a page may show only some of them).
 */
final class SearchRows {
    private SearchRows() {
    }

    static List<SearchRow> of(SearchPage page) {
        Map<String, List<SearchHit>> byDocument = new LinkedHashMap<>();
        for (SearchHit hit : page.hits()) {
            byDocument.computeIfAbsent(hit.doc(), d -> new ArrayList<>()).add(hit);
        }
        List<SearchRow> rows = new ArrayList<>();
        for (List<SearchHit> group : byDocument.values()) {
            rows.add(SearchRow.heading(group.get(0).title(),
                    (int) Math.max(group.size(), page.hitsIn(group.get(0).doc()))));
            group.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).map(SearchRow::of).forEach(rows::add);
        }
        return rows;
    }
}
