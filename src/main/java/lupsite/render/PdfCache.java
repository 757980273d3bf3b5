package lupsite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import lupsite.load.SourceTree;

/**
 * PDFs (council PDFs, pages' own) kept from one build to the next, each under a hash of everything its bytes are
 * made from: the print document (made from the same views as the site), where its links to the site lead, its
 * metadata, every file in the templates folder
 * (print template, CSS, fonts, colour profile), the program itself and the JDK it runs on. A follow-up that did
 * not change keeps its PDF, and old follow-ups never change, so a plan's later builds render only the new one. A PDF is written
 * to a temporary name and moved into place, so a killed build never leaves half of one; after a successful
 * build, {@link #prune} removes what that build did not use. A cache that cannot be read or written costs
 * time, never a wrong PDF.
 */
public final class PdfCache {

    /** No cache: every PDF is rendered. */
    public static final PdfCache NONE = new PdfCache(null);

    private static final String SUFFIX = ".pdf";
    private static final String TEMPORARY = ".tmp";
    private static final int KEY_LENGTH = 64;

    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();

    private PdfCache(Path dir) {
        this.dir = dir;
    }

    public static PdfCache in(Path dir) {
        return new PdfCache(dir);
    }

    /** The folder the PDFs are kept in, if any (a build must not write its site over it). */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }

    /** The cached PDF for {@code key}, or the one {@code render} makes, which is then kept. Only when {@link #isOn}. */
    byte[] get(String key, Output.Producer render) throws RenderException {
        used.add(key);
        Path file = dir.resolve(key + SUFFIX);
        if (Files.isRegularFile(file)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (isWholePdf(bytes)) {
                    reused.incrementAndGet();
                    return bytes;
                }
            } catch (IOException e) {
                // Unreadable: render it again below.
            }
        }
        byte[] bytes = render.produce();
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, key, TEMPORARY);
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Not kept; the next build renders it again.
        }
        return bytes;
    }

    /**
     * A cached file that was cut short or overwritten by something else is not served: a PDF starts with its
     * header and ends with its end-of-file marker (and perhaps a line break).
     */
    private static boolean isWholePdf(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1);
        String end = new String(bytes, Math.max(0, bytes.length - 8), Math.min(bytes.length, 8),
                StandardCharsets.ISO_8859_1);
        return start.equals("%PDF-") && end.strip().endsWith("%%EOF");
    }

    /** How many PDFs came from the cache in this build. */
    public int reused() {
        return reused.get();
    }

    boolean isOn() {
        return dir != null;
    }

    /**
     * Removes every cached PDF this build did not use, and leftovers of killed builds. Only files named as this
     * class names them: the folder is the user's to choose, and a mistyped {@code --cache content} or
     * {@code --cache site} must not empty the content or the site just written. A file that cannot be removed
     * stays (a read-only cache costs space, never the build).
     */
    public void prune() {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean unused = name.endsWith(SUFFIX) && isKey(name.substring(0, name.length() - SUFFIX.length()))
                    && !used.contains(name.substring(0, name.length() - SUFFIX.length()));
            boolean leftover = name.endsWith(TEMPORARY) && name.length() > KEY_LENGTH + TEMPORARY.length()
                    && isKey(name.substring(0, KEY_LENGTH));
            if ((unused || leftover) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Kept; it is removed by a later build that can.
                }
            }
        }
    }

    /** A name {@link #key} gives: 64 lower-case hexadecimal digits. */
    private static boolean isKey(String name) {
        if (name.length() != KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of one PDF: its print document, where its links to the site lead ({@code siteRoot}), its metadata, and
     * what {@link #resources} summed up.
     */
    static String key(String printHtml, String siteRoot, PdfMetadata meta, byte[] resources) {
        MessageDigest sha = sha256();
        sha.update(resources);
        sha.update(meta.toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(siteRoot.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(printHtml.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A digest of what every PDF of a build shares: each listed file of the templates folder (path and bytes) and the
     * program, by the name, size and CRC of every entry of its jar (the jar is reproducible, so a fresh checkout
     * of the same version has the same digest), or by the files of its classes folder when run from one.
     */
    static byte[] resources(SourceTree templates) {
        MessageDigest sha = sha256();
        // The JDK too: its zlib and its text handling can change the bytes.
        sha.update((System.getProperty("java.vendor") + " " + Runtime.version() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Path program = Path.of(PdfCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(program)) {
                try (ZipFile jar = new ZipFile(program.toFile())) {
                    jar.stream().sorted(Comparator.comparing(java.util.zip.ZipEntry::getName)).forEach(entry ->
                            sha.update((entry.getName() + " " + entry.getSize() + " " + entry.getCrc() + "\n")
                                    .getBytes(StandardCharsets.UTF_8)));
                }
            } else {
                for (Path file : filesIn(program)) {
                    sha.update((program.relativize(file) + " " + Files.size(file) + " "
                            + Files.getLastModifiedTime(file) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            for (String file : templates.files()) {
                sha.update((file + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(templates.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return sha.digest();
    }

    /** The files of the program's classes folder (its own build output), sorted. */
    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
