package org.isnad.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.isnad.service.StorageException;

/**
 * A second program run by the tests in its own JVM: {@code open PATH} tries to open the database
 * and says OPENED or REFUSED; {@code write PATH} adds documents one by one and prints "ACK id" after
 * each one was committed, until it is killed.
 */
public final class StoreProcess {
    private StoreProcess() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[1]);
        if (args[0].equals("open")) {
            try (H2Store store = H2Store.open(db)) {
                System.out.println("OPENED " + store.documents().count());
            } catch (StorageException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
            System.out.flush();
            return;
        }
        H2Store store = H2Store.open(db);
        for (int i = 0; ; i++) {
            String text = "خبر رقم " + i + " عن المحادثات بين بغداد وواشنطن بشأن مهمة التحالف الدولي.";
            var doc = Samples.document("خبر " + i, text, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            store.documents().add(doc);
            System.out.println("ACK " + doc.id());
            System.out.flush();
        }
    }
}
