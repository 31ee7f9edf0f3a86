package org.isnad.ui.agreement;

import org.isnad.agreement.PairFigures;

/** One row of the per-document table: a document and one pair's figures there, or a note that it had one analyst. */
record DocumentRow(String title, String pair, PairFigures figures, String note) {
}
