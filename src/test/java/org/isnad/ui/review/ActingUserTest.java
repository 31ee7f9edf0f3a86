package org.isnad.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.isnad.domain.DomainException;
import org.isnad.store.FileUserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is acting in the window: options, environment, the settings file in a temporary folder, the question. */
class ActingUserTest {
    @TempDir
    Path dir;
    final List<String> asked = new ArrayList<>();

    Function<String, Optional<String>> answering(String answer) {
        return proposed -> {
            asked.add(proposed);
            return Optional.ofNullable(answer);
        };
    }

    FileUserSettings settings() {
        return new FileUserSettings(dir.resolve("isnad/settings.properties"));
    }

    @Test
    void onFirstStartTheNameIsAskedOnceAndKept() {
        assertEquals("ليلى", ActingUser.resolve(null, Map.of(), settings(), answering(" ليلى "), "layla"));
        assertEquals(List.of("layla"), asked, "the login name is proposed");
        assertEquals(Optional.of("ليلى"), settings().userName());
        assertEquals("ليلى", ActingUser.resolve(null, Map.of(), settings(), answering("other"), "layla"));
        assertEquals(1, asked.size(), "not asked again");
    }

    @Test
    void asAndTheEnvironmentStillOverrideTheSettings() {
        settings().saveUserName("ليلى");
        assertEquals("omar", ActingUser.resolve("omar", Map.of("ISNAD_USER", "sara"), settings(), answering("x"), "login"));
        assertEquals("sara", ActingUser.resolve(null, Map.of("ISNAD_USER", "sara"), settings(), answering("x"), "login"));
        assertTrue(asked.isEmpty());
    }

    @Test
    void declinedOrBlankAnswersUseTheLoginNameAndAskAgainNextTime() {
        assertEquals("login", ActingUser.resolve(null, Map.of(), settings(), answering(null), "login"));
        assertEquals("login", ActingUser.resolve(null, Map.of(), settings(), answering("   "), "login"));
        assertEquals(Optional.empty(), settings().userName());
        assertEquals(2, asked.size());
    }

    @Test
    void theSettingsFileIsUtf8TextInTheDataFolder() throws Exception {
        FileUserSettings s = settings();
        assertEquals(Optional.empty(), s.userName());
        s.saveUserName("عمر الفاروق");
        assertTrue(Files.readString(s.file()).contains("user.name=عمر الفاروق"));
        assertThrows(DomainException.class, () -> s.saveUserName("two\nlines"));
        assertEquals(Path.of("/data/home/isnad/settings.properties"),
                FileUserSettings.inDataFolder(Map.of("XDG_DATA_HOME", "/data/home"), "Linux", Path.of("/home/u")).file());
    }

    @Test
    void anUnreadableSettingsFileMeansAsking() throws Exception {
        Files.createDirectories(dir.resolve("isnad/settings.properties"));
        assertEquals("sara", ActingUser.resolve(null, Map.of(), settings(), answering("sara"), "login"));
        assertEquals(1, asked.size());
    }
}
