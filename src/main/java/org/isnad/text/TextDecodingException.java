package org.isnad.text;

import org.isnad.message.Localized;
import org.isnad.message.Message;

/** Imported bytes are not valid UTF-8; carries where the first bad sequence starts. */
public final class TextDecodingException extends IllegalArgumentException implements Localized {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final transient Message message;

    public TextDecodingException(long byteOffset, Message message) {
        super(message.english());
        this.byteOffset = byteOffset;
        this.message = message;
    }

    public long byteOffset() {
        return byteOffset;
    }

    @Override
    public Message message() {
        return message;
    }
}
