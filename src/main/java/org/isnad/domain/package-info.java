/** What analysts work with: documents, actors, annotation sets with their spans and links, review and audit records. Plain Java. */
package org.isnad.domain;
