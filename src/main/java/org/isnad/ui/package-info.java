/** The JavaFX window: views (FXML in /fxml, CSS in /styles), their view models, and the right-to-left document view. */
package org.isnad.ui;
