package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.isnad.service.ExportReport;
import org.isnad.service.ImportReport;
import org.isnad.service.VerifyReport;

/** The JSON lines the import, export and verify commands print for machines. */
final class ReportJson {
    private ReportJson() {
    }

    static ObjectNode of(ImportReport report, String file, ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("file", file);
        o.put("format", report.format().key());
        ArrayNode documents = o.putArray("documents");
        for (ImportReport.DocumentOutcome d : report.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("id", d.documentId());
            doc.put("sha256", d.sha256());
            doc.put("title", d.title());
            doc.put("existing", d.existing());
            ArrayNode sets = doc.putArray("sets");
            for (ImportReport.SetOutcome s : d.sets()) {
                ObjectNode set = sets.addObject();
                set.put("id", s.setId());
                set.put("importedId", s.importedSetId());
                set.put("annotator", s.annotator());
                set.put("result", s.result().key());
                set.put("spans", s.spans());
                set.put("links", s.links());
            }
        }
        ArrayNode actors = o.putArray("actorsCreated");
        report.actorsCreated().forEach(actors::add);
        if (report.format() == org.isnad.service.InterchangeFormat.ISNAD) {
            ImportReport.Carried carried = report.carried();
            ObjectNode claims = o.putObject("claimRecords");
            claims.put("added", carried.claimRecordsAdded());
            claims.put("merged", carried.claimRecordsMerged());
            claims.put("stancesAdded", carried.stancesAdded());
            claims.put("ratingsTaken", carried.ratingsTaken());
            o.put("assignmentsTaken", carried.assignmentsTaken());
        }
        ArrayNode warnings = o.putArray("warnings");
        report.warnings().forEach(warnings::add);
        return o;
    }

    static ObjectNode of(ExportReport report, ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("format", report.format().key());
        ArrayNode files = o.putArray("files");
        for (Path p : report.files()) {
            files.add(p.toString());
        }
        o.put("documents", report.documents());
        o.put("sets", report.sets());
        o.put("annotations", report.spans());
        o.put("links", report.links());
        return o;
    }

    static ObjectNode of(VerifyReport report, ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("bundle", report.bundle());
        o.put("ok", report.ok());
        o.put("entries", report.entriesChecked());
        ArrayNode problems = o.putArray("problems");
        for (VerifyReport.Problem p : report.problems()) {
            ObjectNode j = problems.addObject();
            j.put("entry", p.entry());
            j.put("check", p.check());
            j.put("reason", p.reason());
        }
        return o;
    }
}
