package org.isnad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimFeatures;
import org.isnad.service.ClaimMatching;
import org.isnad.service.ClaimProposal;
import org.isnad.service.ClaimRecords;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.HandClock;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClaimMatchingTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    private final HandClock clock = HandClock.ticking(Instant.parse("2026-12-07T10:00:00Z"), Duration.ofSeconds(1));
    private final H2Store store = stores.open();
    private final ClaimArticles articles = new ClaimArticles(store, "salma", clock);
    private final ClaimRecords records = new ClaimRecords(store, clock);
    private final ClaimRecord vacuum = records.create(ClaimArticles.STATEMENT, null, "huda");
    private final ClaimRecord iraqiForces = records.create("القوات العراقية قادرة على حماية البلاد", null, "huda");
    private final ClaimRecord schools1500 = records.create("الحكومة ستنشئ 1500 مدرسة جديدة في منطقة جازان", null, "huda");
    private final ClaimRecord schools300 = records.create("الحكومة ستنشئ 300 مدرسة جديدة في منطقة جازان", null, "huda");
    private final ClaimRecord kimmittSays = records.create("مارك كيميت: التحالف الدولي سينهي مهمته في العراق", null, "huda");
    private final ClaimRecord coalitionEnds = records.create("التحالف الدولي سينهي مهمته في العراق", null, "huda");
    private final ClaimMatching matching = new ClaimMatching(store, new LuceneClaimMatchIndex());

    @AfterEach
    void close() {
        matching.close();
    }

    private String first(String text) {
        List<ClaimProposal> proposals = matching.propose(text, 5);
        assertTrue(!proposals.isEmpty(), "a proposal for «" + text + "»");
        return proposals.get(0).record().id();
    }

    @Test
    void theSameClaimInOtherWordsAndInflections() {
        matching.rebuild();
        assertEquals(vacuum.id(), first("الانسحاب الأميركي من العراق لن يخلف فراغا أمنيا"));
        assertEquals(vacuum.id(), first("القوات الامريكية لن تترك بعد انسحابها فراغات أمنية في العراق"));
        assertEquals(iraqiForces.id(), first("قوات العراق قادرة على حماية البلد"));
    }

    @Test
    void withAndWithoutHarakat() {
        matching.rebuild();
        assertEquals(vacuum.id(), first("اِنْسِحَابُ القُوَّاتِ الأَمِيرِكِيَّةِ لَنْ يَتْرُكَ فَرَاغًا أَمْنِيًّا فِي العِرَاقِ"));
        assertEquals(iraqiForces.id(), first("القُوّاتُ العِراقيّةُ قادِرَةٌ على حِمايةِ البِلادِ"));
    }

    @Test
    void matchingNumbersWeighMoreArabicIndicDigitsIncluded() {
        matching.rebuild();
        assertEquals(schools1500.id(), first("ستُنشأ ١٥٠٠ مدرسة جديدة في منطقة جازان"));
        assertEquals(schools300.id(), first("ستنشأ 300 مدرسة جديدة في جازان"));
        assertEquals(Set.of("1500", "2.5"), ClaimFeatures.numbers("١٥٠٠ مدرسة و2.5 مليون"));
    }

    @Test
    void matchingNamedActorsWeighMore() {
        matching.rebuild();
        assertEquals(kimmittSays.id(), first("قال كيميت إن التحالف الدولي سينهي مهمته"));
        assertEquals(coalitionEnds.id(), first("التحالف الدولي سينهي مهمته في العراق قريبا"));
    }

    @Test
    void spansAttachedLaterAreMatchedAndUnrelatedTextProposesNothing() {
        matching.rebuild();
        records.attach(articles.amiriClaim.spanId(), vacuum.id(), Stance.DENIES, "huda");
        matching.refresh(vacuum.id());
        assertEquals(vacuum.id(), first("سيترك انسحاب القوات الأميركية فراغا أمنيا خطيرا"));
        assertTrue(matching.propose("ارتفاع درجات الحرارة في الرياض اليوم", 5).isEmpty());
        records.delete(iraqiForces.id(), "huda");
        matching.refresh(iraqiForces.id());
        assertTrue(matching.propose("القوات العراقية قادرة على حماية البلاد", 5).stream()
                .noneMatch(p -> p.record().id().equals(iraqiForces.id())));
    }
}
