package lupsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them, and reports changed files in batches: an editor's save is
 * often several events (a temporary file, a rename, a write), so a batch ends only after a quiet pause.
 * Nothing thrown while handling a batch (by the callback or by registering new folders) ends the watching.
 */
final class FolderWatcher implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(150);

    private final List<Path> roots;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * Starts watching {@code roots}; {@code onChange} gets each batch of changed paths, on the watcher's thread,
     * and {@code onError} whatever a batch threw (Errors too), after which watching goes on.
     */
    FolderWatcher(List<Path> roots, Consumer<Set<Path>> onChange, Consumer<Throwable> onError) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.service = FileSystems.getDefault().newWatchService();
        registerAll();
        this.thread = new Thread(() -> run(onChange, onError), "lup-site-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Registers every folder under the roots; registering a folder twice is harmless, so new ones are simply added. */
    private void registerAll() throws IOException {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(root)) {
                // Not through links: the build refuses them, so what they lead to is no input to watch.
                for (Path folder : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                }
            } catch (UncheckedIOException e) {
                // A folder vanished while being walked; the next batch registers what is there then.
            }
        }
    }

    private void run(Consumer<Set<Path>> onChange, Consumer<Throwable> onError) {
        while (true) {
            Set<Path> changed = new TreeSet<>();
            try {
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return; // closed: the server is stopping
            }
            try {
                // The batch first: a new folder's files are read by the rebuild whether or not it could be watched.
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
                registerAll();
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException | Error e) {
                report(onError, e);
            }
        }
    }

    /** Tells {@code onError}; should telling fail too (memory still short), the next batch is the next chance. */
    private static void report(Consumer<Throwable> onError, Throwable e) {
        try {
            onError.accept(e);
        } catch (RuntimeException | Error ignored) {
            // Nothing more can be told now; watching goes on.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder != null) {
                // An overflow (too many events at once) names no file: the folder itself has changed.
                changed.add(event.context() instanceof Path name ? folder.resolve(name) : folder);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
