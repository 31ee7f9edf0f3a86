package org.isnad.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What Help → About tells: the version and build date that Maven wrote into {@code build.properties},
 * the folder of the database, and the licences of what the program bundles (the list that the build
 * generates from the libraries' POMs, plus the font and, in the packages, the Java runtime).
 */
public record ProgramFacts(String version, String built, String dataFolder, String licences) {
    static final String BUILD = "/org/isnad/build.properties";
    static final String THIRD_PARTY = "/org/isnad/THIRD-PARTY.txt";

    /** The facts of this program, with the database at {@code databaseLocation}. */
    public static ProgramFacts of(String databaseLocation) {
        Properties build = new Properties();
        try (InputStream in = ProgramFacts.class.getResourceAsStream(BUILD)) {
            if (in != null) {
                build.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder licences = new StringBuilder();
        licences.append("Amiri font: SIL Open Font License 1.1 (org/isnad/fonts/Amiri-LICENSE.txt)\n");
        licences.append("Twemoji emoji images (npm emoji-datasource-twitter 16.0.0): CC BY 4.0, data MIT (org/isnad/emoji/LICENSE.txt)\n");
        if (Boolean.getBoolean("isnad.build.packaged")) {
            licences.append("OpenJDK runtime (jlink): GNU General Public License v2 with the Classpath Exception\n");
        }
        licences.append(resource(THIRD_PARTY).strip());
        return new ProgramFacts(build.getProperty("version", "?"), build.getProperty("built", "?"),
                folderOf(databaseLocation), licences.toString());
    }

    private static String folderOf(String databaseLocation) {
        java.nio.file.Path parent = java.nio.file.Path.of(databaseLocation).toAbsolutePath().getParent();
        return parent == null ? databaseLocation : parent.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ProgramFacts.class.getResourceAsStream(name)) {
            return in == null ? "(the list of third-party licences is missing from this build)"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
