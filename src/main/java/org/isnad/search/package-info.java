/**
 * The search index, with Apache Lucene: an adapter behind the service's {@code SearchIndex} port,
 * kept in a folder next to the database. Only this package knows Lucene. The analysis folds Arabic
 * as the project's {@code text.ArabicFolding} does and stems prefixes and suffixes lightly; tokens
 * keep their offsets in the stored text, so every hit points into the text the analyst reads.
 */
package org.isnad.search;
