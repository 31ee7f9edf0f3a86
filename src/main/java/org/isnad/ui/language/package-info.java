/**
 * The window's language: its strings from the ui bundles, messages rendered in it, and the
 * orientation that goes with it. A leaf, so that every window package may use it.
 */
package org.isnad.ui.language;
