/**
 * The editor apart from its controls: the open session, the selection, marking, linking, undo and
 * what the status line says. The inspector and review build on it; it knows neither of them, nor
 * the main window.
 */
package org.isnad.ui.editing;
