package org.isnad.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.isnad.message.Message;

/** Turns imported bytes into stored text: strict UTF-8, one BOM removed, LF line endings. */
public final class ImportedText {

    private static final char BOM = '\uFEFF';

    private ImportedText() {
    }

    /**
     * Decodes strictly: a silent U+FFFD would shift every later offset and change the
     * text hash, so bad input is refused with the byte offset of its first bad sequence.
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 units than bytes, so one pass fits.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalid(bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalid(bytes, in.position());
        }
        out.flip();
        return normalize(out.toString());
    }

    /** Removes one leading BOM and turns CRLF and lone CR into LF; nothing else changes. */
    public static String normalize(String text) {
        int from = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        if (text.indexOf('\r', from) < 0) {
            return text.substring(from);
        }
        StringBuilder sb = new StringBuilder(text.length() - from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static TextDecodingException invalid(byte[] bytes, int offset) {
        int wanted = sequenceLength(bytes[offset]);
        int shown = Math.min(wanted, bytes.length - offset);
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes[offset + i] & 0xFF));
        }
        return new TextDecodingException(offset, Message.of(shown < wanted ? "text.utf8.cut.short" : "text.utf8.invalid",
                offset, hex.toString()));
    }

    /** How many bytes the lead byte announces; used only to show the bad bytes. */
    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        if (b >= 0xC0 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        if (b >= 0xF0 && b <= 0xF7) {
            return 4;
        }
        return 1;
    }
}
