package org.isnad.message;

/** Something (usually an exception) that carries its text as a {@link Message}, so that each reader sees it in their language. */
public interface Localized {
    Message message();
}
