/** The claims window (issue 17): claim records with their counts, a record's page with its timeline, rating. */
package org.isnad.ui.claims;
