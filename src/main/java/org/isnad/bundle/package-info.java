/** Annotation work on the wire: native .isnad bundles (checked, all or nothing), brat standoff, W3C Web Annotation, CSV. */
package org.isnad.bundle;
