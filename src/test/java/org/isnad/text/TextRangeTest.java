package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRangeTest {

    @Test
    void lengthContainsAndEmpty() {
        TextRange r = new TextRange(2, 5);
        assertEquals(3, r.length());
        assertFalse(r.isEmpty());
        assertTrue(r.contains(2));
        assertTrue(r.contains(4));
        assertFalse(r.contains(5), "end is exclusive");
        assertFalse(r.contains(1));
        assertTrue(new TextRange(3, 3).isEmpty());
        assertFalse(new TextRange(3, 3).contains(3));
    }

    @Test
    void overlapsIsHalfOpen() {
        TextRange r = new TextRange(2, 5);
        assertTrue(r.overlaps(new TextRange(4, 9)));
        assertTrue(r.overlaps(new TextRange(0, 3)));
        assertTrue(r.overlaps(new TextRange(3, 4)));
        assertFalse(r.overlaps(new TextRange(5, 7)), "touching is not overlapping");
        assertFalse(r.overlaps(new TextRange(0, 2)));
        assertFalse(r.overlaps(new TextRange(3, 3)), "an empty range covers nothing");
    }

    @Test
    void refusesBadBoundsNamingTheValues() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new TextRange(-1, 4));
        assertTrue(negative.getMessage().contains("start=-1"), negative.getMessage());
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class, () -> new TextRange(7, 3));
        assertTrue(reversed.getMessage().contains("start=7") && reversed.getMessage().contains("end=3"),
                reversed.getMessage());
    }
}
