package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.Layer;
import org.isnad.service.ActorEntry;
import org.isnad.service.ActorMerge;
import org.isnad.service.ActorRole;
import org.isnad.service.ActorStatement;
import org.isnad.service.DuplicateFinder;
import org.isnad.service.DuplicateProposal;
import org.isnad.service.StoredMerge;
import org.isnad.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad actors list|show|merge|merges|unmerge|duplicates}: the speaker directory from the command line. */
@Command(name = "actors")
final class ActorsCommand implements CliCommand {
    static final List<String> WORDS = List.of("list", "show", "merge", "merges", "unmerge", "duplicates");

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORD", completionCandidates = Candidates.ActorsWords.class)
    String word;

    @Parameters(index = "1..*", paramLabel = "ACTOR")
    List<String> actors = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|csv")
    String format;

    @Override
    public String summary() {
        return "the speaker directory: list actors, show one's quotes, merge two, undo a merge";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] actors list
                       isnad [--db PATH] actors show ID|NAME [--format json|csv]
                       isnad [--db PATH] [--as USER] actors merge KEEP_ID OTHER_ID
                       isnad [--db PATH] actors merges
                       isnad [--db PATH] [--as USER] actors unmerge MERGE_ID
                       isnad [--db PATH] actors duplicates

                  list        a JSON array, by name: id, name, aliases, kind, quotes, claims, documents
                  show        one actor (by id, or by a name or alias, compared folded: أ/ا, ة/ه, harakat…)
                              with its quotes and claims across the corpus, newest first: JSON
                              {"actor": {…, "roles": [{since, role}]}, "quotes": […], "claims": […]}, each with
                              doc, title, outlet, date, start, end (UTF-16 offsets), text, quoteType, state,
                              verdict, annotator; --format csv prints the same record as CSV
                  merge       every quote, claim, mention and role of OTHER_ID moves to KEEP_ID, whose
                              aliases take OTHER_ID's names; OTHER_ID is removed. Prints {"merge": MERGE_ID, "kept",
                              "removed", "moved"}
                  merges      every merge, newest first: id, kept, other (id and name), by, at, undone (by, at or null)
                  unmerge     undoes a merge (made here or in the window, at any time): OTHER_ID comes back with the
                              annotations and roles that moved, KEEP_ID is as before; refused when KEEP_ID changed
                              since (a later merge or edit: undo that first) or the merge is already undone
                  duplicates  likely duplicates: same folded name, a shared alias, one name inside the other
                exit codes: 0 done, 1 an unknown actor or merge, a refused merge or undo, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (word == null) {
            throw new UsageException("cli.actors.noWord");
        }
        if (!WORDS.contains(word)) {
            throw new UsageException("cli.actors.unknownWord", word);
        }
        int expected = switch (word) {
            case "show" -> 1;
            case "merge" -> 2;
            case "unmerge" -> 1;
            default -> 0;
        };
        if (actors.size() != expected) {
            throw new UsageException("cli.actors.arguments", word, expected, actors.size());
        }
        if (format != null && !(word.equals("show") && List.of("json", "csv").contains(format))) {
            throw new UsageException("cli.actors.format", format);
        }
        Workspace workspace = new Workspace(context.repositories(), context.clock());
        Object result = switch (word) {
            case "list" -> list(context, workspace.speakers().entries());
            case "show" -> show(context, workspace, workspace.speakers().find(actors.get(0)));
            case "merge" -> merge(context, workspace);
            case "merges" -> merges(context, workspace);
            case "unmerge" -> unmerge(context, workspace);
            default -> duplicates(context, workspace);
        };
        if (result instanceof String csv) {
            context.out().print(csv);
        } else {
            context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        }
        return ExitCode.OK;
    }

    private static ArrayNode list(CliContext context, List<ActorEntry> entries) {
        ArrayNode array = context.json().createArrayNode();
        for (ActorEntry e : entries) {
            entry(array.addObject(), e);
        }
        return array;
    }

    private static void entry(ObjectNode o, ActorEntry e) {
        o.put("id", e.actor().id());
        o.put("name", e.actor().canonicalName());
        ArrayNode aliases = o.putArray("aliases");
        e.actor().aliases().forEach(aliases::add);
        o.put("kind", e.actor().kind().name());
        o.put("quotes", e.quotes());
        o.put("claims", e.claims());
        o.put("documents", e.documents());
    }

    private Object show(CliContext context, Workspace workspace, Actor actor) {
        if ("csv".equals(format)) {
            return workspace.speakers().csv(actor.id());
        }
        ObjectNode out = context.json().createObjectNode();
        ObjectNode a = out.putObject("actor");
        entry(a, workspace.speakers().entry(actor.id()));
        a.put("latinName", actor.latinName());
        a.put("role", actor.role());
        a.put("wikidata", actor.wikidataId());
        ArrayNode roles = a.putArray("roles");
        for (ActorRole role : workspace.speakers().roles(actor.id())) {
            roles.addObject().put("since", role.since().toString()).put("role", role.role());
        }
        ArrayNode quotes = out.putArray("quotes");
        ArrayNode claims = out.putArray("claims");
        for (ActorStatement s : workspace.speakers().statements(actor.id())) {
            ObjectNode o = (s.layer() == Layer.QUOTE ? quotes : claims).addObject();
            o.put("doc", s.documentId());
            o.put("title", s.title());
            o.put("outlet", s.outlet());
            o.put("date", s.day().toString());
            o.put("span", s.spanId());
            o.put("start", s.start());
            o.put("end", s.end());
            o.put("text", s.text());
            o.put("quoteType", s.quoteType() == null ? null : s.quoteType().name());
            o.put("state", s.setState().key());
            o.put("verdict", s.verdict() == null ? null : s.verdict().name());
            o.put("annotator", s.annotator());
        }
        return out;
    }

    private ObjectNode merge(CliContext context, Workspace workspace) {
        ActorMerge merge = workspace.merges().merge(actors.get(0), actors.get(1), context.user());
        ObjectNode out = context.json().createObjectNode();
        out.put("merge", merge.id());
        entry(out.putObject("kept"), workspace.speakers().entry(merge.keptAfter().id()));
        out.put("removed", merge.other().id());
        out.put("moved", merge.moved().annotations());
        return out;
    }

    private static ArrayNode merges(CliContext context, Workspace workspace) {
        ArrayNode array = context.json().createArrayNode();
        for (StoredMerge m : workspace.merges().history()) {
            ActorMerge record = workspace.merges().record(m);
            ObjectNode o = array.addObject();
            o.put("id", m.id());
            o.put("kept", m.keptId());
            o.put("keptName", record.keptBefore().canonicalName());
            o.put("other", m.otherId());
            o.put("otherName", record.other().canonicalName());
            o.put("moved", record.moved().annotations());
            o.put("by", m.mergedBy());
            o.put("at", m.mergedAt().toString());
            if (m.undone()) {
                o.putObject("undone").put("by", m.undoneBy()).put("at", m.undoneAt().toString());
            } else {
                o.putNull("undone");
            }
        }
        return array;
    }

    private ObjectNode unmerge(CliContext context, Workspace workspace) {
        ActorMerge merge = workspace.merges().undo(actors.get(0), context.user());
        ObjectNode out = context.json().createObjectNode();
        out.put("merge", merge.id());
        entry(out.putObject("kept"), workspace.speakers().entry(merge.keptBefore().id()));
        entry(out.putObject("restored"), workspace.speakers().entry(merge.other().id()));
        out.put("moved", merge.moved().annotations());
        return out;
    }

    private static ArrayNode duplicates(CliContext context, Workspace workspace) {
        ArrayNode array = context.json().createArrayNode();
        List<Actor> all = workspace.speakers().entries().stream().map(ActorEntry::actor).toList();
        for (DuplicateProposal p : DuplicateFinder.propose(all)) {
            ObjectNode o = array.addObject();
            o.put("first", p.first().id());
            o.put("firstName", p.first().canonicalName());
            o.put("second", p.second().id());
            o.put("secondName", p.second().canonicalName());
            o.put("reason", p.reason().name());
            o.put("sharedName", p.sharedName());
        }
        return array;
    }
}
