package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.HandClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
    @TempDir
    Path dir;

    @Test
    void newAttachShowRateAndExportFromTheCommandLine() throws Exception {
        Path db = dir.resolve("db/isnad");
        HandClock clock = HandClock.ticking(Instant.parse("2026-12-07T10:00:00Z"), Duration.ofSeconds(1));
        ClaimArticles articles;
        try (H2Store store = H2Store.open(db)) {
            articles = new ClaimArticles(store, "salma", clock);
        }
        CliHarness cli = CliHarness.in(dir, clock);
        assertEquals(0, cli.runAs(db, "huda", "claims", "new", "--text", ClaimArticles.STATEMENT));
        String id = cli.outJson().get("id").asText();
        assertEquals(0, cli.runAs(db, "huda", "claims", "attach", "--doc", articles.kimmittClaim.documentId(),
                "--span", articles.kimmittClaim.spanId(), "--claim", id), cli.err());
        assertEquals(0, cli.runAs(db, "huda", "claims", "attach", "--doc", articles.amiriClaim.documentId(),
                "--span", articles.amiriClaim.spanId(), "--claim", id, "--stance", "denies"), cli.err());
        assertEquals("denies", cli.outJson().get("stance").asText());

        assertEquals(0, cli.runAs(db, "huda", "claims", "list"));
        JsonNode list = cli.outJson();
        assertEquals(ClaimArticles.STATEMENT, list.get(0).get("statement").asText());
        assertEquals(2, list.get(0).get("appearances").asInt());
        assertEquals(2, list.get(0).get("spans").size());

        assertEquals(0, cli.runAs(db, "huda", "claims", "show", id));
        JsonNode show = cli.outJson();
        assertEquals(articles.kimmittClaim.spanId(), show.at("/appearances/0/span").asText());
        assertEquals("الحرة", show.at("/appearances/0/outlet").asText());
        assertEquals("opposite-speakers", show.at("/contradictions/0/kind").asText());
        assertTrue(show.get("rating").isNull());

        assertEquals(0, cli.runAs(db, "nadia", "claims", "rate", id, "--value", "1", "--best", "5", "--worst", "1",
                "--label", "زائف", "--explanation", "تصريحات لاحقة تناقضه", "--evidence", "https://example.org/a",
                "--evidence", "https://example.org/b"), cli.err());
        assertEquals(2, cli.outJson().get("evidence").size());
        assertEquals("valid", cli.outJson().get("signature").asText());
        assertEquals("False", cli.outJson().get("labelEnglish").asText());
        assertEquals(0, cli.runAs(db, "huda", "claims", "show", id));
        assertEquals("valid", cli.outJson().at("/rating/signature").asText());

        Path out = dir.resolve("reviews.jsonld");
        assertEquals(1, cli.runAs(db, "huda", "export", "--format", "claimreview", "--all", "--out", out.toString()));
        assertTrue(cli.err().contains("claims config"), cli.err());
        assertEquals(0, cli.runAs(db, "huda", "claims", "config", "--org", "مرصد التحقق", "--base-url", "https://fact.example.org/c"));
        assertEquals(0, cli.runAs(db, "huda", "claims", "new", "--text", "القوات العراقية قادرة على حماية البلاد"));
        assertEquals(0, cli.runAs(db, "huda", "export", "--format", "claimreview", "--all", "--out", out.toString()), cli.err());
        JsonNode report = cli.outJson();
        assertEquals(1, report.get("reviews").asInt());
        assertEquals(1, report.get("leftOut").asInt());
        assertEquals("not-rated", report.at("/omitted/0/reason").asText());
        assertEquals(0, report.get("appearancesWithoutUrl").size(), "both articles have their URL: " + report);
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains(ClaimArticles.STATEMENT));
        assertEquals(0, cli.runAs(db, "huda", "export", "--format", "claimreview", "--claim", id, "--out", out.toString()), cli.err());
        assertEquals(0, cli.outJson().get("leftOut").asInt());
    }

    @Test
    void refusalsSayWhatIsWrong() throws Exception {
        Path db = dir.resolve("db/isnad");
        CliHarness cli = CliHarness.in(dir);
        assertEquals(2, cli.runAs(db, "huda", "claims", "new"));
        assertTrue(cli.err().contains("--text"), cli.err());
        assertEquals(2, cli.runAs(db, "huda", "claims", "attach", "--span", "x"));
        assertEquals(2, cli.runAs(db, "huda", "claims", "attach", "--doc", "d", "--span", "x", "--claim", "c", "--stance", "maybe"));
        assertTrue(cli.err().contains("maybe"), cli.err());
        assertEquals(1, cli.runAs(db, "huda", "claims", "show", "no-such-record"));
        assertTrue(cli.err().contains("no-such-record"), cli.err());
        assertEquals(0, cli.runAs(db, "huda", "claims", "new", "--text", ClaimArticles.STATEMENT));
        String id = cli.outJson().get("id").asText();
        assertEquals(1, cli.runAs(db, "huda", "claims", "attach", "--doc", "d", "--span", "no-span", "--claim", id));
        assertTrue(cli.err().contains("no-span"), cli.err());
        assertEquals(1, cli.runAs(db, "nadia", "claims", "rate", id, "--value", "9", "--best", "5", "--worst", "1", "--label", "زائف"));
        assertTrue(cli.err().contains("9"), cli.err());
        assertEquals(2, cli.runAs(db, "huda", "export", "--format", "claimreview", "--out", dir.resolve("x.jsonld").toString()));
        assertEquals(2, cli.runAs(db, "huda", "export", "--format", "csv", "--claim", id, "--out", dir.resolve("x.csv").toString()));
    }
}
