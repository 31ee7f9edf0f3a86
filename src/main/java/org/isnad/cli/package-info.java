/** Headless commands (import, list, …) for pipelines and tests: JSON on stdout, errors on stderr. */
package org.isnad.cli;
