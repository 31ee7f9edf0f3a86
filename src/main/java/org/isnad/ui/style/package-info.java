/** The names the stylesheets and the window's code share: style classes, as constants. */
package org.isnad.ui.style;
