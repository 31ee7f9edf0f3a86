package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article's text size is remembered in the settings file, next to the user's name, and survives a new start. */
class TextSizeSettingTest {

    @Test
    void savedSizeIsReadBackByANewInstanceAndKeepsTheName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        FileUserSettings first = new FileUserSettings(file);
        assertEquals(OptionalInt.empty(), first.textSizePercent());
        first.saveUserName("ليلى");
        first.saveTextSizePercent(135);
        FileUserSettings again = new FileUserSettings(file);
        assertEquals(OptionalInt.of(135), again.textSizePercent());
        assertEquals(Optional.of("ليلى"), again.userName());
        assertTrue(Files.readString(file).contains("text.size.percent=135"));
    }

    @Test
    void aHandEditedValueThatIsNoNumberMeansTheNormalSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "text.size.percent=large\n");
        assertEquals(OptionalInt.empty(), new FileUserSettings(file).textSizePercent());
    }
}
