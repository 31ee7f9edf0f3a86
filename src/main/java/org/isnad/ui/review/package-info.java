/**
 * The reviewer's and the analyst's side of review in the window: who is acting, set states and the
 * analyst's steps ({@code SetStatus}), review mode ({@code ReviewMode}: the plain {@code ReviewCursor}
 * for reading order and filters, the {@code ReviewNavigator} that shows it, {@code ReviewCommands} for
 * verdicts and sign-off, {@code ReviewPainter} for the document), the sign-off badge, key files and
 * their dialogs, the audit trail; {@code ReviewWindow} puts it all into the {@code ReviewPlaces} the
 * main window gives.
 */
package org.isnad.ui.review;
