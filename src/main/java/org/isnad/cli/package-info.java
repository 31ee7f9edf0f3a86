/**
 * Headless commands (import, list, …) for pipelines and tests: JSON on stdout, errors on stderr.
 * picocli parses the command line ({@link org.isnad.cli.CommandTree}); each command is a class with
 * its options as annotated fields, and its refusals are Messages printed in English.
 */
package org.isnad.cli;
