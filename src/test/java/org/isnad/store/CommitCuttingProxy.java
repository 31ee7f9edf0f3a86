package org.isnad.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of a PostgreSQL server that reads the client's side of the wire protocol and, when armed,
 * breaks the connection at the next COMMIT: {@link Cut#BEFORE} the server gets it (the transaction is not
 * committed), {@link Cut#CLIENT_ONLY} the client's side only, the server's session left waiting for a COMMIT that
 * never comes (its transaction stays in progress), or {@link Cut#AFTER} the server committed, its answer dropped
 * ({@link Cut#AFTER_THEN_AWAY}: and then the proxy ends every connection and takes no more, as a server gone).
 * A COMMIT is a simple query "COMMIT", or a Bind of a statement parsed from "COMMIT" (pgjdbc parses it once per
 * connection, then binds it by name). Only the first COMMIT after {@link #arm} is cut; later connections pass.
 */
final class CommitCuttingProxy implements AutoCloseable {
    enum Cut { BEFORE, CLIENT_ONLY, AFTER, AFTER_THEN_AWAY }

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final ServerSocket listening;
    private final int serverPort;
    private final AtomicReference<Cut> armed = new AtomicReference<>();
    private final java.util.List<Pair> pairs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile CountDownLatch cut = new CountDownLatch(1);

    CommitCuttingProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "commit-cutting proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    /** Cuts the next COMMIT that passes through, as {@code how}. */
    void arm(Cut how) {
        cut = new CountDownLatch(1);
        armed.set(how);
    }

    /** Whether a COMMIT was cut since {@link #arm}. */
    boolean didCut() throws InterruptedException {
        return cut.await(0, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }

    private void acceptLoop() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                Pair pair = new Pair(client, server);
                pairs.add(pair);
                pair.start();
            } catch (IOException e) {
                // closed, or the server is not there: the client sees its connection fail
            }
        }
    }

    /** One client connection and its connection to the server. */
    private final class Pair {
        private final Socket client;
        private final Socket server;
        private volatile boolean dropAnswers;
        private volatile boolean away;
        private final Set<String> commitStatements = new HashSet<>();

        Pair(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            Thread up = new Thread(this::clientToServer, "proxy up");
            Thread down = new Thread(this::serverToClient, "proxy down");
            up.setDaemon(true);
            down.setDaemon(true);
            up.start();
            down.start();
        }

        private void clientToServer() {
            try (DataInputStream in = new DataInputStream(client.getInputStream())) {
                OutputStream out = server.getOutputStream();
                // untyped messages first: SSL or GSS requests (the server answers one byte), then the start-up message
                while (true) {
                    int length = in.readInt();
                    byte[] body = in.readNBytes(length - 4);
                    out.write(ByteBuffer.allocate(4).putInt(length).array());
                    out.write(body);
                    out.flush();
                    int code = ByteBuffer.wrap(body).getInt();
                    if (code != SSL_REQUEST && code != GSS_REQUEST) {
                        break;
                    }
                }
                boolean cutting = false;
                while (true) {
                    int type = in.readUnsignedByte();
                    int length = in.readInt();
                    byte[] body = in.readNBytes(length - 4);
                    if (!cutting && isCommit(type, body)) {
                        Cut how = armed.getAndSet(null);
                        if (how == Cut.BEFORE || how == Cut.CLIENT_ONLY) {
                            cut.countDown();
                            client.close();
                            if (how == Cut.BEFORE) {
                                server.close();
                            }
                            return;
                        }
                        if (how == Cut.AFTER || how == Cut.AFTER_THEN_AWAY) {
                            cutting = true;
                            away = how == Cut.AFTER_THEN_AWAY;
                            dropAnswers = true;
                        }
                    }
                    out.write(type);
                    out.write(ByteBuffer.allocate(4).putInt(length).array());
                    out.write(body);
                    out.flush();
                }
            } catch (IOException e) {
                closeBoth();
            }
        }

        private void serverToClient() {
            byte[] buffer = new byte[8192];
            try (InputStream in = server.getInputStream()) {
                OutputStream out = client.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (dropAnswers) {
                        // the server has answered the COMMIT, so it is done: the client never hears it
                        if (away) {
                            listening.close();
                            pairs.forEach(Pair::closeBoth);
                        }
                        cut.countDown();
                        closeBoth();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            }
            if (!dropAnswers) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }

        private boolean isCommit(int type, byte[] body) {
            if (type == 'Q') {
                return isCommitText(cString(body, 0));
            }
            if (type == 'P') {
                String name = cString(body, 0);
                String query = cString(body, name.getBytes(StandardCharsets.UTF_8).length + 1);
                if (isCommitText(query)) {
                    commitStatements.add(name);
                } else {
                    commitStatements.remove(name);
                }
                return false;
            }
            if (type == 'B') {
                String portal = cString(body, 0);
                String statement = cString(body, portal.getBytes(StandardCharsets.UTF_8).length + 1);
                return commitStatements.contains(statement);
            }
            return false;
        }

        private static boolean isCommitText(String query) {
            return query.strip().equalsIgnoreCase("COMMIT");
        }

        private static String cString(byte[] body, int from) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = from; i < body.length && body[i] != 0; i++) {
                bytes.write(body[i]);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        private void closeBoth() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
