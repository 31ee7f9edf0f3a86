package org.isnad.text;

/** Imported bytes are not valid UTF-8; carries where the first bad sequence starts. */
public final class TextDecodingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    public TextDecodingException(long byteOffset, String message) {
        super(message);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
