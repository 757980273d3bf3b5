package lupsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import lupsite.render.Output;
import lupsite.render.RenderException;

/**
 * Writes the site so that nobody ever sees half of it: every file goes into a fresh folder beside the
 * output, and only a complete folder replaces the old one. A build that fails or is killed leaves the
 * previous output untouched; its leftovers are removed by the next build.
 */
public final class SiteWriter {

    private static final String STAGING = ".staging-";
    private static final String RETIRED = ".retired-";

    private SiteWriter() {
    }

    /** Renders {@code outputs} (in parallel) and puts them in place of {@code outDir}; returns the file count. */
    public static int write(Path outDir, List<Output> outputs) throws IOException, RenderException {
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        try (BuildLock lock = BuildLock.acquire(out)) {
            recover(out);
            Path staging = out.resolveSibling(out.getFileName() + STAGING + ProcessHandle.current().pid());
            deleteTree(staging);
            Files.createDirectories(staging);
            try {
                writeAll(staging, outputs);
                swap(staging, out);
            } finally {
                deleteTree(staging);
            }
            return outputs.size();
        }
    }

    private static void writeAll(Path staging, List<Output> outputs) throws IOException, RenderException {
        Output.produceAll(outputs, (output, bytes) -> {
            Path target = staging.resolve(output.path()).normalize();
            if (!target.startsWith(staging)) {
                throw new IOException("Utdatafilen " + output.path() + " hamnar utanför mappen.");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        });
    }

    /** Two renames: the old folder aside, the new one in. {@link #recover} mends a kill between them. */
    private static void swap(Path staging, Path out) throws IOException {
        Path retired = out.resolveSibling(out.getFileName() + RETIRED + ProcessHandle.current().pid());
        if (Files.exists(out)) {
            Files.move(out, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(retired);
    }

    /**
     * Cleans up after a killed build: a staging folder is incomplete and goes; a retired folder with no
     * output beside it is the previous site, interrupted mid-swap, and is put back.
     */
    static void recover(Path out) throws IOException {
        String prefix = out.getFileName().toString();
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            for (Path sibling : siblings.sorted().toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + STAGING)) {
                    deleteTree(sibling);
                } else if (name.startsWith(prefix + RETIRED)) {
                    if (Files.exists(out)) {
                        deleteTree(sibling);
                    } else {
                        Files.move(sibling, out, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
