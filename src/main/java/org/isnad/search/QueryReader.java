package org.isnad.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.isnad.message.Message;
import org.isnad.service.QuerySyntaxException;
import org.isnad.service.SearchQuery;

/**
 * The analyst's query in Lucene's classic syntax (words, "phrases", prefix*, AND, OR, NOT, -word,
 * parentheses; all words must occur unless OR says otherwise), with the filters around it.
 */
final class QueryReader {
    private final Analyzer analyzer;

    QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query read(SearchQuery search) {
        return withFilters(search, words(search.text()));
    }

    /** The analyst's words ({@link #words}) with the query's filters around them. */
    Query withFilters(SearchQuery search, Query words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(words, Occur.MUST);
        query.add(term(IndexFields.KIND, search.inAnnotations() ? IndexFields.SPAN : IndexFields.TEXT), Occur.FILTER);
        if (search.layer() != null) {
            query.add(term(IndexFields.LAYER, search.layer().name()), Occur.FILTER);
        }
        if (search.actorIds() != null) {
            query.add(new TermInSetQuery(IndexFields.ACTOR, search.actorIds().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        if (search.documentId() != null) {
            query.add(term(IndexFields.DOC, search.documentId()), Occur.FILTER);
        }
        if (search.outlet() != null) {
            query.add(term(IndexFields.OUTLET, IndexEntries.outletKey(search.outlet())), Occur.FILTER);
        }
        if (search.from() != null || search.to() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochDay();
            long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(IndexFields.DATE, from, to), Occur.FILTER);
        }
        if (search.state() != null) {
            query.add(term(IndexFields.STATE, search.state()), Occur.FILTER);
        }
        if (search.annotator() != null) {
            query.add(term(IndexFields.ANNOTATOR, search.annotator()), Occur.FILTER);
        }
        if (search.quoteType() != null) {
            query.add(term(IndexFields.QUOTE_TYPE, search.quoteType()), Occur.FILTER);
        }
        return query.build();
    }

    /** The analyst's words alone: where the occurrences are. */
    Query words(String text) {
        if (text == null || text.isBlank()) {
            throw new QuerySyntaxException(text == null ? "" : text, 1, Message.of("service.search.expected.word"));
        }
        QueryParser parser = new PrefixOnExactWords(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw syntaxError(text, e);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(text, 1, Message.of("service.search.expected.fewer"));
        }
    }

    /** Lucene's error names a column and the tokens it expected; the analyst gets both in plain words. */
    private static QuerySyntaxException syntaxError(String text, ParseException e) {
        Token at = e.currentToken == null ? null : e.currentToken.next;
        int position = at == null ? text.length() + 1 : Math.max(1, at.beginColumn);
        if (at != null && at.kind == 0) {
            position = text.length() + 1;
        }
        return new QuerySyntaxException(text, position, Message.of(expected(text, e)));
    }

    private static String expected(String text, ParseException e) {
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "service.search.expected.quote";
        }
        long open = text.chars().filter(c -> c == '(').count();
        long close = text.chars().filter(c -> c == ')').count();
        if (open > close) {
            return "service.search.expected.paren";
        }
        return "service.search.expected.word";
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** Prefix queries go to the unstemmed words: «الأمني*» should find what begins so, not what stems so. */
    private static final class PrefixOnExactWords extends QueryParser {
        PrefixOnExactWords(Analyzer analyzer) {
            super(IndexFields.WORDS, analyzer);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(IndexFields.EXACT, termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(IndexFields.EXACT, termStr);
        }
    }
}
