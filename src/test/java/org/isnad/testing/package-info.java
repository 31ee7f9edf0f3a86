/**
 * What the tests share, so that each is set up once: the JavaFX toolkit, real H2 stores in a temporary
 * folder, the Arabic sample articles and the Kimmitt passage of the Alhurra one with the hard cases.
 */
package org.isnad.testing;
