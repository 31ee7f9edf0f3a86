/**
 * Curation mode in the main window: the analysts' versions outlined read-only on their own highlight layer, the
 * curated set editable beneath them, keyboard-first stepping through the units (N/P, 1/2/3, 0) and a readout of
 * the unit at hand. The decisions are {@link org.isnad.service.CurationSession}'s undoable commands.
 */
package org.isnad.ui.curation;
