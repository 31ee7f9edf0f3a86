package org.isnad.suggest.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.domain.QuoteType;
import org.isnad.message.Message;
import org.isnad.text.TextRange;

/**
 * Reads one gold article in brat standoff, the schema Isnad's brat export writes: {@code T} lines
 * (Speaker, Cue, Quote, Claim; code-point offsets, a discontinuous annotation's stretches joined by
 * {@code ;} and scored from its first start to its last end), {@code A} QuoteType lines, {@code R}
 * lines (AttributedTo, CuedBy, Expresses, ClaimedBy; others are ignored), {@code N} Reference lines
 * naming a speaker mention's actor, and {@code #} notes (ignored). A mention without an {@code N}
 * line names the actor by its own text. Every {@code T} text must match the article at its offsets.
 */
public final class BratGold {
    private static final Pattern T_LINE = Pattern.compile("(T\\d+)\t(\\S+) ([0-9; ]+)\t(.*)");
    private static final Pattern A_LINE = Pattern.compile("A\\d+\tQuoteType (T\\d+) (direct|indirect|mixed)\\s*");
    private static final Pattern R_LINE = Pattern.compile("R\\d+\t(\\S+) Arg1:(T\\d+) Arg2:(T\\d+)\\s*");
    private static final Pattern N_LINE = Pattern.compile("N\\d+\tReference (T\\d+) \\S+(?:\t(.*))?");

    private BratGold() {
    }

    private record Bound(String type, TextRange range) {
    }

    /** The article {@code name}: its stored text and the {@code .ann} beside it, named {@code annFile} in refusals. */
    public static GoldArticle read(String name, String text, String ann, String annFile) {
        Map<String, Bound> bounds = new LinkedHashMap<>();
        Map<String, QuoteType> types = new HashMap<>();
        Map<String, List<String>> speakerOf = new HashMap<>();
        Map<String, List<String>> cueOf = new HashMap<>();
        Map<String, String> claimedBy = new HashMap<>();
        Map<String, String> actorOf = new HashMap<>();
        String[] lines = ann.split("\n", -1);
        List<String[]> later = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("T")) {
                Matcher m = T_LINE.matcher(line);
                if (!m.matches()) {
                    throw new GoldFormatException(annFile, i + 1, Message.of("evaluate.gold.textBound"));
                }
                bounds.put(m.group(1), new Bound(m.group(2), range(m.group(3), m.group(4), text, annFile, i + 1)));
            } else {
                later.add(new String[] {line, Integer.toString(i + 1)});
            }
        }
        for (String[] l : later) {
            String line = l[0];
            int number = Integer.parseInt(l[1]);
            Matcher m;
            if ((m = A_LINE.matcher(line)).matches()) {
                known(bounds, m.group(1), annFile, number);
                types.put(m.group(1), QuoteType.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)));
            } else if ((m = R_LINE.matcher(line)).matches()) {
                known(bounds, m.group(2), annFile, number);
                known(bounds, m.group(3), annFile, number);
                switch (m.group(1)) {
                    case "AttributedTo" -> speakerOf.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(3));
                    case "CuedBy" -> cueOf.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(3));
                    case "ClaimedBy" -> claimedBy.put(m.group(2), m.group(3));
                    default -> {
                        // Expresses, NestedIn, Continues: not scored
                    }
                }
            } else if ((m = N_LINE.matcher(line)).matches()) {
                known(bounds, m.group(1), annFile, number);
                if (m.group(2) != null && !m.group(2).isBlank()) {
                    actorOf.put(m.group(1), m.group(2).strip());
                }
            } else if (!line.startsWith("#") && !line.startsWith("A") && !line.startsWith("R") && !line.startsWith("N")
                    && !line.startsWith("E") && !line.startsWith("M")) {
                throw new GoldFormatException(annFile, number, Message.of("evaluate.gold.lineKind"));
            }
        }
        List<GoldArticle.Quote> quotes = new ArrayList<>();
        List<GoldArticle.Claim> claims = new ArrayList<>();
        for (Map.Entry<String, Bound> e : bounds.entrySet()) {
            Bound b = e.getValue();
            if (b.type().equals("Quote")) {
                // an outlet and the source it cites share one span, so one T can carry two attributions
                // («نقلت رويترز عن مصادر قولها …»: AttributedTo and CuedBy twice, in order): one gold quote each
                List<String> speakers = speakerOf.getOrDefault(e.getKey(), List.of());
                List<String> cues = cueOf.getOrDefault(e.getKey(), List.of());
                for (int k = 0; k < Math.max(1, speakers.size()); k++) {
                    String speaker = k < speakers.size() ? speakers.get(k) : null;
                    String cue = k < cues.size() ? cues.get(k) : cues.isEmpty() || speakers.size() > 1 ? null : cues.get(0);
                    quotes.add(new GoldArticle.Quote(types.getOrDefault(e.getKey(), QuoteType.DIRECT), b.range(),
                            cue == null ? null : bounds.get(cue).range(), speaker == null ? null : bounds.get(speaker).range(),
                            speaker == null ? null : actor(speaker, bounds, actorOf, text)));
                }
            } else if (b.type().equals("Claim")) {
                String speaker = claimedBy.get(e.getKey());
                claims.add(new GoldArticle.Claim(b.range(), speaker == null ? null : actor(speaker, bounds, actorOf, text)));
            }
        }
        quotes.sort(java.util.Comparator.comparingInt((GoldArticle.Quote q) -> q.span().start()));
        claims.sort(java.util.Comparator.comparingInt((GoldArticle.Claim c) -> c.span().start()));
        return new GoldArticle(name, text, quotes, claims);
    }

    private static String actor(String speaker, Map<String, Bound> bounds, Map<String, String> actorOf, String text) {
        String named = actorOf.get(speaker);
        TextRange r = bounds.get(speaker).range();
        return named != null ? named : text.substring(r.start(), r.end());
    }

    private static void known(Map<String, Bound> bounds, String id, String file, int line) {
        if (!bounds.containsKey(id)) {
            throw new GoldFormatException(file, line, Message.of("evaluate.gold.undefined", id));
        }
    }

    /** Code-point stretches to one UTF-16 range from the first start to the last end, checked against the text. */
    private static TextRange range(String offsets, String shown, String text, String file, int line) {
        int cps = text.codePointCount(0, text.length());
        int first = -1;
        int last = -1;
        StringBuilder covered = new StringBuilder();
        for (String stretch : offsets.split(";")) {
            String[] se = stretch.strip().split(" ");
            int s;
            int e;
            try {
                s = Integer.parseInt(se[0]);
                e = Integer.parseInt(se[se.length - 1]);
            } catch (NumberFormatException ex) {
                throw new GoldFormatException(file, line, Message.of("evaluate.gold.textBound"));
            }
            if (se.length != 2 || s < 0 || e <= s || e > cps) {
                throw new GoldFormatException(file, line, Message.of("evaluate.gold.offsets", s, e, cps));
            }
            int us = text.offsetByCodePoints(0, s);
            int ue = text.offsetByCodePoints(us, e - s);
            if (covered.length() > 0) {
                covered.append(' ');
            }
            covered.append(text, us, ue);
            first = first < 0 ? us : first;
            last = ue;
        }
        String expected = covered.toString().replace('\n', ' ').replace('\t', ' ');
        if (!expected.equals(shown) && !expected.replaceAll("\\s+", " ").equals(shown.replaceAll("\\s+", " "))
                && !offsets.contains(";")) {
            throw new GoldFormatException(file, line, Message.of("evaluate.gold.textDiffers", shown));
        }
        return new TextRange(first, last);
    }
}
