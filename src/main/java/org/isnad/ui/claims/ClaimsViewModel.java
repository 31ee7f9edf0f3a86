package org.isnad.ui.claims;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.domain.Contradiction;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.signing.RatingCheck;
import org.isnad.text.ArabicFolding;

/**
 * The claims window's state: every record with its counts, filtered on folded text (statement and gloss),
 * and the chosen record's appearances, contradictions and rating, read through the claim services.
 */
public final class ClaimsViewModel {
    private final ClaimRecords records;
    private final Optional<ClaimRatings> ratings;
    private final ObservableList<ClaimRecordSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ClaimRecordSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ClaimRecordSummary> chosen = new SimpleObjectProperty<>();
    private final ObservableList<ClaimAppearance> appearances = FXCollections.observableArrayList();
    private final ObservableList<Contradiction> contradictions = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimRating> rating = new SimpleObjectProperty<>();
    private final ObjectProperty<RatingCheck> check = new SimpleObjectProperty<>();
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();

    public ClaimsViewModel(ClaimRecords records, Optional<ClaimRatings> ratings) {
        this.records = records;
        this.ratings = ratings;
        filter.addListener((o, a, b) -> applyFilter());
    }

    /** Reads the list again, keeping the chosen record when it is still there. */
    public void refresh() {
        String was = chosen.get() == null ? null : chosen.get().record().id();
        all.setAll(records.list());
        applyFilter();
        choose(was == null ? null : all.stream().filter(s -> s.record().id().equals(was)).findFirst().orElse(null));
    }

    private void applyFilter() {
        String q = ArabicFolding.foldQuery(filter.get() == null ? "" : filter.get().strip());
        shown.setPredicate(q.isEmpty() ? s -> true : s -> matches(s, q));
    }

    private static boolean matches(ClaimRecordSummary s, String folded) {
        return ArabicFolding.foldQuery(s.record().statement()).contains(folded)
                || s.record().gloss() != null && ArabicFolding.foldQuery(s.record().gloss()).contains(folded);
    }

    /** Shows the page of the record with this id, when the list holds it (after {@link #refresh}). */
    public void chooseId(String claimId) {
        all.stream().filter(s -> s.record().id().equals(claimId)).findFirst().ifPresent(this::choose);
    }

    /** Shows a record's page (null: none). */
    public void choose(ClaimRecordSummary summary) {
        if (summary == null) {
            appearances.clear();
            contradictions.clear();
            rating.set(null);
            check.set(null);
        } else {
            String id = summary.record().id();
            appearances.setAll(records.appearances(id));
            contradictions.setAll(records.contradictions(id));
            rating.set(ratings.flatMap(r -> r.rating(id)).orElse(null));
            check.set(ratings.flatMap(r -> r.check(id)).orElse(null));
        }
        chosen.set(summary);
        revision.set(revision.get() + 1);
    }

    /** Counts the pages shown: the page draws itself again on each. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** The appearances of one stance side's speakers, by name, without repeats. */
    public List<String> speakers(org.isnad.domain.Stance stance) {
        return appearances.stream().filter(a -> a.stance() == stance && a.claimantName() != null)
                .map(ClaimAppearance::claimantName).distinct().toList();
    }

    public ObservableList<ClaimRecordSummary> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ClaimRecordSummary> chosenProperty() {
        return chosen;
    }

    public ObservableList<ClaimAppearance> appearances() {
        return appearances;
    }

    public ObservableList<Contradiction> contradictions() {
        return contradictions;
    }

    public ObjectProperty<ClaimRating> ratingProperty() {
        return rating;
    }

    public ObjectProperty<RatingCheck> checkProperty() {
        return check;
    }

    public Optional<ClaimRatings> ratings() {
        return ratings;
    }
}
