/** What a sign-off signs and how it is checked: canonical JSON of the set, Ed25519 signatures, reviewers' keys. The one place in service where Jackson is used. */
package org.isnad.service.signing;
