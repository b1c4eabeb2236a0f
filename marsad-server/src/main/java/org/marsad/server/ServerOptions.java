package org.marsad.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the server listens and keeps its data. It listens on the loopback address unless told otherwise, and a
 * non-loopback address is refused unless {@code allowRemote} says the user means it: the API analyses and stores
 * whatever it is sent, and has no authentication of its own.
 */
public record ServerOptions(String host, int port, Path dataFolder, boolean allowRemote) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataFolder, "dataFolder");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        if (!allowRemote && !isLoopback(host)) {
            throw new IllegalArgumentException("refusing to listen on " + host + ", which other machines can reach: "
                    + "the API has no authentication; pass --allow-remote to do it anyway");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("no such host to listen on: " + host);
        }
    }
}
