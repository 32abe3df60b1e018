package org.newsgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses writes (any method but GET, HEAD and OPTIONS to the update and data URLs) that a web page, rather than the
 * user, may have sent. A page on another site can make a browser POST a form to a server on loopback with no CORS
 * preflight, and the browser then says where it came from in {@code Origin}: a foreign one (or {@code null}) is
 * refused. A page can also rename itself to a loopback server by DNS rebinding, and then the browser's {@code Host} is
 * the page's name: on a loopback server, a Host that is not a loopback name is refused. Clients that send no Origin,
 * curl and scripts, are not browsers and pass. Stateless.
 */
final class SameOriginWrites implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> writePaths;
    private final boolean loopback;

    /**
     * @param writePaths the paths that take writes, such as {@code /newsgraph/update}
     * @param loopback   whether the server listens on loopback only, where Host must be a loopback name
     */
    SameOriginWrites(Set<String> writePaths, boolean loopback) {
        this.writePaths = Set.copyOf(writePaths);
        this.loopback = loopback;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && !SAFE_METHODS.contains(http.getMethod().toUpperCase(Locale.ROOT))
                && writePaths.contains(http.getRequestURI())) {
            String refusal = refusal(http.getHeader("Host"), http.getHeader("Origin"));
            if (refusal != null) {
                answer.sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why a write with these headers is refused, or null when it may go on. */
    String refusal(String host, String origin) {
        if (host == null)
            return "a write needs a Host header";
        if (loopback && !LOOPBACK_NAMES.contains(hostName(host)))
            return "writes to this loopback server must name it as localhost or 127.0.0.1, not " + host;
        if (origin == null)
            return null;
        String authority;
        try {
            authority = origin.equals("null") ? null : URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (authority == null || !authority.equalsIgnoreCase(host))
            return "writes from a page of another site (Origin " + origin + ") are refused";
        return null;
    }

    /** The name part of a Host header: without the port, an IPv6 address kept in brackets. */
    private static String hostName(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']'))
            name = name.substring(0, colon);
        return name;
    }
}
