package org.isnad.service;

/** How the library's rows are sorted; each has an index, so a page of 20,000 articles is cheap. */
public enum LibraryOrder {
    IMPORTED, TITLE, OUTLET, PUBLISHED;
}
