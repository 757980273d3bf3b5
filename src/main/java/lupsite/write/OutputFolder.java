package lupsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folder a build (or a publish) replaces as a whole, and the rules that keep it lup-site's alone: it holds a
 * manifest of every file lup-site put there, and lup-site refuses a folder it did not make, one that holds or
 * lies in the content, and one inside another site of its own. The new site is made in a staging folder beside
 * it and swapped in by two renames; only staging and retired folders that carry lup-site's own marker are ever
 * removed, so no folder of the user's can be mistaken for one.
 */
public final class OutputFolder {

    /** In every site lup-site writes: the list of its files, so the next build knows what is its own. */
    public static final String MANIFEST = ".lup-site-manifest";
    private static final String STAGING_MARKER = ".lup-site-staging";
    private static final String STAGING = ".lup-site-staging-";
    private static final String RETIRED = ".lup-site-retired-";
    /** What an earlier version of lup-site (before the manifest) left in every site. */
    private static final List<String> EARLIER_SITE = List.of("index.html", "assets/style.css");
    /** Names that belong to a checkout or a content folder, never to a site. */
    private static final Set<String> NOT_A_SITE = Set.of(".git", "content", "templates", "pom.xml", "src",
            "plan.yaml", "goals.yaml", ".lup-cache");

    /** A folder the output must neither be, hold nor lie in; {@code role} names it in messages ("innehållsmappen"). */
    public record Kept(Path folder, String role) {
    }

    private OutputFolder() {
    }

    /**
     * The refusals that need no lock: {@code out} is a file or the file system's root, is or holds or lies in a
     * {@code kept} folder, or lies inside another site of lup-site's. Returns {@code out} as an absolute path with
     * its existing part's links resolved, the path every later step uses.
     */
    public static Path refuseUnsafe(Path out, List<Kept> kept) throws IOException {
        Path real = real(out);
        if (real.getParent() == null) {
            throw new OutputRefused("Mappen " + out + " är filsystemets rot; lup-site ersätter hela mappen det skriver "
                    + "till. Ange en egen mapp för webbplatsen, till exempel --out site.");
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new OutputRefused(out + " är en fil, inte en mapp; lup-site ersätter hela mappen det skriver till. "
                    + "Ange en egen mapp för webbplatsen, till exempel --out site.");
        }
        for (Kept k : kept) {
            if (!Files.exists(k.folder())) {
                continue;
            }
            Path folder = real(k.folder());
            if (real.equals(folder)) {
                throw new OutputRefused("Mappen " + out + " är " + k.role() + "; lup-site ersätter hela mappen det "
                        + "skriver till och skulle radera den. Ange en egen mapp, till exempel --out site.");
            }
            if (folder.startsWith(real)) {
                throw new OutputRefused("Mappen " + out + " innehåller " + k.role() + " (" + k.folder() + "); lup-site "
                        + "ersätter hela mappen det skriver till och skulle radera den. Ange en egen mapp, till exempel "
                        + "--out site.");
            }
            if (real.startsWith(folder)) {
                throw new OutputRefused("Mappen " + out + " ligger i " + k.role() + " (" + k.folder() + "); då hamnar "
                        + "det som skrivs i det som läses. Ange en mapp utanför den, till exempel --out site.");
            }
        }
        for (Path above = real.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above.resolve(MANIFEST))) {
                throw new OutputRefused("Mappen " + out + " ligger inuti webbplatsen " + above + ", som lup-site "
                        + "ersätter helt vid nästa bygge, och skulle då raderas. Ange en mapp utanför den.");
            }
        }
        return real;
    }

    /**
     * The refusal that needs the lock: an existing {@code out} must be empty or lup-site's, with no file it did not
     * write. A site of an earlier version (no manifest) is taken over: it gets a manifest of what it holds, so that a
     * killed swap can tell it from a user's folder.
     */
    static void claim(Path out, String name) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        Map<String, Long> files = files(out);
        if (files.isEmpty()) {
            return;
        }
        if (!files.containsKey(MANIFEST)) {
            if (!isEarlierSite(out)) {
                throw new OutputRefused("Mappen " + name + " finns redan och är inte gjord av lup-site (filen " + MANIFEST
                        + " saknas); lup-site ersätter hela mappen det skriver till. Ange en ny eller tom mapp, till "
                        + "exempel --out site, eller töm " + name + " själv om den ska användas.");
            }
            writeManifest(out, files);
            return;
        }
        List<String> strangers = new ArrayList<>(files.keySet());
        strangers.removeAll(readManifest(out).keySet());
        strangers.remove(MANIFEST);
        if (!strangers.isEmpty()) {
            throw new OutputRefused("Mappen " + name + " innehåller filer som lup-site inte har skrivit: "
                    + String.join(", ", strangers.subList(0, Math.min(3, strangers.size())))
                    + (strangers.size() > 3 ? " och " + (strangers.size() - 3) + " till" : "")
                    + ". lup-site ersätter hela mappen; flytta dem därifrån eller ange en annan mapp.");
        }
    }

    private static boolean isEarlierSite(Path out) throws IOException {
        for (String file : EARLIER_SITE) {
            if (!Files.isRegularFile(out.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        try (Stream<Path> top = Files.list(out)) {
            return top.noneMatch(p -> NOT_A_SITE.contains(p.getFileName().toString()));
        }
    }

    /** A new, empty staging folder beside {@code out}, marked as lup-site's. */
    static Path stage(Path out) throws IOException {
        Path staging = out.resolveSibling(out.getFileName() + STAGING + ProcessHandle.current().pid());
        if (Files.exists(staging) && Files.exists(staging.resolve(STAGING_MARKER))) {
            deleteTree(staging);
        }
        Files.createDirectory(staging);
        Files.writeString(staging.resolve(STAGING_MARKER), "");
        return staging;
    }

    /** Makes {@code staging} a finished site: its manifest in, then its marker out (a kill between leaves both). */
    static void finish(Path staging, Map<String, Long> files) throws IOException {
        writeManifest(staging, files);
        Files.delete(staging.resolve(STAGING_MARKER));
    }

    /** Two renames: the old folder aside, the new one in. {@link #recover} mends a kill between them. */
    static void swap(Path staging, Path out) throws IOException {
        Path retired = out.resolveSibling(out.getFileName() + RETIRED + ProcessHandle.current().pid());
        if (Files.exists(out)) {
            move(out, retired);
        }
        move(staging, out);
        deleteTree(retired);
    }

    /** Atomic where the file system can (a share may not); the two renames are the same either way. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Cleans up after a killed build: a staging folder is incomplete and goes; a retired folder with no output
     * beside it is the previous site, interrupted mid-swap, and is put back. Only folders carrying lup-site's marker
     * (or manifest) are touched.
     */
    static void recover(Path out) throws IOException {
        String prefix = out.getFileName().toString();
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            for (Path sibling : siblings.sorted().toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + STAGING) && (Files.exists(sibling.resolve(STAGING_MARKER))
                        || Files.exists(sibling.resolve(MANIFEST)) || isEmptyFolder(sibling))) {
                    deleteTree(sibling);
                } else if (name.startsWith(prefix + RETIRED) && Files.exists(sibling.resolve(MANIFEST))) {
                    if (Files.exists(out)) {
                        deleteTree(sibling);
                    } else {
                        move(sibling, out);
                    }
                }
            }
        }
    }

    /** A kill between making a staging folder and marking it leaves it empty: nothing is lost by removing it. */
    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        }
    }

    /** The manifest of a finished site: each file's path and size. */
    static Map<String, Long> readManifest(Path site) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        for (String line : Files.readAllLines(site.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            try {
                files.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
            } catch (NumberFormatException e) {
                throw new IOException(site.resolve(MANIFEST) + " är skadad: raden \"" + line + "\" ska vara storlek, "
                        + "tabb, sökväg.");
            }
        }
        return files;
    }

    private static void writeManifest(Path site, Map<String, Long> files) throws IOException {
        StringBuilder text = new StringBuilder("# Byggd av lup-site. Mappen ersätts helt vid nästa bygge; ändra "
                + "inget här. Storlek i byte, tabb, sökväg:\n");
        new TreeMap<>(files).forEach((path, size) -> {
            if (!path.equals(MANIFEST)) {
                text.append(size).append('\t').append(path).append('\n');
            }
        });
        Files.writeString(site.resolve(MANIFEST), text, StandardCharsets.UTF_8);
    }

    /** Every file under {@code folder} (links not followed), by its path relative to it (with /), and its size. */
    static Map<String, Long> files(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), attributes.size());
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** {@code path} absolute, with the links in the part of it that exists resolved. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (NoSuchFileException e) {
            return absolute;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
