package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.isnad.domain.DomainException;
import org.isnad.service.Ed25519;
import org.isnad.service.ReviewerKey;
import org.isnad.service.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key files in a temporary folder: owner-only permissions, reuse, export/import, trust. */
class FileSigningKeysTest {
    @TempDir
    Path dir;

    /** Omar's key pair made in {@code keys}, and its private key file; only where the file system has POSIX permissions. */
    Path omarsKeyFile(FileSigningKeys keys) {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        keys.keyPairOf("عمر");
        return keys.keyFileOf("عمر");
    }

    @Test
    void thePrivateKeyFileIsReadableByItsOwnerOnly() throws Exception {
        FileSigningKeys keys = new FileSigningKeys(dir.resolve("keys"));
        Path file = omarsKeyFile(keys);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys"))));
    }

    @Test
    void aPrivateKeyFileOthersCanReadIsRefused() throws Exception {
        FileSigningKeys keys = new FileSigningKeys(dir.resolve("keys"));
        Path file = omarsKeyFile(keys);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        StorageException e = assertThrows(StorageException.class, () -> keys.keyPairOf("عمر"));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void theKeyPairIsMadeOnceAndReusedAcrossInstances() {
        KeyPair first = new FileSigningKeys(dir.resolve("keys")).keyPairOf("عمر");
        KeyPair again = new FileSigningKeys(dir.resolve("keys")).keyPairOf("عمر");
        assertArrayEquals(first.getPublic().getEncoded(), again.getPublic().getEncoded());
        assertArrayEquals(first.getPrivate().getEncoded(), again.getPrivate().getEncoded());
        KeyPair other = new FileSigningKeys(dir.resolve("keys")).keyPairOf("ليلى");
        assertNotEquals(Ed25519.encode(first.getPublic()), Ed25519.encode(other.getPublic()));
        byte[] message = "قال".getBytes(StandardCharsets.UTF_8);
        assertTrue(Ed25519.verify(Ed25519.encode(again.getPublic()), message, Ed25519.sign(first.getPrivate(), message)));
    }

    @Test
    void exportedKeysImportElsewhereAndBecomeTrusted() throws Exception {
        FileSigningKeys mine = new FileSigningKeys(dir.resolve("a"));
        ReviewerKey exported = mine.exportPublicKey("عمر");
        assertEquals(List.of(exported), mine.trusted(), "a key made here is trusted here");
        String text = exported.toText();
        assertTrue(text.startsWith("isnad-public-key 1\nreviewer: عمر\nalgorithm: Ed25519\nkey: "), text);
        assertTrue(text.length() < 300, "a small file");

        FileSigningKeys theirs = new FileSigningKeys(dir.resolve("b"));
        assertTrue(theirs.trusted().isEmpty());
        assertTrue(!theirs.isTrusted(exported.publicKey()));
        ReviewerKey imported = ReviewerKey.parse(text, "omar.pub");
        theirs.trust(imported);
        theirs.trust(imported);
        assertEquals(List.of(exported), theirs.trusted(), "importing twice keeps one");
        assertTrue(theirs.isTrusted(exported.publicKey()));
        assertTrue(theirs.publicKeyOf("عمر").isEmpty(), "importing a public key gives no key pair");
    }

    @Test
    void aDamagedOrForeignKeyFileIsRefusedClearly() {
        ReviewerKey key = new FileSigningKeys(dir.resolve("a")).exportPublicKey("عمر");
        String text = key.toText();
        assertThrows(DomainException.class, () -> ReviewerKey.parse("hello", "x.pub"));
        String otherKey = Ed25519.encode(Ed25519.generate().getPublic());
        DomainException e = assertThrows(DomainException.class,
                () -> ReviewerKey.parse(text.replace(key.publicKey(), otherKey), "x.pub"));
        assertTrue(e.getMessage().contains("fingerprint does not match"), e.getMessage());
        assertThrows(DomainException.class, () -> ReviewerKey.parse(text.replace(key.publicKey(), "AAAA"), "x.pub"));
        assertThrows(DomainException.class, () -> ReviewerKey.parse(text.replace("Ed25519", "RSA"), "x.pub"));
        assertEquals(key, ReviewerKey.parse("\uFEFF" + text.replace("\n", "\r\n"), "x.pub"), "BOM and CRLF are fine");
    }

    @Test
    void keysLiveNextToTheDatabaseUnlessToldOtherwise() {
        Path home = dir.resolve("home");
        assertEquals(dir.resolve("db/keys").toAbsolutePath(),
                KeysLocation.resolve(null, dir.resolve("db/isnad").toString(), Map.of(), "Linux", home));
        assertEquals(home.resolve(".local/share/isnad/keys").toAbsolutePath(),
                KeysLocation.resolve(null, null, Map.of(), "Linux", home));
        assertEquals(Path.of("/k"), KeysLocation.resolve(null, null, Map.of("ISNAD_KEYS", "/k"), "Linux", home));
        assertEquals(Path.of("/o"), KeysLocation.resolve("/o", null, Map.of("ISNAD_KEYS", "/k"), "Linux", home));
    }
}
