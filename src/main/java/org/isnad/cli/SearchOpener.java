package org.isnad.cli;

import org.isnad.service.Repositories;
import org.isnad.service.SearchIndex;

/** Opens the search index that belongs to an open database; given by the composition root. */
@FunctionalInterface
public interface SearchOpener {
    SearchIndex open(Repositories repositories);
}
