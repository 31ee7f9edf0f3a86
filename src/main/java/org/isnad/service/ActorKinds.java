package org.isnad.service;

import java.util.List;
import org.isnad.domain.ActorKind;
import org.isnad.text.ArabicFolding;

/** A first guess at what kind of actor a new name is, from its first word; the analyst can change it. */
final class ActorKinds {
    private static final List<String> OUTLETS = List.of("وكاله", "صحيفه", "قناه", "موقع", "اذاعه", "مجله", "تلفزيون");
    private static final List<String> ANONYMOUS = List.of("مصادر", "مصدر", "مسؤولين", "مسؤولون", "مسوولين", "مسوولون");
    private static final List<String> GOVERNMENT = List.of("وزاره", "الحكومه", "حكومه", "وزير", "رئاسه", "مجلس", "البيت");
    private static final List<String> ORGANIZATIONS = List.of("شركه", "منظمه", "هيئه", "جمعيه", "مؤسسه", "موسسه", "بنك");

    private ActorKinds() {
    }

    static ActorKind guess(String name) {
        String first = ArabicFolding.foldQuery(name.strip()).split("\\s+")[0];
        if (OUTLETS.contains(first)) {
            return ActorKind.MEDIA_OUTLET;
        }
        if (ANONYMOUS.contains(first)) {
            return ActorKind.ANONYMOUS_SOURCE;
        }
        if (GOVERNMENT.contains(first)) {
            return ActorKind.GOVERNMENT_BODY;
        }
        if (ORGANIZATIONS.contains(first)) {
            return ActorKind.ORGANIZATION;
        }
        return ActorKind.PERSON;
    }
}
