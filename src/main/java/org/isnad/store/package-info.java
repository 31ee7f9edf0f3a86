/** Keeps Isnad's data in an embedded H2 file database: the repositories, the transaction handling and the schema migrations. */
package org.isnad.store;
