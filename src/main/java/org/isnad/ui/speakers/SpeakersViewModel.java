package org.isnad.ui.speakers;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.service.ActorEdit;
import org.isnad.service.ActorEntry;
import org.isnad.service.ActorMerge;
import org.isnad.service.ActorStatement;
import org.isnad.service.DuplicateFinder;
import org.isnad.service.DuplicateProposal;
import org.isnad.service.Workspace;
import org.isnad.text.ArabicFolding;

/**
 * The directory's state: the actors shown (filtered on folded names), the chosen actor and its
 * page. Plain logic over the services, testable without a window.
 */
public final class SpeakersViewModel {
    private final Workspace workspace;
    private final String user;
    private final ObservableList<ActorEntry> actors = FXCollections.observableArrayList();
    private final ObservableList<ActorStatement> statements = FXCollections.observableArrayList();
    private final ObjectProperty<ActorEntry> chosen = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private List<ActorEntry> all = List.of();
    private final Deque<ActorEdit> edits = new ArrayDeque<>();

    public SpeakersViewModel(Workspace workspace, String user) {
        this.workspace = workspace;
        this.user = user;
        filter.addListener((o, a, b) -> applyFilter());
        chosen.addListener((o, a, b) -> loadPage());
    }

    /** Reads the directory again (after a merge, a rename, or a change elsewhere), keeping the chosen actor. */
    public void refresh() {
        String keep = chosen.get() == null ? null : chosen.get().actor().id();
        all = workspace.speakers().entries();
        applyFilter();
        choose(keep);
    }

    public void choose(String actorId) {
        chosen.set(actorId == null ? null : all.stream().filter(e -> e.actor().id().equals(actorId)).findFirst().orElse(null));
    }

    private void applyFilter() {
        String q = ArabicFolding.foldQuery(filter.get() == null ? "" : filter.get().strip());
        actors.setAll(q.isEmpty() ? all : all.stream().filter(e -> matches(e.actor(), q)).toList());
    }

    private static boolean matches(Actor actor, String folded) {
        if (ArabicFolding.foldQuery(actor.canonicalName()).contains(folded)) {
            return true;
        }
        if (actor.latinName() != null && ArabicFolding.foldQuery(actor.latinName()).contains(folded)) {
            return true;
        }
        return actor.aliases().stream().anyMatch(a -> ArabicFolding.foldQuery(a).contains(folded));
    }

    private void loadPage() {
        ActorEntry e = chosen.get();
        statements.setAll(e == null ? List.of() : workspace.speakers().statements(e.actor().id()));
    }

    public ActorMerge mergeInto(String keepId, String otherId) {
        ActorMerge merge = workspace.merges().merge(keepId, otherId, user);
        refresh();
        choose(keepId);
        return merge;
    }

    /** Undoes the last merge made in this program, if any; both actors come back. */
    public boolean undoLastMerge() {
        Optional<ActorMerge> last = workspace.merges().last();
        last.ifPresent(m -> {
            workspace.merges().undo(m, user);
            refresh();
        });
        return last.isPresent();
    }

    /** Edits the actor as the window showed it ({@code seen}); the edit can be undone with {@link #undoLastEdit}. */
    public ActorEdit edit(Actor seen, ActorKind kind, String wikidata, List<String> aliases, LocalDate roleSince,
                          String role) {
        ActorEdit edit = workspace.actorEdits().edit(seen, kind, wikidata, aliases, roleSince, role, user);
        edits.push(edit);
        refresh();
        return edit;
    }

    /** Undoes the last edit made in this window, if any; returns the actor it was made on. */
    public Optional<Actor> undoLastEdit() {
        ActorEdit last = edits.peek();
        if (last == null) {
            return Optional.empty();
        }
        workspace.actorEdits().undo(last, user);
        edits.pop();
        refresh();
        return Optional.of(last.before());
    }

    public java.time.Clock clock() {
        return workspace.clock();
    }

    public void rename(String actorId, String name) {
        workspace.speakers().rename(actorId, name, user);
        refresh();
    }

    public Actor splitAlias(String actorId, String alias) {
        Actor split = workspace.speakers().splitAlias(actorId, alias, user);
        refresh();
        return split;
    }

    public List<DuplicateProposal> duplicates() {
        return DuplicateFinder.propose(all.stream().map(ActorEntry::actor).toList());
    }

    public String csv(String actorId) {
        return workspace.speakers().csv(actorId);
    }

    public ObservableList<ActorEntry> actors() {
        return actors;
    }

    public ObservableList<ActorStatement> statements() {
        return statements;
    }

    public ObjectProperty<ActorEntry> chosenProperty() {
        return chosen;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public List<ActorEntry> allActors() {
        return all;
    }
}
