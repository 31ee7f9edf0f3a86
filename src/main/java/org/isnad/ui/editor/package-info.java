/** A right-to-left document view for Arabic text: per-token layout, corrected geometry, highlights and selection. */
package org.isnad.ui.editor;
