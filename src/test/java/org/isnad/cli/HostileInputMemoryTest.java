package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.isnad.store.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, point 3, "memory stays bounded": the real program ({@code org.isnad.app.Launcher}) in a
 * JVM with only 64 MB of heap is given the largest hostile inputs of each import path. Each is
 * refused with exit code 1 and a plain message, before it is read whole: no OutOfMemoryError, no
 * stack trace. (Valid input up to the documented limits may need more memory; see the README.)
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputMemoryTest {
    @TempDir
    Path dir;

    record Run(int code, String output) {
    }

    Run isnad(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db/isnad").toString()));
        all.addAll(List.of(args));
        Process p = ChildJvm.start("org.isnad.app.Launcher", List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), all);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), output);
    }

    void assertRefusedPlainly(Run run, String says) {
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains(says), "says «" + says + "»: " + run.output());
        assertFalse(run.output().contains("OutOfMemoryError"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
    }

    /** A file of {@code size} bytes that takes no disk space. */
    Path sparse(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    @Test
    void aZipBombBundleIsRefusedWhileInflating() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros); // 512 MiB of zeros, about 500 KiB compressed
            }
            zip.closeEntry();
        }
        Path bomb = Files.write(dir.resolve("bomb.isnad"), bytes.toByteArray());
        assertRefusedPlainly(isnad("import", bomb.toString()), "zip bomb");
    }

    @Test
    void oversizedFilesAreRefusedBeforeTheyAreRead() throws Exception {
        assertRefusedPlainly(isnad("import", sparse("huge.txt", 2L << 30).toString()), "huge.txt");
        Path ann = sparse("huge.ann", 200L << 20);
        Files.writeString(dir.resolve("huge.txt"), "نص قصير");
        assertRefusedPlainly(isnad("import", ann.toString()), "huge.ann");
        Files.writeString(dir.resolve("text.txt"), "قال مارك كيميت إن الانسحاب لن يؤدي إلى فراغ أمني.");
        assertRefusedPlainly(isnad("import", sparse("huge.json", 1L << 30).toString(), "--text",
                dir.resolve("text.txt").toString()), "huge.json");
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        Files.writeString(dir.resolve("text.txt"), "قال مارك كيميت إن الانسحاب لن يؤدي إلى فراغ أمني.");
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(5_000_000) + "]".repeat(5_000_000));
        assertRefusedPlainly(isnad("import", deep.toString(), "--text", dir.resolve("text.txt").toString()), "deep.json");
    }
}
