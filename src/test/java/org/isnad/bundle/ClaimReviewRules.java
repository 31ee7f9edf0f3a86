package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The rules {@code shared/claimreview/check.py} holds for an export, in Java: schema.org types on every
 * node, only the properties each type has, absolute http(s) URLs, ISO dates, numeric ratings with
 * 1 ≤ worst ≤ value ≤ best, worst < best, and Google's required fields. When Python 3 and the checker are
 * there, {@link #runChecker} also runs it.
 */
final class ClaimReviewRules {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/]+.*");
    private static final Set<String> REVIEW = Set.of("@context", "@type", "url", "claimReviewed", "inLanguage", "datePublished",
            "author", "reviewBody", "reviewRating", "itemReviewed");
    private static final Set<String> RATING = Set.of("@type", "ratingValue", "bestRating", "worstRating", "alternateName");
    private static final Set<String> CLAIM = Set.of("@type", "author", "datePublished", "appearance", "firstAppearance");
    private static final Set<String> WORK = Set.of("@type", "url", "headline", "datePublished", "publisher");
    private static final Set<String> AGENT = Set.of("@type", "name", "url", "sameAs");

    private ClaimReviewRules() {
    }

    static void check(JsonNode review) {
        keys(review, REVIEW);
        assertEquals("https://schema.org", review.path("@context").asText());
        assertEquals("ClaimReview", review.path("@type").asText());
        url(review.path("url"));
        assertTrue(review.path("claimReviewed").isTextual() && !review.path("claimReviewed").asText().isBlank());
        assertEquals("ar", review.path("inLanguage").asText());
        date(review.path("datePublished"));
        agent(review.path("author"), Set.of("Organization"));
        JsonNode rating = review.path("reviewRating");
        keys(rating, RATING);
        assertEquals("Rating", rating.path("@type").asText());
        assertTrue(rating.path("ratingValue").isNumber() && rating.path("bestRating").isNumber() && rating.path("worstRating").isNumber());
        int value = rating.path("ratingValue").asInt();
        int best = rating.path("bestRating").asInt();
        int worst = rating.path("worstRating").asInt();
        assertTrue(worst >= 1 && worst < best && worst <= value && value <= best, rating.toString());
        assertTrue(rating.path("alternateName").isTextual() && !rating.path("alternateName").asText().isBlank());
        JsonNode claim = review.path("itemReviewed");
        keys(claim, CLAIM);
        assertEquals("Claim", claim.path("@type").asText());
        if (claim.has("author")) {
            agent(claim.path("author"), Set.of("Person", "Organization"));
        }
        if (claim.has("datePublished")) {
            date(claim.path("datePublished"));
            assertTrue(claim.path("appearance").isArray());
            for (JsonNode work : claim.path("appearance")) {
                work(work);
            }
            work(claim.path("firstAppearance"));
        }
    }

    private static void work(JsonNode w) {
        keys(w, WORK);
        assertEquals("CreativeWork", w.path("@type").asText());
        if (w.has("url")) {
            url(w.path("url"));
        }
        assertTrue(w.path("headline").isTextual());
        date(w.path("datePublished"));
        if (w.has("publisher")) {
            agent(w.path("publisher"), Set.of("Organization"));
        }
    }

    private static void agent(JsonNode a, Set<String> types) {
        keys(a, AGENT);
        assertTrue(types.contains(a.path("@type").asText()), a.toString());
        assertTrue(a.path("name").isTextual() && !a.path("name").asText().isBlank(), a.toString());
        if (a.has("url")) {
            url(a.path("url"));
        }
        if (a.has("sameAs")) {
            url(a.path("sameAs"));
        }
    }

    private static void keys(JsonNode node, Set<String> allowed) {
        assertTrue(node.isObject(), "a node: " + node);
        node.fieldNames().forEachRemaining(k -> assertTrue(allowed.contains(k), "unexpected property " + k + " in " + node));
        node.fields().forEachRemaining(e -> assertTrue(!e.getValue().isNull(), "null " + e.getKey()));
    }

    private static void url(JsonNode u) {
        assertTrue(u.isTextual() && URL.matcher(u.asText()).matches(), "an absolute http(s) URL: " + u);
    }

    private static void date(JsonNode d) {
        assertTrue(d.isTextual() && DATE.matcher(d.asText()).matches(), "an ISO date: " + d);
    }

    /** Where the shared checker is, if it is on this machine. */
    static Path checker() {
        for (String p : List.of(System.getProperty("isnad.claimreview.checker", ""), "../shared/claimreview/check.py",
                "../../shared/claimreview/check.py", "/work/shared/claimreview/check.py")) {
            if (!p.isEmpty() && Files.isRegularFile(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** Runs the checker on a file and returns its report, or null without Python 3 or the checker. */
    static String runChecker(Path file) throws IOException, InterruptedException {
        Path checker = checker();
        if (checker == null) {
            return null;
        }
        Process p;
        try {
            p = new ProcessBuilder("python3", checker.toString(), file.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}
