package org.isnad.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isnad.text.ImportedText;

/**
 * The five Arabic sample articles under {@code src/test/resources/samples} (see SOURCE.md there): their names,
 * their bytes, their text as Isnad stores it, and the bytes as another program would write them.
 */
public final class SampleArticles {
    /** The Alhurra article of DESIGN.md's worked example, with Mark Kimmitt's quote; the window ships it too. */
    public static final String ALHURRA = "coalition-iraq-alhurra";
    public static final String AAWSAT = "ahli-gross-football-aawsat";
    public static final String SABQ = "heat-index-almisnad-sabq";
    public static final String OKAZ = "jazan-schools-okaz";
    /** The Oman solar article: GlassPoint, Bloomberg and percentages, Latin and digits inside Arabic. */
    public static final String ALEQT = "oman-solar-glasspoint-aleqt";
    public static final List<String> ALL = List.of(ALHURRA, AAWSAT, SABQ, OKAZ, ALEQT);

    /** {@code sha256sum} of the Alhurra file: LF and no BOM, so it is stored as it is. */
    public static final String ALHURRA_SHA256 = "d1118664c15e0e1bd6b8226a3b8d9e4fd8110a7e29be450912179ea766fdab01";
    /** The Alhurra article's first line, which becomes its title. */
    public static final String ALHURRA_TITLE = "هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟";

    private SampleArticles() {
    }

    /** The file's name, as the import keeps it. */
    public static String fileName(String article) {
        return article + ".ar.txt";
    }

    /** The file's bytes: UTF-8, LF line ends, no BOM. */
    public static byte[] bytes(String article) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/samples/" + fileName(article))) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + fileName(article));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article's text as Isnad stores it (the same as the file's). */
    public static String text(String article) {
        return ImportedText.decode(bytes(article));
    }

    /** The Alhurra article's text. */
    public static String alhurra() {
        return text(ALHURRA);
    }

    /** The article as files from other programs come: a BOM first and CRLF line ends. */
    public static byte[] withBomAndCrlf(String article) {
        return ("\uFEFF" + text(article).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }
}
