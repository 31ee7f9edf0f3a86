/** Managing the library from the window: an article's details (metadata and tags) and deleting articles. */
package org.isnad.ui.library;
