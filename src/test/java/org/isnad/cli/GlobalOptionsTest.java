package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlobalOptionsTest {
    @Test
    void globalOptionsComeBeforeTheCommand() {
        GlobalOptions o = GlobalOptions.parse(new String[] {"--db", "/tmp/x", "--as=layla", "list"});
        assertEquals("/tmp/x", o.db());
        assertEquals("layla", o.user());
        assertEquals(List.of("list"), o.command());
    }

    @Test
    void onlyGlobalOptionsOpenTheWindow() {
        assertTrue(GlobalOptions.parse(new String[] {"--db=/tmp/x"}).opensWindow());
        assertTrue(GlobalOptions.parse(new String[0]).opensWindow());
    }

    @Test
    void aMissingValueIsAUsageErrorNamingTheOption() {
        UsageException e = assertThrows(UsageException.class, () -> GlobalOptions.parse(new String[] {"--as"}));
        assertEquals("--as needs a value", e.getMessage());
    }

    @Test
    void aValueIsTakenAsGivenEvenWhenItLooksLikeACommandOrAnArgumentFile() {
        GlobalOptions o = GlobalOptions.parse(new String[] {"--db", "list", "--as", "--db", "--db", "x", "@args", "list"});
        assertEquals("x", o.db(), "the last --db counts");
        assertEquals("--db", o.user());
        assertEquals(List.of("@args", "list"), o.command());
    }

    @Test
    void userComesFromAsThenEnvironment() {
        assertEquals("layla", UserName.resolve("layla", Map.of("ISNAD_USER", "omar")));
        assertEquals("omar", UserName.resolve(null, Map.of("ISNAD_USER", "omar")));
        assertEquals(System.getProperty("user.name"), UserName.resolve(" ", Map.of()));
    }
}
