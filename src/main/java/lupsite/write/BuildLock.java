package lupsite.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A lock file beside the output folder, held with the operating system's file lock, so two builds or publishes
 * into the same folder take turns, also from two machines on one share. The system releases the lock when its
 * process ends however it ends, so a killed build leaves no stale lock to take over (taking one over by
 * deleting it is a race two processes can both win). The file stays; it holds the last holder's process id,
 * for whoever wonders who is building.
 */
public final class BuildLock implements AutoCloseable {

    /** Named so that no file of the user's beside the output is mistaken for the lock. */
    private static final String LOCK = ".lup-site-lock";
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of the folder {@code folder}, waiting up to two minutes while another process holds it. */
    public static BuildLock acquire(Path folder) throws IOException {
        Path file = folder.resolveSibling(folder.getFileName() + LOCK);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
                    return new BuildLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Ett annat bygge eller en annan publicering till " + folder + " pågår "
                            + "fortfarande (låsfil " + file + "). Vänta tills den är klar.");
                }
                sleep();
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Null while another process holds it; a second holder in this process (a test) waits the same way. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
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
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
