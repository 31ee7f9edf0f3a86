package org.isnad.testing;

import org.isnad.store.H2Store;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a test of the real window stands on: a real H2 store in a temporary folder and the JavaFX toolkit to
 * start the application with ({@code fx.start(() -> new IsnadApp(store, …))}). After each test the application
 * stops first and only then is the store closed, since the window may still be reading it while it stops.
 */
public abstract class RealWindow {
    @RegisterExtension
    @Order(1)
    protected final TempStores stores = new TempStores();
    @RegisterExtension
    @Order(2)
    protected final FxToolkitExtension fx = new FxToolkitExtension();
    protected final H2Store store = stores.open();
}
