package org.isnad.service;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/** The user cancelled an import or export; nothing was written. */
public class CancelledException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super(Message.of("service.cancelled"));
    }
}
