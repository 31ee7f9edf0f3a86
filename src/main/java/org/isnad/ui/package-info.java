/**
 * The main window, put together from its parts: menus and toolbar, library, attributions, status
 * line (FXML in /fxml, CSS in /styles), with the editor keys, imports, transfers and backups. It
 * depends on ui.editing, ui.editor, ui.inspector, ui.review and ui.language; none of them on it.
 */
package org.isnad.ui;
