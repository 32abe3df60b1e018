package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestJvm;
import org.junit.jupiter.api.io.TempDir;

/** A store held open by another JVM (as {@code newsgraph serve} would) is refused with a message that says so. */
class StoreLockTest {
    /** The other process: opens the store, says so, and keeps it until its stdin closes. */
    public static void main(String[] args) throws Exception {
        try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the test closes our stdin
            }
        }
    }

    @Test
    void aStoreInUseByAnotherProcessIsRefusedByName(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("store");
        List<String> command = new ArrayList<>(TestJvm.command());
        command.addAll(List.of(StoreLockTest.class.getName(), dir.toString()));
        Process holder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());
            StoreException e = assertThrows(StoreException.class,
                    () -> ArticleStore.openExisting(dir));
            assertEquals("store " + dir + " is in use by another process (is `newsgraph serve` running?)", e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        // Once the other process is gone the store opens again.
        try (ArticleStore store = ArticleStore.openExisting(dir)) {
            assertEquals(dir, store.location());
        }
    }
}
