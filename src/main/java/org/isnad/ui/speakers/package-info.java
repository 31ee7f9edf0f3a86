/** The speaker directory window: every actor with its counts, an actor's page of quotes and claims, merges. */
package org.isnad.ui.speakers;
