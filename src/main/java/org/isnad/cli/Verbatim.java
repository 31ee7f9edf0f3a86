package org.isnad.cli;

import picocli.CommandLine.ITypeConverter;

/**
 * Keeps a file name exactly as typed. Used with {@code type = Path.class} on lists of file names: the
 * type makes bash completion offer files, the converter keeps the word unchanged, since the JSON
 * output echoes it ("file": as given, not as {@link java.nio.file.Path} would rewrite it).
 */
final class Verbatim implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        return value;
    }
}
