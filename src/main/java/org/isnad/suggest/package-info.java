/** Proposes quotes, their speech cues and speakers in Arabic news before the analyst starts; plain Java, no model, no network. */
package org.isnad.suggest;
