/**
 * How good the suggestions are on a newsroom's own hand-annotated articles: brat gold read in, the
 * engine run on each text, precision, recall and F1 for quotes, quote types, cues and claims, and the
 * share of found quotes with the right speaker. Plain Java; the CLI reads the files and prints.
 */
package org.isnad.suggest.evaluation;
