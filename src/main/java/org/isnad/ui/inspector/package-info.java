/** The inspector: the selected annotation's text, attributes, actor and links, edited as undoable commands. */
package org.isnad.ui.inspector;
