package org.isnad.domain;

/** An analyst's own annotations, or a curated set merged from several. */
public enum SetKind {
    ANALYST, CURATED
}
