/** What the program tells a person, as a key and its arguments, rendered in the reader's language from the resource bundles. Plain Java. */
package org.isnad.message;
