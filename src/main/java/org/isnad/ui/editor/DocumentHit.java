package org.isnad.ui.editor;

import javafx.geometry.Point2D;

/**
 * A resolved pointer position: the paragraph, the character under it and the caret position nearest to it
 * (document offsets), with the paragraph's flow and the point in that flow's coordinates.
 */
record DocumentHit(int paragraph, int charOffset, int insertionOffset, ParagraphFlow flow, Point2D local) {
}
