package org.isnad.ui.review;

import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.isnad.service.ReviewService;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.KimmittAnnotations;
import org.isnad.testing.TempStores;
import org.isnad.ui.language.UiText;

/** Layla's four annotations on one sentence, on a real H2 database and key files in a temporary folder, with the review service. */
final class ReviewFixture extends KimmittAnnotations {
    static final String ANALYST = "layla";
    static final String REVIEWER = "omar";

    final H2Store store;
    final FileSigningKeys keys;
    final ReviewService service;
    final UiText text = new UiText(Locale.ENGLISH);
    final StringProperty message = new SimpleStringProperty("");

    ReviewFixture(TempStores stores) {
        this(stores.open(), stores.keys());
    }

    private ReviewFixture(H2Store store, FileSigningKeys keys) {
        super(store, ANALYST, Clock.systemUTC());
        this.store = store;
        this.keys = keys;
        service = new ReviewService(store, keys, Clock.systemUTC());
    }

    void submit() {
        service.submit(setId, ANALYST);
    }
}
