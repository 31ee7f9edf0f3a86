package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    private static final Path HOME = Path.of("/home/salma");
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void theDbOptionWinsOverEverything() {
        Map<String, String> env = Map.of("ISNAD_DB", "/srv/env/isnad", "XDG_DATA_HOME", "/xdg", "APPDATA", "C:\\AppData");
        assertEquals(Path.of("/data/مشروع/isnad"), DatabaseLocation.resolve("/data/مشروع/isnad", env, "Linux", HOME));
        assertEquals(Path.of("/data/x"), DatabaseLocation.resolve("/data/x", env, "Windows 11", HOME));
        assertEquals(Path.of("/data/x"), DatabaseLocation.resolve("/data/x", env, "Mac OS X", HOME));
    }

    @Test
    void theEnvironmentComesNext() {
        Map<String, String> env = Map.of("ISNAD_DB", "/srv/env/isnad", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("/srv/env/isnad"), DatabaseLocation.resolve(null, env, "Linux", HOME));
        assertEquals(Path.of("/srv/env/isnad"), DatabaseLocation.resolve("  ", env, "Linux", HOME), "a blank --db counts as not given");
    }

    @Test
    void aGivenFileNameLosesItsMvDbSuffix() {
        assertEquals(Path.of("/data/isnad"), DatabaseLocation.resolve("/data/isnad.mv.db", NO_ENV, "Linux", HOME));
        assertEquals(Path.of("/data/work"), DatabaseLocation.resolve(null, Map.of("ISNAD_DB", "/data/work.MV.DB"), "Linux", HOME));
        assertEquals(Path.of("relative/isnad"), DatabaseLocation.resolve("relative/isnad.mv.db", NO_ENV, "Linux", HOME));
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertEquals(Path.of("/mnt/data/isnad/isnad"),
                DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/mnt/data"), "Linux", HOME));
    }

    @Test
    void linuxIgnoresARelativeOrEmptyXdgDataHome() {
        Path expected = Path.of("/home/salma/.local/share/isnad/isnad");
        assertEquals(expected, DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "data"), "Linux", HOME));
        assertEquals(expected, DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", ""), "Linux", HOME));
        assertEquals(expected, DatabaseLocation.resolve(null, NO_ENV, "Linux", HOME));
        assertEquals(expected, DatabaseLocation.resolve(null, NO_ENV, "FreeBSD", HOME), "other Unixes follow XDG too");
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\salma\\AppData\\Roaming";
        assertEquals(Path.of(appData, "Isnad", "isnad"),
                DatabaseLocation.resolve(null, Map.of("APPDATA", appData, "XDG_DATA_HOME", "/xdg"), "Windows 10", HOME));
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("Isnad").resolve("isnad"),
                DatabaseLocation.resolve(null, NO_ENV, "Windows 11", HOME), "without APPDATA, its usual place");
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/salma/Library/Application Support/Isnad/isnad"),
                DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME));
    }
}
