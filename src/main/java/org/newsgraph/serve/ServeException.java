package org.newsgraph.serve;

import org.newsgraph.NewsgraphException;

/** The endpoint could not start or run: the address, and why (port taken, bad address, missing UI files). */
public class ServeException extends NewsgraphException {
    private final String address;
    private final String reason;

    public ServeException(String address, String reason, Throwable cause) {
        super(address + ": " + reason, cause);
        this.address = address;
        this.reason = reason;
    }

    public String address() {
        return address;
    }

    public String reason() {
        return reason;
    }
}
