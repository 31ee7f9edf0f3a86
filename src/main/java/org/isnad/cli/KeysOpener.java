package org.isnad.cli;

import org.isnad.service.signing.SigningKeys;

/**
 * Opens the signing keys: those in {@code --keys DIR} when given, else where the composition root
 * keeps them for the database that {@code --db} names (its data folder).
 */
@FunctionalInterface
public interface KeysOpener {
    SigningKeys open(String keysOption, String dbOption);
}
