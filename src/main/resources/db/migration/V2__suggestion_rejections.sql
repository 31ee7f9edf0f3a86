-- Suggestions an analyst rejected: never proposed again for that document.
-- The key is the suggestion's own (layer, type, quote and cue offsets), see suggest.Suggestion.key().

CREATE TABLE suggestion_rejection (
    document_id VARCHAR(64) NOT NULL,
    suggestion_key VARCHAR(200) NOT NULL,
    user_name   VARCHAR NOT NULL,
    rejected_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT suggestion_rejection_pk PRIMARY KEY (document_id, suggestion_key),
    CONSTRAINT suggestion_rejection_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
