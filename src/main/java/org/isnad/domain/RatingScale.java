package org.isnad.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.isnad.message.Message;

/**
 * The organisation's rating scale: its levels, best first. The best and worst values of a rating made
 * on it are the first and last level's values.
 */
public record RatingScale(List<RatingLevel> levels) {
    public RatingScale {
        levels = List.copyOf(levels);
        if (levels.size() < 2) {
            throw new DomainException(Message.of("domain.rating.scale.short"));
        }
        if (levels.stream().map(RatingLevel::value).distinct().count() != levels.size()) {
            throw new DomainException(Message.of("domain.rating.scale.duplicate"));
        }
        if (levels.stream().anyMatch(l -> l.value() < 1)) {
            throw new DomainException(Message.of("domain.rating.scale.order", 0, levels.size()));
        }
        levels = levels.stream().sorted(Comparator.comparingInt(RatingLevel::value).reversed()).toList();
    }

    /** The scale a new database starts with: five levels from صحيح / True (5) to زائف / False (1). */
    public static RatingScale standard() {
        return new RatingScale(List.of(
                new RatingLevel(5, "صحيح", "True"),
                new RatingLevel(4, "صحيح في معظمه", "Mostly true"),
                new RatingLevel(3, "مضلل", "Misleading"),
                new RatingLevel(2, "غير صحيح في معظمه", "Mostly false"),
                new RatingLevel(1, "زائف", "False")));
    }

    public int best() {
        return levels.get(0).value();
    }

    public int worst() {
        return levels.get(levels.size() - 1).value();
    }

    public Optional<RatingLevel> level(int value) {
        return levels.stream().filter(l -> l.value() == value).findFirst();
    }

    public Optional<RatingLevel> named(String label) {
        return levels.stream().filter(l -> l.named(label)).findFirst();
    }
}
