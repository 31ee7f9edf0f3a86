/**
 * How far analysts agree on one document or on many: span F1 (exact and overlapping), Krippendorff's unitizing
 * alpha per layer, Cohen's kappa on quote type, and the shares of matched quotes with the same speaker and cue.
 * Plain Java over the domain's spans and links (no window, no database); the chance-corrected figures come from
 * DKPro Statistics Agreement. A figure that cannot be computed is a {@link org.isnad.agreement.Figure} with a
 * reason, never 0 or NaN.
 */
package org.isnad.agreement;
