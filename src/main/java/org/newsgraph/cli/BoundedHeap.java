package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command in a JVM whose heap is at most a given size. Java's default ceiling is a quarter of the machine's
 * memory (6 GiB here), and a server lets whatever its clients ask grow up to it: so when this JVM may grow larger
 * than asked, the command runs again in a child JVM started with {@code -Xmx}, the same class path and arguments, its
 * output copied through, its exit status returned. The child stops when this process stops, Ctrl-C and kill -9
 * included (it watches its parent), so it never keeps the store locked on its own.
 */
final class BoundedHeap {
    /** Set on the child JVM to the parent's process id. */
    static final String PARENT_PROPERTY = "newsgraph.parent-pid";
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})([kmg]?)");

    private BoundedHeap() {}

    /** The bytes of a heap size as {@code -Xmx} takes it ({@code 512m}, {@code 2g}, {@code 1048576}); -1 if malformed. */
    static long bytes(String size) {
        Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
        if (!m.matches())
            return -1;
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    /** Whether this JVM may grow its heap past {@code maxBytes} (a little slack for rounding to regions). */
    static boolean exceeds(long maxBytes) {
        return Runtime.getRuntime().maxMemory() > maxBytes + (maxBytes >> 4);
    }

    /** Whether this JVM is the child of a {@link #run}: then it stops with its parent. */
    static void stopWithParent() {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent == null)
            return;
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> System.exit(Main.FAILED)), () -> System.exit(Main.FAILED));
        } catch (NumberFormatException e) {
            // Not set by run(): nothing to watch.
        }
    }

    /**
     * Runs {@code Main} with {@code args} in a child JVM with {@code -Xmx} {@code size}, copying its output to
     * {@code terminal}, and returns its exit status. Stopping this process (a shutdown hook) stops the child first.
     */
    static int run(String size, List<String> args, Terminal terminal) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (!jvmArg.startsWith("-Xmx") && !jvmArg.startsWith("-XX:MaxHeapSize") && !jvmArg.startsWith("-XX:MaxRAM"))
                command.add(jvmArg);
        command.add("-Xmx" + size);
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        Process child;
        try {
            child = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new CommandException("cannot start a JVM with -Xmx" + size + ": " + e.getMessage(), e);
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        Thread out = copy(child.getInputStream(), terminal.out());
        Thread err = copy(child.getErrorStream(), terminal.err());
        try {
            int status = child.waitFor();
            out.join();
            err.join();
            Runtime.getRuntime().removeShutdownHook(stop);
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return Main.FAILED;
        }
    }

    private static Thread copy(InputStream from, PrintStream to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (from) {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // The child is gone; so is its output.
            }
        }, "newsgraph-child-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
