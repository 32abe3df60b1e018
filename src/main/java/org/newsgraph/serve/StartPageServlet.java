package org.newsgraph.serve;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves {@link StartPage} at {@code /}. */
final class StartPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    StartPageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.html(response, HttpServletResponse.SC_OK, StartPage.render(site), StartPage.CONTENT_SECURITY_POLICY);
    }
}
