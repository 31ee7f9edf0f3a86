/** The composition root: the program's entry point, which wires the store into the services and starts the window or a command. */
package org.isnad.app;
