package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.store.H2Store;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The attributions CSV: BOM, RFC 4180 quoting, formula neutralisation, one row per quote. */
class AttributionCsvTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final Path dir = stores.dir();

    /** A minimal RFC 4180 reader for checking. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void theTableHasABomAHeaderAndOneRowPerQuote() throws IOException {
        try (H2Store store = stores.open("db")) {
            Fixture fixture = Fixture.populate(store);
            Path out = dir.resolve("attributions.csv");
            new BundleInterchange(() -> store, Fixture.CLOCK).export(
                    new ExportRequest(List.of(), InterchangeFormat.CSV, out, false, "layla"), Progress.none());
            byte[] bytes = Files.readAllBytes(out);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            List<List<String>> rows = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
            assertEquals(AttributionCsv.COLUMNS, rows.get(0));
            assertEquals(1 + 5, rows.size(), "four quotes of layla and one of omar");
            List<String> kimmitt = rows.get(1);
            assertEquals(List.of(rows.get(0).size()), List.of(kimmitt.size()));
            assertEquals(fixture.documentId, kimmitt.get(1));
            assertEquals("layla", kimmitt.get(2));
            assertEquals("مارك كيميت", kimmitt.get(3));
            assertEquals(fixture.kimmitt.id(), kimmitt.get(4));
            assertEquals("قال", kimmitt.get(5));
            assertTrue(kimmitt.get(6).contains("😀 في 2024"));
            assertEquals("direct", kimmitt.get(7));
            assertEquals("الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني", kimmitt.get(8));
            assertEquals("مارك كيميت", kimmitt.get(9));
            assertEquals("submitted", kimmitt.get(10));
            assertEquals("وكالة رويترز", rows.get(2).get(3));
            assertEquals("mixed", rows.get(2).get(7));
            assertEquals("مارك كيميت", rows.get(4).get(3), "the implicit speaker of «وأضاف»");
            assertEquals("in_progress", rows.get(5).get(10));
        }
    }

    @Test
    void cellsAreQuotedAndFormulasNeutralised() {
        assertEquals("قال", AttributionCsv.cell("قال"));
        assertEquals("\"a,b\"", AttributionCsv.cell("a,b"));
        assertEquals("\"say \"\"no\"\"\"", AttributionCsv.cell("say \"no\""));
        assertEquals("\"line\nbreak\"", AttributionCsv.cell("line\nbreak"));
        assertEquals("'=SUM(A1:A2)", AttributionCsv.cell("=SUM(A1:A2)"));
        assertEquals("'+1", AttributionCsv.cell("+1"));
        assertEquals("'-5%", AttributionCsv.cell("-5%"));
        assertEquals("'@cmd", AttributionCsv.cell("@cmd"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", AttributionCsv.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("", AttributionCsv.cell(null));
    }
}
