package org.isnad.service;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/** A search query that cannot be read: says where (1-based character position) and what was expected there. */
public final class QuerySyntaxException extends LocalizedException {
    private final int position;

    public QuerySyntaxException(String query, int position, Message expected) {
        super(Message.of("service.search.syntax", position, expected, query));
        this.position = position;
    }

    public int position() {
        return position;
    }
}
