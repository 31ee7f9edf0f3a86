/** The Team menu and the agreement window: a pairwise matrix per layer, a per-document table and CSV export. */
package org.isnad.ui.agreement;
