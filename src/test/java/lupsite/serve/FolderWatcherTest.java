package lupsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher goes on after its callback throws, Errors included, and tells what was thrown. */
class FolderWatcherTest {

    @Test
    void watchingGoesOnAfterTheCallbackThrows(@TempDir Path dir) throws Exception {
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        BlockingQueue<Throwable> errors = new LinkedBlockingQueue<>();
        List<Throwable> toThrow = new ArrayList<>(List.of(new StackOverflowError(), new IllegalStateException("kaputt")));
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), changed -> {
            batches.add(changed);
            if (!toThrow.isEmpty()) {
                Throwable next = toThrow.remove(0);
                if (next instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) next;
            }
        }, errors::add)) {
            for (String name : List.of("a.md", "b.md", "c.md")) {
                Files.writeString(dir.resolve(name), name);
                assertThat(batches.poll(20, TimeUnit.SECONDS)).as("the batch for " + name).contains(dir.resolve(name));
            }
            assertThat(errors.poll(5, TimeUnit.SECONDS)).isInstanceOf(StackOverflowError.class);
            assertThat(errors.poll(5, TimeUnit.SECONDS)).hasMessage("kaputt");
            assertThat(errors).isEmpty();
        }
    }
}
