package org.newsgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.Backoff;
import org.newsgraph.export.push.RemoteArticleWriter;
import org.newsgraph.export.push.RemoteGraphStore;

/** build --endpoint when the endpoint goes away: the build stops, instead of retrying article after article. */
class RemoteSinkFailureTest {
    @TempDir
    Path dir;

    @Test
    void anEndpointThatIsGoneStopsTheBuildAtTheFirstArticle() throws Exception {
        for (int i = 0; i < 20; i++)
            Files.writeString(dir.resolve("a" + i + ".txt"), "Headline " + i + "\n\nAlice Adams endorsed Bob Number" + i + ".\n");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        AtomicInteger attempts = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void articleFailed(String origin, String reason) {
                failures.add(reason);
            }
        };
        String endpoint = "http://127.0.0.1:" + port + "/news/data";
        try (RemoteGraphStore remote = new RemoteGraphStore(endpoint, null, null, new Backoff(3, Duration.ZERO, Duration.ZERO))) {
            ArticleLoader loader = new ArticleLoader(new RemoteArticleWriter(remote), () -> article -> {
                attempts.incrementAndGet();
                String[] names = article.text().substring(article.headline().length()).strip().replace(".", "").split(" endorsed ");
                return TestArticles.endorsement(article, names[0], names[1], 0.9);
            }, BuildOptions.builder().threads(1).batchSize(1).build());
            StoreException e = assertThrows(StoreException.class, () -> loader.load(List.of(dir), listener));
            assertTrue(e.getMessage().startsWith(endpoint + " <https://w3id.org/newsgraph/id/article/"), e.getMessage());
            assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
        }
        assertEquals(List.of(), failures, "no article is failed one by one, with retries for each");
    }
}
