package org.isnad.cli;

import java.util.Locale;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;

/** Search hits as CSV (RFC 4180: a header, comma-separated, fields quoted when they need it). */
final class SearchCsv {
    private SearchCsv() {
    }

    static String of(SearchPage page) {
        StringBuilder csv = new StringBuilder("doc,title,layer,start,end,text,context,actor,score\r\n");
        for (SearchHit hit : page.hits()) {
            csv.append(field(hit.doc())).append(',')
                    .append(field(hit.title())).append(',')
                    .append(hit.layer() == null ? "" : hit.layer().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(hit.start()).append(',')
                    .append(hit.end()).append(',')
                    .append(field(hit.text())).append(',')
                    .append(field(hit.context())).append(',')
                    .append(field(hit.actor())).append(',')
                    .append(hit.score()).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
