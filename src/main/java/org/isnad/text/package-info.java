/** Stored document text: strict import, hashing, UTF-16/code point offsets, grapheme-safe selections and Arabic search folding. */
package org.isnad.text;
