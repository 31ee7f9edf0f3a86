/**
 * Searching the corpus from the window (Ctrl+Shift+F): the query runs in the background, the hits
 * come back as key-word-in-context lines grouped per document, and opening one hands it to the main
 * window, which opens the document, marks the hit on the search-hit layer and scrolls to it.
 */
package org.isnad.ui.search;
