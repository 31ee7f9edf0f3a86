package org.isnad.text;

/** Folded text with the way back: a match found in {@link #text()} becomes a stored range. */
public final class FoldedText {

    private final String stored;
    private final char[] storedChars;
    /** The folded chars: the first {@link #length} of them. */
    private final char[] chars;
    private final int length;
    private String folded;
    /** Stored index of the code point each folded char came from; may be longer than folded. */
    private final int[] toStored;

    FoldedText(String stored, char[] storedChars, char[] chars, int length, int[] toStored) {
        this.stored = stored;
        this.storedChars = storedChars;
        this.chars = chars;
        this.length = length;
        this.toStored = toStored;
    }

    /** The folded text (made from {@link #chars} when first asked for). */
    public String text() {
        String f = folded;
        if (f == null) {
            f = new String(chars, 0, length);
            folded = f; // a String is safe to share however it got here
        }
        return f;
    }

    /** The folded text's length. */
    public int length() {
        return length;
    }

    /**
     * The folded chars, for code that reads every one of a long text's: the first {@link #length()} are the folded
     * text (the array may be longer). Shared, not copied: not to be changed.
     */
    public char[] chars() {
        return chars;
    }

    /** The stored text's chars, shared in the same way: not to be changed. */
    public char[] storedChars() {
        return storedChars;
    }

    /** Stored index of the folded char at {@code foldedIndex}; the folded length maps to the stored length. */
    public int toStored(int foldedIndex) {
        check(foldedIndex);
        return foldedIndex == length ? stored.length() : toStored[foldedIndex];
    }

    /**
     * The folded index of the stored index {@code storedIndex} (a code point boundary): the first folded char that comes
     * from there or later, so that folded [foldedIndex(s), foldedIndex(e)) is exactly the folding of stored [s, e).
     */
    public int foldedIndex(int storedIndex) {
        if (storedIndex < 0 || storedIndex > stored.length()) {
            throw new IllegalArgumentException("stored index " + storedIndex
                    + " is outside the stored text (length " + stored.length() + ")");
        }
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toStored[mid] < storedIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The stored range holding exactly these folded chars; the end takes in the removed
     * harakat of the last letter, so «قال» found in «وقَالَ» covers «قَالَ» with its last fatha.
     */
    public TextRange storedRange(int foldedStart, int foldedEnd) {
        check(foldedStart);
        check(foldedEnd);
        if (foldedEnd < foldedStart) {
            throw new IllegalArgumentException("folded range end " + foldedEnd
                    + " is before its start " + foldedStart);
        }
        int start = toStored(foldedStart);
        if (foldedEnd == foldedStart) {
            return new TextRange(start, start);
        }
        int last = toStored[foldedEnd - 1];
        int end = last + Character.charCount(stored.codePointAt(last));
        while (end < stored.length()) {
            int cp = stored.codePointAt(end);
            if (!FoldRules.isRemovedMark(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return new TextRange(start, end);
    }

    private void check(int foldedIndex) {
        if (foldedIndex < 0 || foldedIndex > length) {
            throw new IllegalArgumentException("folded index " + foldedIndex
                    + " is outside the folded text (length " + length + ")");
        }
    }
}
