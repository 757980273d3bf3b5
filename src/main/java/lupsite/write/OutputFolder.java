package lupsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
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
import java.util.Optional;
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
    /** The folders of a site's own, besides the content's. */
    private static final Set<String> SITE_FOLDERS = Set.of("assets", "data", "pdf", "filer");

    /** A folder the output must neither be, hold nor lie in; {@code role} names it in messages ("innehållsmappen"). */
    public record Kept(Path folder, String role) {

        public static Kept content(Path folder) {
            return new Kept(folder, "innehållsmappen");
        }

        public static Kept templates(Path folder) {
            return new Kept(folder, "mallmappen");
        }

        public static Kept cache(Path folder) {
            return new Kept(folder, "PDF-cachen");
        }
    }

    private OutputFolder() {
    }

    /**
     * The refusals that need no lock: {@code out} is a file or the file system's root, is or holds or lies in a
     * {@code kept} folder, or lies inside another site of lup-site's. Returns {@code out} as an absolute path with
     * its existing part's links resolved, the path every later step uses.
     */
    public static Path refuseUnsafe(Path out, List<Kept> kept, String example) throws IOException {
        if (out.toString().isBlank()) {
            throw new OutputRefused("Mappen att skriva till är tom. Ange en egen mapp, till exempel " + example + ".");
        }
        Path real = real(out);
        if (real.getParent() == null) {
            throw new OutputRefused("Mappen " + out + " är filsystemets rot; lup-site ersätter hela mappen det skriver "
                    + "till. Ange en egen mapp för webbplatsen, till exempel " + example + ".");
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new OutputRefused(out + " är en fil, inte en mapp; lup-site ersätter hela mappen det skriver till. "
                    + "Ange en egen mapp för webbplatsen, till exempel " + example + ".");
        }
        for (Kept k : kept) {
            // Compared whether or not it exists yet: the build itself makes the cache.
            Path folder = real(k.folder());
            if (real.equals(folder)) {
                throw new OutputRefused("Mappen " + out + " är " + k.role() + "; lup-site ersätter hela mappen det "
                        + "skriver till och skulle radera den. Ange en egen mapp, till exempel " + example + ".");
            }
            if (folder.startsWith(real)) {
                throw new OutputRefused("Mappen " + out + " innehåller " + k.role() + " (" + k.folder() + "); lup-site "
                        + "ersätter hela mappen det skriver till och skulle radera den. Ange en egen mapp, till exempel "
                        + example + ".");
            }
            if (real.startsWith(folder)) {
                throw new OutputRefused("Mappen " + out + " ligger i " + k.role() + " (" + k.folder() + "); då hamnar "
                        + "det som skrivs i det som läses. Ange en mapp utanför den, till exempel " + example + ".");
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
    static void claim(Path out, String name, Optional<Path> contentDir) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        Map<String, Long> files = files(out);
        if (files.isEmpty()) {
            return;
        }
        if (!files.containsKey(MANIFEST)) {
            if (contentDir.isEmpty() || !isEarlierSite(out, contentDir.get())) {
                throw new OutputRefused("Mappen " + name + " finns redan och är inte gjord av lup-site (filen " + MANIFEST
                        + " saknas); lup-site ersätter hela mappen det skriver till. Ange en ny eller tom mapp, till "
                        + "exempel --out site, eller töm " + name + " själv om den ska användas.");
            }
            writeManifest(out, files);
            return;
        }
        List<String> strangers = new ArrayList<>(files.keySet());
        strangers.removeAll(readManifest(out, name).keySet());
        strangers.remove(MANIFEST);
        if (!strangers.isEmpty()) {
            throw new OutputRefused("Mappen " + name + " innehåller filer som lup-site inte har skrivit: "
                    + String.join(", ", strangers.subList(0, Math.min(3, strangers.size())))
                    + (strangers.size() > 3 ? " och " + (strangers.size() - 3) + " till" : "")
                    + ". lup-site ersätter hela mappen; flytta dem därifrån eller ange en annan mapp.");
        }
    }

    /**
     * A site of an earlier version: its index and style sheet, and at its top only pages and the folders a site
     * has (its own, and the content's, whose files it copied at their paths). Anything else is someone's.
     */
    private static boolean isEarlierSite(Path out, Path contentDir) throws IOException {
        for (String file : EARLIER_SITE) {
            if (!Files.isRegularFile(out.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        try (Stream<Path> top = Files.list(out)) {
            return top.allMatch(p -> {
                String name = p.getFileName().toString();
                return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        ? SITE_FOLDERS.contains(name) || Files.isDirectory(contentDir.resolve(name), LinkOption.NOFOLLOW_LINKS)
                        : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && name.endsWith(".html");
            });
        }
    }

    /** What fills a staging folder and says what it put there (path and size of each file). */
    @FunctionalInterface
    interface Filling<E extends Exception> {
        Map<String, Long> fill(Path staging) throws IOException, E;
    }

    /**
     * Replaces the folder {@code out} (as {@link #refuseUnsafe} returned it; {@code name} as the user gave it) by
     * what {@code filling} writes, under the folder's lock: leftovers of a killed run recovered, the folder claimed,
     * a staging folder filled, marked finished and swapped in. {@code contentDir}, when given, lets an earlier
     * version's site be taken over. Whatever fails, the staging folder goes and {@code out} is as it was.
     */
    static <E extends Exception> void replace(Path out, String name, Optional<Path> contentDir, Filling<E> filling)
            throws IOException, E {
        Files.createDirectories(out.getParent());
        try (BuildLock lock = BuildLock.acquire(out)) {
            recover(out);
            claim(out, name, contentDir);
            Path staging = stage(out);
            try {
                finish(staging, filling.fill(staging));
                swap(staging, out, name);
            } finally {
                deleteTree(staging);
            }
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
    static void swap(Path staging, Path out, String name) throws IOException {
        Path retired = out.resolveSibling(out.getFileName() + RETIRED + ProcessHandle.current().pid());
        if (Files.exists(out)) {
            try {
                move(out, retired);
            } catch (FileSystemException e) {
                throw new OutputRefused("Mappen " + name + " kan inte bytas ut i sin helhet (" + e.getReason() + "), "
                        + "till exempel för att den är en monteringspunkt eller används av ett annat program. Skriv "
                        + "till en mapp i den i stället, till exempel " + out.resolve("lup") + ".");
            }
        }
        move(staging, out);
        // The new site is in place: an old file that cannot be removed (someone else's) is left for the next run.
        deleteQuietly(retired);
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
                    deleteQuietly(sibling);
                } else if (name.startsWith(prefix + RETIRED) && Files.exists(sibling.resolve(MANIFEST))) {
                    if (Files.exists(out)) {
                        deleteQuietly(sibling);
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
    static Map<String, Long> readManifest(Path site, String name) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(site.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (CharacterCodingException | FileSystemException e) {
            throw damaged(name, "den går inte att läsa som text");
        }
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            try {
                files.put(line.substring(tab + 1), Long.parseLong(line.substring(0, Math.max(tab, 0))));
            } catch (NumberFormatException e) {
                throw damaged(name, "raden \"" + line + "\" är inte storlek, tabb, sökväg");
            }
        }
        return files;
    }

    private static OutputRefused damaged(String name, String why) {
        return new OutputRefused("Förteckningen " + name + "/" + MANIFEST + " är skadad: " + why + ". Bygg om "
                + "webbplatsen med lup-site build; lup-site rör inte en mapp vars innehåll den inte vet.");
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

    /**
     * Every file under {@code folder} (links not followed), by its path relative to it (with /), and its size; a
     * symbolic link is listed with the size -1, which no manifest holds.
     */
    static Map<String, Long> files(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        attributes.isSymbolicLink() ? -1 : attributes.size());
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /**
     * {@code path} absolute, with the links in the part of it that exists resolved before any {@code ..} is
     * taken (so {@code link/../x} is where the link leads, not {@code x}).
     */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (NoSuchFileException e) {
            return absolute.normalize();
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // Left for the next build or publish to try again; nothing of the site depends on it.
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
