package lupsite.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A lock file beside the output folder holding the builder's process id, so two builds into the same folder
 * take turns. A lock whose process is gone (a killed build) is stale and taken over.
 */
public final class BuildLock implements AutoCloseable {

    /** Named so that no file of the user's beside the output is taken for a stale lock and removed. */
    private static final String LOCK = ".lup-site-lock";

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final Path file;

    private BuildLock(Path file) {
        this.file = file;
    }

    public static BuildLock acquire(Path outDir) throws IOException {
        Path file = outDir.resolveSibling(outDir.getFileName() + LOCK);
        long deadline = System.nanoTime() + WAIT.toNanos();
        String me = Long.toString(ProcessHandle.current().pid());
        while (true) {
            try {
                Files.writeString(Files.createFile(file), me, StandardCharsets.UTF_8);
                return new BuildLock(file);
            } catch (FileAlreadyExistsException held) {
                if (holder(file).map(pid -> isHolder(pid, file)).orElse(false)) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Ett annat bygge av " + outDir + " pågår fortfarande (låsfil " + file
                                + "). Vänta tills den är klar.");
                    }
                    sleep();
                } else {
                    // The holder is gone (killed, crashed): the lock is stale.
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * True when process {@code pid} is alive and could have written the lock: a process that started after the
     * lock file was written merely reuses the number of a killed builder.
     */
    private static boolean isHolder(long pid, Path file) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        Optional<Instant> started = process.flatMap(p -> p.info().startInstant());
        try {
            Instant locked = Files.getLastModifiedTime(file).toInstant();
            // Start times are rounded (to the clock tick on Linux): allow a second of slack.
            return process.isPresent() && started.map(s -> s.isBefore(locked.plusSeconds(1))).orElse(true);
        } catch (IOException gone) {
            return false;
        }
    }

    private static Optional<Long> holder(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            // Unreadable or half-written: a holder that is being created; treat as alive only if very new.
            try {
                boolean fresh = Files.getLastModifiedTime(file).toMillis() > System.currentTimeMillis() - 5_000;
                return fresh ? Optional.of(ProcessHandle.current().pid()) : Optional.empty();
            } catch (IOException gone) {
                return Optional.empty();
            }
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Avbruten medan bygget väntade på låset.", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
