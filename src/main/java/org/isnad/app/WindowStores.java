package org.isnad.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.isnad.message.Message;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.service.StoreChoice;
import org.isnad.store.Passwords;
import org.isnad.store.ServerAddress;
import org.isnad.store.ServerStore;

/**
 * The window's File → Connect to a team server… and File → Use the local database: a server's address is
 * read, its password found (PGPASSWORD, ~/.pgpass, else the one the user typed, which is kept nowhere), the
 * store opened and checked off the window's thread, and the window switched to it by the application.
 */
final class WindowStores implements StoreChoice {
    private final BiConsumer<Repositories, String> switchTo;
    private final Runnable toLocal;
    private final java.util.function.Supplier<Optional<String>> current;

    /** {@code switchTo} takes the opened store and its address; {@code toLocal} goes back to the local database. */
    WindowStores(BiConsumer<Repositories, String> switchTo, Runnable toLocal, java.util.function.Supplier<Optional<String>> current) {
        this.switchTo = switchTo;
        this.toLocal = toLocal;
        this.current = current;
    }

    static ServerAddress parse(String address) {
        if (address == null || !ServerAddress.isServer(address)) {
            throw new StorageException(Message.of("store.server.bad.url", address == null ? "" : address.strip()));
        }
        return ServerAddress.from(address, System.getenv(), System.getProperty("user.name")).orElseThrow();
    }

    @Override
    public String loginOf(String address) {
        return parse(address).user();
    }

    @Override
    public boolean knowsPassword(String address) {
        return stored(parse(address)).isPresent();
    }

    private static Optional<String> stored(ServerAddress server) {
        return Passwords.find(server, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public Runnable connect(String address, String password) {
        ServerAddress server = parse(address);
        String typed = password == null || password.isEmpty() ? null : password;
        Repositories store = ServerStore.open(server, stored(server).orElse(typed));
        return () -> switchTo.accept(store, address.strip());
    }

    @Override
    public void useLocal() {
        toLocal.run();
    }

    @Override
    public Optional<String> server() {
        return current.get();
    }
}
