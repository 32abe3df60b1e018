package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPollerTest {
    private static final Duration SETTLE = Duration.ofSeconds(1);
    /** Polls in these tests happen at fixed times; files are dated relative to them. */
    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dir;

    private InputPoller poller() {
        return new InputPoller(new ArticleReader(ReadOptions.defaults()), List.of(dir), SETTLE);
    }

    private Path write(String name, String text, Instant modified) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aFileIsHandedOutOnceItHasKeptItsSizeAndTimeForAPoll() throws Exception {
        InputPoller poller = poller();
        Path a = write("a.txt", "Headline\n\nBody.\n", T0.minusSeconds(10));
        assertEquals(List.of(), poller.poll(T0), "the first poll only looks");
        assertEquals(List.of(a), poller.poll(T0.plusSeconds(1)));
        assertEquals(List.of(), poller.poll(T0.plusSeconds(2)), "handed out once");
    }

    @Test
    void aFileStillGrowingWaits() throws Exception {
        InputPoller poller = poller();
        poller.poll(T0);
        Path b = write("b.jsonl", "{\"title\": \"A\", \"text\": \"B\"}\n", T0);
        assertEquals(List.of(), poller.poll(T0.plusSeconds(1)), "new: not seen before");
        Files.writeString(b, "{\"title\": \"C\", \"text\": \"D\"}\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(b, FileTime.from(T0.plusSeconds(1)));
        assertEquals(List.of(), poller.poll(T0.plusSeconds(2)), "it grew since the last poll");
        assertEquals(List.of(b), poller.poll(T0.plusSeconds(3)));
    }

    @Test
    void aFileModifiedJustNowWaitsForTheSettleTimeEvenWhenItsSizeHolds() throws Exception {
        InputPoller poller = poller();
        Path c = write("c.txt", "Headline\n\nBody.\n", T0);
        poller.poll(T0);
        assertEquals(List.of(), poller.poll(T0.plusMillis(500)), "touched half a second ago");
        assertEquals(List.of(c), poller.poll(T0.plusSeconds(1)));
    }

    @Test
    void aChangedFileIsHandedOutAgainAndOnlyInputsCount() throws Exception {
        InputPoller poller = poller();
        Path d = write("sub/d.txt", "Headline\n\nBody.\n", T0.minusSeconds(10));
        write("notes.md", "not an input", T0.minusSeconds(10));
        write(".hidden.txt", "written under a hidden name, then renamed", T0.minusSeconds(10));
        poller.poll(T0);
        assertEquals(List.of(d), poller.poll(T0.plusSeconds(1)), "subdirectories are walked, other files left out");
        write("sub/d.txt", "Headline\n\nAnother body.\n", T0.plusSeconds(1));
        poller.poll(T0.plusSeconds(2));
        assertEquals(List.of(d), poller.poll(T0.plusSeconds(3)));
    }

    @Test
    void aRemovedFileIsForgottenAndCountsAsNewWhenItComesBack() throws Exception {
        InputPoller poller = poller();
        Path e = write("e.txt", "Headline\n\nBody.\n", T0.minusSeconds(10));
        poller.poll(T0);
        assertEquals(List.of(e), poller.poll(T0.plusSeconds(1)));
        Files.delete(e);
        assertEquals(List.of(), poller.poll(T0.plusSeconds(2)));
        write("e.txt", "Headline\n\nBody.\n", T0.minusSeconds(10));
        poller.poll(T0.plusSeconds(3));
        assertEquals(List.of(e), poller.poll(T0.plusSeconds(4)));
    }

    @Test
    void aDirectoryThatGoesAwayIsAnInputErrorAtThatPoll() throws Exception {
        Path gone = dir.resolve("gone");
        Files.createDirectories(gone);
        InputPoller poller = new InputPoller(new ArticleReader(ReadOptions.defaults()), List.of(gone), SETTLE);
        poller.poll(T0);
        Files.delete(gone);
        ArticleInputException error = assertThrows(ArticleInputException.class, () -> poller.poll(T0.plusSeconds(1)));
        assertEquals(gone.toString(), error.origin());
    }
}
