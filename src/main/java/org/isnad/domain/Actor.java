package org.isnad.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.message.Message;

/** Someone who can say something, registered once for the whole corpus. */
public record Actor(
        String id,
        String canonicalName,
        String latinName,
        List<String> aliases,
        ActorKind kind,
        String role,
        String wikidataId) {

    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    public static final int MAX_NAME = 300;

    public Actor {
        Ids.require(id, Message.of("domain.what.actor"));
        if (canonicalName == null || canonicalName.isBlank()) {
            throw new DomainException(Message.of("domain.actor.no.name", id));
        }
        canonicalName = canonicalName.strip();
        if (canonicalName.length() > MAX_NAME) {
            throw new DomainException(Message.of("domain.actor.name.too.long", MAX_NAME));
        }
        if (kind == null) {
            throw new DomainException(Message.of("domain.actor.no.kind", canonicalName));
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        for (String alias : aliases) {
            if (alias == null || alias.isBlank()) {
                throw new DomainException(Message.of("domain.actor.empty.alias", canonicalName));
            }
        }
        latinName = blankToNull(latinName);
        role = blankToNull(role);
        wikidataId = blankToNull(wikidataId);
        if (wikidataId != null && !WIKIDATA.matcher(wikidataId).matches()) {
            throw new DomainException(Message.of("domain.actor.wikidata", canonicalName, wikidataId));
        }
    }

    public static Actor create(String name, ActorKind kind, String role) {
        return new Actor(Ids.newId(), name, null, List.of(), kind, role, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
