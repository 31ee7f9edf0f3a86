/**
 * The Help menu's windows: the user guide (English and Arabic, shipped inside the program and shown
 * offline) and the About dialog (version, build date, data folder, third-party licences).
 */
package org.isnad.ui.help;
