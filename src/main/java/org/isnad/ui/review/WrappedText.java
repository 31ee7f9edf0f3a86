package org.isnad.ui.review;

import org.isnad.ui.editor.TokenText;
import org.isnad.ui.style.StyleClasses;

/** Review texts that may hold Arabic and may wrap (comments, banners), in the window's direction. */
final class WrappedText extends TokenText {
    WrappedText(String styleClass, double size) {
        super(size, styleClass, StyleClasses.WRAPPED_TEXT);
    }
}
