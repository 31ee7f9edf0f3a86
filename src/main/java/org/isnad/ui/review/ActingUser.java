package org.isnad.ui.review;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.isnad.service.GivenUserName;
import org.isnad.service.StorageException;
import org.isnad.service.UserSettings;

/**
 * Who is working in the window: {@code --as}, else {@code ISNAD_USER}, else the name saved in the
 * user's settings, else the user is asked (once: the answer is saved). If they decline to answer,
 * the login name is used for this run and they are asked again next time.
 */
public final class ActingUser {
    private ActingUser() {
    }

    /**
     * @param ask shows the question with a proposed name; empty when the user declined
     * @param loginName the system's login name, proposed in the question and used if it is declined
     */
    public static String resolve(String asOption, Map<String, String> env, UserSettings settings,
                                 Function<String, Optional<String>> ask, String loginName) {
        Optional<String> given = GivenUserName.of(asOption, env);
        if (given.isPresent()) {
            return given.get();
        }
        String fallback = loginName == null || loginName.isBlank() ? "analyst" : loginName.strip();
        Optional<String> saved;
        try {
            saved = settings.userName();
        } catch (StorageException e) {
            saved = Optional.empty(); // an unreadable settings file: ask, and try to save the answer anew
        }
        if (saved.isPresent()) {
            return saved.get();
        }
        Optional<String> answer = ask.apply(fallback).map(String::strip).filter(s -> !s.isEmpty() && !s.contains("\n"));
        if (answer.isEmpty()) {
            return fallback;
        }
        try {
            settings.saveUserName(answer.get());
        } catch (StorageException e) {
            // the name still holds for this run; the next start asks again
        }
        return answer.get();
    }
}
