package org.isnad.service;

import java.time.LocalDate;

/** A role or title an actor held from {@code since} on (until the next one). */
public record ActorRole(LocalDate since, String role) {
}
