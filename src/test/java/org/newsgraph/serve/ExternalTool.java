package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Debian-packaged clients the interoperability tests use (python3 with rdflib, SPARQLWrapper and pandas;
 * rapper; chromium; bash and curl). A missing client skips the test with a loud message on a developer machine and fails it
 * when the environment variable CI is "true", where .ci/run installs them.
 */
final class ExternalTool {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path RAPPER = Path.of("/usr/bin/rapper");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path BASH = Path.of("/bin/bash");
    static final Path CURL = Path.of("/usr/bin/curl");
    static final Path SCRIPTS = Path.of("src", "test", "python");

    /** What a finished process said. */
    record Result(int exitCode, String stdout, String stderr) {}

    private ExternalTool() {}

    /** Skips (or under CI fails) unless {@code tool} is executable. */
    static void require(Path tool, String debianPackage) {
        requireThat(Files.isExecutable(tool), tool + " (Debian package " + debianPackage + ")");
    }

    /** Skips (or under CI fails) unless python3 imports every module. */
    static void requirePython(String... modules) {
        require(PYTHON, "python3");
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules)));
        Result r = run(command, 60);
        requireThat(r.exitCode() == 0, "python3 modules " + String.join(", ", modules)
                + " (Debian packages python3-rdflib python3-sparqlwrapper python3-pandas): " + r.stderr().strip());
    }

    private static void requireThat(boolean available, String what) {
        if (available)
            return;
        String message = "MISSING CLIENT: " + what + " is not installed; apt-get install it (see .ci/run)";
        if ("true".equals(System.getenv("CI")))
            fail(message);
        System.err.println("\n*** SKIPPED: " + message + " ***\n");
        Assumptions.abort(message);
    }

    /** Runs a command to completion, failing the test if it outlives {@code timeoutSeconds}. */
    static Result run(List<String> command, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("newsgraph-tool", ".out");
            Path err = Files.createTempFile("newsgraph-tool", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    fail("Still running after " + timeoutSeconds + " s: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + command, e);
        }
    }
}
