package org.isnad.service;

import org.isnad.domain.Document;

/** The imported document, and whether it was already there (same text SHA-256). */
public record ImportResult(Document document, boolean existing) {
}
