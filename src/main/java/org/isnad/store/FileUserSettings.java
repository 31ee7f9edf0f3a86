package org.isnad.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;
import org.isnad.service.StorageException;
import org.isnad.service.UserSettings;

/**
 * The user's settings as a small UTF-8 properties file, {@code settings.properties} in the user's
 * data folder by default. It is replaced whole (write a temporary file, then move it) so that a
 * crash never leaves half a file.
 */
public final class FileUserSettings implements UserSettings {
    static final String FILE_NAME = "settings.properties";
    static final String USER_NAME = "user.name";
    static final String TEXT_SIZE = "text.size.percent";
    static final String LANGUAGE = "ui.language";
    static final String ARABIC_DIGITS = "ui.arabic.digits";
    static final String SERVER = "team.server";

    private final Path file;

    public FileUserSettings(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The settings file in the user's data folder ({@code ~/.local/share/isnad} on Linux …), whatever {@code --db} says. */
    public static FileUserSettings inDataFolder(Map<String, String> env, String osName, Path userHome) {
        return new FileUserSettings(DatabaseLocation.dataFolder(env, osName == null ? "" : osName, userHome).resolve(FILE_NAME));
    }

    public static FileUserSettings inDataFolder() {
        return inDataFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> userName() {
        String name = read().getProperty(USER_NAME);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    @Override
    public synchronized void saveUserName(String name) {
        if (name == null || name.isBlank() || name.contains("\n") || name.contains("\r")) {
            throw new DomainException(Message.of("store.user.name.invalid"));
        }
        Properties settings = read();
        settings.setProperty(USER_NAME, name.strip());
        write(settings);
    }

    @Override
    public synchronized OptionalInt textSizePercent() {
        String value = read().getProperty(TEXT_SIZE);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            // a hand-edited file: the normal size rather than a refusal to start
            return OptionalInt.empty();
        }
    }

    @Override
    public synchronized void saveTextSizePercent(int percent) {
        Properties settings = read();
        settings.setProperty(TEXT_SIZE, Integer.toString(percent));
        write(settings);
    }

    // --- editor-keys (issue 18): the window's language ---

    @Override
    public synchronized Optional<String> language() {
        String lang = read().getProperty(LANGUAGE);
        return lang == null || lang.isBlank() ? Optional.empty() : Optional.of(lang.strip());
    }

    @Override
    public synchronized void saveLanguage(String languageTag) {
        if (!"ar".equals(languageTag) && !"en".equals(languageTag)) {
            throw new DomainException(Message.of("store.settings.language.invalid", String.valueOf(languageTag)));
        }
        Properties settings = read();
        settings.setProperty(LANGUAGE, languageTag);
        write(settings);
    }

    @Override
    public synchronized boolean arabicIndicDigits() {
        return !"false".equals(read().getProperty(ARABIC_DIGITS));
    }

    @Override
    public synchronized void saveArabicIndicDigits(boolean on) {
        Properties settings = read();
        settings.setProperty(ARABIC_DIGITS, Boolean.toString(on));
        write(settings);
    }

    // --- team-live (issue 15) ---

    @Override
    public synchronized Optional<String> serverAddress() {
        String address = read().getProperty(SERVER);
        return address == null || address.isBlank() ? Optional.empty() : Optional.of(address.strip());
    }

    @Override
    public synchronized void saveServerAddress(Optional<String> address) {
        Properties settings = read();
        if (address.isPresent()) {
            // the address only: ServerAddress refuses one that holds a password, before it gets here
            settings.setProperty(SERVER, address.get().strip());
        } else {
            settings.remove(SERVER);
        }
        write(settings);
    }

    private Properties read() {
        Properties settings = new Properties();
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
            return settings;
        } catch (IOException e) {
            throw new StorageException(Message.of("store.settings.read.failed",
                    file.toString(), StorageErrors.detail(e)), e);
        }
    }

    private void write(Properties settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".settings-", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                settings.store(out, "Isnad user settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(Message.of("store.settings.save.failed",
                    file.toString(), StorageErrors.detail(e)), e);
        }
    }
}
