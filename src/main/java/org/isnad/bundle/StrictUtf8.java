package org.isnad.bundle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.isnad.message.Message;

/**
 * Decodes an entry's bytes as UTF-8 without changing anything (no BOM removal, no line-ending
 * change: the bundle carries stored text, which is already normalised), refusing bad bytes.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    static String decode(byte[] bytes, String entry) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BundleRefusal(entry, Message.of("bundle.utf8.invalid", in.position()));
        }
        out.flip();
        return out.toString();
    }
}
