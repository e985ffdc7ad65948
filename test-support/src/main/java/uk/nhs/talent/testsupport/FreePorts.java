package uk.nhs.talent.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks ports that are free right now, so parallel builds never fight over fixed ones. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int pick() {
        // Binding port 0 lets the OS choose; the tiny window before the server binds it again is acceptable in tests.
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port available", e);
        }
    }
}
