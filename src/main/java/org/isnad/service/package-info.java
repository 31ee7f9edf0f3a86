/** The use cases of Isnad (import, mark, link, undo) and the repository interfaces they need. */
package org.isnad.service;
