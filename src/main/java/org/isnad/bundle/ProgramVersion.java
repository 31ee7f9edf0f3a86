package org.isnad.bundle;

/** The program's name and version for a bundle's manifest: the jar's Implementation-Version, "dev" when run from classes. */
final class ProgramVersion {
    private ProgramVersion() {
    }

    static String current() {
        return "Isnad " + number();
    }

    /** The version alone, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String number() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
