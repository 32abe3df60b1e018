package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

    @TempDir
    Path dir;

    /** What one read delivered. */
    record Outcome(List<Article> articles, List<ArticleInputException> errors) {
        Article only() {
            assertEquals(List.of(), errors.stream().map(Throwable::getMessage).toList());
            assertEquals(1, articles.size());
            return articles.get(0);
        }

        ArticleInputException error() {
            assertEquals(List.of(), articles);
            assertEquals(1, errors.size());
            return errors.get(0);
        }
    }

    private Outcome read(ArticleReader r, Path input) {
        List<Article> articles = new ArrayList<>();
        List<ArticleInputException> errors = new ArrayList<>();
        r.read(input, articles::add, errors::add);
        return new Outcome(articles, errors);
    }

    private Outcome read(Path input) {
        return read(reader, input);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @Test
    void sampleArticleIsRead() {
        Path sample = Path.of("examples/articles/2020-05-sessions-fires-back-ijr.txt");
        Article a = read(sample).only();
        assertEquals("2020-05-sessions-fires-back-ijr", a.id());
        assertEquals("Jeff Sessions Fires Back at Trump\u2019s Attack as POTUS Endorses His Opponent", a.headline());
        assertTrue(a.text().startsWith(a.headline() + "\n\nFormer Attorney General Jeff Sessions"), a.text());
        assertEquals(sample.toString(), a.origin());
        assertNull(a.published());
        assertNull(a.url());
        assertEquals("", a.comments());
    }

    @Test
    void headlineIsFirstNonEmptyLineAndParagraphsStay() throws IOException {
        Path file = write("Story One.txt", "\r\n  \r\n  Headline here  \r\n\r\nPara one\r\nstill one.\r\n\r\n\r\nPara two.\r\n");
        Article a = read(file).only();
        assertEquals("Story One", a.id());
        assertEquals("Headline here", a.headline());
        assertEquals("Headline here\n\nPara one\nstill one.\n\n\nPara two.", a.text());
        assertEquals(file.toString(), a.origin());
    }

    @Test
    void sidecarGivesMetadataAndWins() throws IOException {
        Path file = write("s.txt", "Old headline\n\nBody.");
        write("s.json", "{\"url\": \"https://ijr.com/s\", \"source\": \"IJR\", \"date\": \"Aug. 31, 2018\", \"id\": \"IJR-77\"}");
        Article a = read(file).only();
        assertEquals(new Article("IJR-77", "Old headline", "Old headline\n\nBody.", "", "https://ijr.com/s", "IJR",
                LocalDate.of(2018, 8, 31), file.toString()), a);
    }

    @Test
    void sidecarHeadlineThatDiffersMakesTheWholeFileTheBody() throws IOException {
        Path file = write("s.txt", "First line of the body.\n\nMore body.");
        write("s.json", "{\"headline\": \"The real headline\"}");
        assertEquals("The real headline\n\nFirst line of the body.\n\nMore body.", read(file).only().text());
    }

    @Test
    void malformedSidecarFailsTheArticleNamingTheSidecar() throws IOException {
        Path file = write("s.txt", "Headline\n\nBody.");
        write("s.json", "{\"url\": [\"a\", \"b\"]}");
        ArticleInputException e = read(file).error();
        assertEquals(dir.resolve("s.json") + ": field \"url\" is an array, expected a string", e.getMessage());
        write("s.json", "{\"url\": ");
        assertTrue(read(file).error().getMessage().startsWith(dir.resolve("s.json") + ": not valid JSON: "));
    }

    @Test
    void emptyAndWhitespaceFilesAreRefused() throws IOException {
        assertEquals("empty file", read(write("e.txt", "")).error().reason());
        assertEquals("file has only whitespace", read(write("w.txt", " \r\n\t\n  ")).error().reason());
    }

    @Test
    void headlineWithoutBodyIsRefused() throws IOException {
        assertEquals("no article text after the headline", read(write("h.txt", "Only a headline\n\n")).error().reason());
    }

    @Test
    void binaryFilesRenamedTxtAreRefused() throws IOException {
        assertEquals("binary file (a PDF document), not text",
                read(write("p.txt", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj")).error().reason());
        assertEquals("binary file (a PNG image), not text",
                read(write("i.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13})).error().reason());
        assertEquals("binary file (a JPEG image), not text",
                read(write("j.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0x10})).error().reason());
        assertEquals("binary file (a ZIP archive (or .docx, .epub)), not text",
                read(write("z.txt", new byte[] {'P', 'K', 3, 4, 10, 0, 0, 0})).error().reason());
        byte[] controls = new byte[1000];
        for (int i = 0; i < controls.length; i++)
            controls[i] = (byte) (i % 3 == 0 ? 1 : 'a');
        assertTrue(read(write("c.txt", controls)).error().reason().endsWith("% control characters), not text"));
    }

    @Test
    void windows1252FileIsDecodedNotDropped() throws IOException {
        byte[] bytes = "Sessions: \u201cI did my duty\u201d\r\n\r\nThe caf\u00e9 owner\u2019s view.".getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0x93, bytes[10]);
        Article a = read(write("cp.txt", bytes)).only();
        assertEquals("Sessions: \u201cI did my duty\u201d\n\nThe caf\u00e9 owner\u2019s view.", a.text());
    }

    @Test
    void byteOrderMarkIsStripped() throws IOException {
        Article a = read(write("bom.txt", "\uFEFFHeadline\n\nBody.")).only();
        assertEquals("Headline", a.headline());
        assertEquals("Headline\n\nBody.", a.text());
    }

    @Test
    void utf16FilesWithAndWithoutByteOrderMarkAreRead() throws IOException {
        byte[] marked = "\uFEFFHeadline\r\n\r\nBody \u2014 text.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Headline\n\nBody \u2014 text.", read(write("le.txt", marked)).only().text());
        byte[] unmarked = "Headline\n\nBody \u2014 text.".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Headline\n\nBody \u2014 text.", read(write("be.txt", unmarked)).only().text());
    }

    @Test
    void strayNulBytesAreRemoved() throws IOException {
        Article a = read(write("nul.txt", "Head\0line\n\nA body" + "\0".repeat(3) + " that goes on for a while.".repeat(10))).only();
        assertEquals("Headline", a.headline());
        assertFalse(a.text().contains("\0"));
        assertTrue(a.text().startsWith("Headline\n\nA body that goes on"), a.text());
    }

    @Test
    void hundredThousandCharacterLinesWork() throws IOException {
        String line = "word ".repeat(20_000).strip();
        Article a = read(write("long.txt", "Headline\n\n" + line + "\n")).only();
        assertEquals("Headline\n\n" + line, a.text());
        assertEquals(line, read(write("longhead.txt", line + "\n\nBody.")).only().headline());
    }

    @Test
    void fileDeletedAfterListingIsReported() throws IOException {
        Path file = write("gone.txt", "Headline\n\nBody.");
        assertEquals(List.of(file), reader.listInputs(List.of(dir)));
        Files.delete(file);
        assertEquals(file + ": no such file or directory", read(file).error().getMessage());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path file = write("locked.txt", "Headline\n\nBody.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            // root reads any file whatever its permissions, so the case only exists for other users.
            assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reading");
            assertEquals(file + ": permission denied", read(file).error().getMessage());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void fileAboveMaxBytesIsRefusedNamingLimitAndOption() throws IOException {
        ArticleReader small = new ArticleReader(ReadOptions.builder().maxBytes(100).build());
        Path file = write("big.txt", "Headline\n\n" + "x".repeat(200));
        assertEquals(file + ": file is 210 bytes, above the limit of 100 bytes (--max-article-size)",
                read(small, file).error().getMessage());
        assertEquals(1, read(small, write("ok.txt", "Headline\n\n" + "x".repeat(90))).articles().size());
    }

    @Test
    void unknownFileTypeAndDirectoryAreErrorsOfRead() throws IOException {
        Path md = write("notes.md", "Headline\n\nBody.");
        assertTrue(read(md).error().getMessage().startsWith(md + ": not an article input; expected a file ending in .txt"));
        Path sub = Files.createDirectory(dir.resolve("folder.txt"));
        assertEquals(sub + ": is a directory, not a file", read(sub).error().getMessage());
    }

    @Test
    void listInputsWalksSortsAndFilters() throws IOException {
        write("b/2.txt", "x");
        write("b/1.HTML", "x");
        write("b/1.json", "{}");
        write("a.htm", "x");
        write("c/data.jsonl.gz", "x");
        write("c/data.jsonl", "x");
        write("c/readme.md", "x");
        write("c/.hidden.txt", "x");
        write(".git/objects/x.txt", "x");
        write("c/.cache/y.txt", "x");
        List<Path> inputs = reader.listInputs(List.of(dir));
        assertEquals(List.of(dir.resolve("a.htm"), dir.resolve("b/1.HTML"), dir.resolve("b/2.txt"),
                dir.resolve("c/data.jsonl"), dir.resolve("c/data.jsonl.gz")), inputs);
    }

    @Test
    void listInputsKeepsArgumentOrderAndListsAFileOnce() throws IOException {
        Path b = write("b.txt", "x");
        Path a = write("a.txt", "x");
        assertEquals(List.of(b, a), reader.listInputs(List.of(b, dir, a)));
    }

    @Test
    void listInputsRefusesMissingPathsAndExplicitFilesOfOtherTypes() throws IOException {
        Path missing = dir.resolve("nope");
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> reader.listInputs(List.of(missing)));
        assertEquals(missing + ": no such file or directory", e.getMessage());
        Path sidecar = write("a.json", "{}");
        e = assertThrows(ArticleInputException.class, () -> reader.listInputs(List.of(sidecar)));
        assertEquals(sidecar.toString(), e.origin());
        assertEquals("not an article input; expected a file ending in .txt, .html, .htm, .jsonl or .jsonl.gz, or a directory",
                e.reason());
    }

    @Test
    void htmlPageIsReadWithItsSidecar() throws IOException {
        byte[] page;
        try (var in = getClass().getResourceAsStream("/ingest/saved-page.html")) {
            page = in.readAllBytes();
        }
        Path file = write("Doe Endorses.HTM", page);
        write("Doe Endorses.json", "{\"publisher\": \"Ledger Weekly\"}");
        Article a = read(file).only();
        assertEquals("Doe Endorses", a.id());
        assertEquals("Senator Doe endorses Smith ahead of runoff", a.headline());
        assertEquals("Ledger Weekly", a.publisher());
        assertEquals(LocalDate.of(2020, 7, 2), a.published());
        assertTrue(a.text().endsWith("\n\nPolls close at 7 p.m. local time."), a.text());
        assertEquals(file.toString(), a.origin());
    }

    @Test
    void binaryFileRenamedHtmlIsRefused() throws IOException {
        assertEquals("binary file (a PNG image), not text",
                read(write("i.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13})).error().reason());
    }

    @Test
    void symbolicLinksAreFollowedOnceAndLoopsIgnored() throws IOException {
        Path a = write("d/a.txt", "x");
        Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("d/same.txt"), a);
        Path other = write("elsewhere/b.txt", "x");
        Files.createSymbolicLink(dir.resolve("d/linked"), dir.resolve("elsewhere"));
        assertEquals(List.of(a, dir.resolve("d/linked/b.txt")), reader.listInputs(List.of(dir.resolve("d"))));
        assertEquals(List.of(other, a), reader.listInputs(List.of(other, dir.resolve("d"))));
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.txt");
        // Sparse: claims 3 GiB without using the disk; reading it whole would exhaust the test heap.
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }
        assertEquals(file + ": file is 3,221,225,472 bytes, above the limit of 10,485,760 bytes (--max-article-size)",
                read(file).error().getMessage());
    }

    @Test
    void unreadableDirectoryFailsTheListingNamingIt() throws IOException {
        write("d/ok.txt", "x");
        Path locked = Files.createDirectories(dir.resolve("d/locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
            ArticleInputException e = assertThrows(ArticleInputException.class,
                    () -> reader.listInputs(List.of(dir.resolve("d"))));
            assertEquals(locked + ": permission denied", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void oneReaderServesManyThreadsWithTheSameResults() throws Exception {
        List<Path> inputs = reader.listInputs(List.of(Path.of("examples/articles")));
        assertEquals(3, inputs.size());
        List<Article> expected = new ArrayList<>();
        for (Path input : inputs)
            expected.add(read(input).only());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Article>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++)
                results.add(pool.submit(() -> {
                    List<Article> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++)
                        for (Path input : inputs)
                            reader.read(input, got::add, e -> { throw e; });
                    return got;
                }));
            for (var result : results) {
                List<Article> got = result.get();
                assertEquals(15, got.size());
                for (int i = 0; i < got.size(); i++)
                    assertEquals(expected.get(i % 3), got.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenThousandFilesWithAFewBadOnes() throws IOException {
        List<Path> bad = List.of(write("d/f-00017.txt", ""), write("d/f-04242.txt", new byte[] {'P', 'K', 3, 4, 0}),
                write("d/f-09999.txt", "only a headline"));
        write("d/f-00500.json", "{\"published\": \"2020-05-23\"}");
        write("d/f-00600.json", "not json");
        bad = new ArrayList<>(bad);
        for (int i = 0; i < 10_000; i++) {
            Path file = dir.resolve(String.format("d/f-%05d.txt", i));
            if (!Files.exists(file))
                Files.writeString(file, "Headline " + i + "\n\nBody of article " + i + ".");
        }
        List<Path> inputs = reader.listInputs(List.of(dir.resolve("d")));
        assertEquals(10_000, inputs.size());
        List<Article> articles = new ArrayList<>();
        List<ArticleInputException> errors = new ArrayList<>();
        for (Path input : inputs)
            reader.read(input, articles::add, errors::add);

        assertEquals(List.of(dir.resolve("d/f-00017.txt").toString(), dir.resolve("d/f-00600.json").toString(),
                dir.resolve("d/f-04242.txt").toString(), dir.resolve("d/f-09999.txt").toString()),
                errors.stream().map(ArticleInputException::origin).toList());
        assertEquals(9_996, articles.size());
        assertEquals(9_996, articles.stream().map(Article::id).distinct().count());
        assertFalse(articles.stream().anyMatch(a -> a.id().equals("f-00600") || a.id().equals("f-00017")));
        Article withDate = articles.stream().filter(a -> a.id().equals("f-00500")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2020, 5, 23), withDate.published());
        assertEquals("Headline 500\n\nBody of article 500.", withDate.text());
    }
}
