package org.isnad.bundle;

/** The program's name and version for a bundle's manifest: the jar's Implementation-Version, "dev" when run from classes. */
final class ProgramVersion {
    private ProgramVersion() {
    }

    static String current() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return "Isnad " + (v == null || v.isBlank() ? "dev" : v);
    }
}
