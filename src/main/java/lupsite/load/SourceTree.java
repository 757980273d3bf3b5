package lupsite.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The plain files under one folder (content/ or templates/), listed once without following any link; every
 * later read of that folder goes through here, and only files on the list can be read. A symbolic link (to a
 * file or a folder, wherever it points) is refused, as is anything that is neither a plain file nor a folder
 * (a named pipe, a device, a socket): a link committed as {@code images/x.png -> /proc/self/environ} would
 * otherwise publish the build machine's secrets. Names that start with a dot ({@code .git}, {@code .env},
 * editors' swap files) are left out unseen. The folder itself may be a link: it is named on the command line.
 */
public final class SourceTree {

    /** Something under the folder that is not read: its path relative to the folder, and why, in Swedish. */
    public record Refusal(String path, String message) {
    }

    private static final String UNREADABLE = "Mappen kunde inte läsas. Kontrollera att du har rätt att läsa den.";

    private final String label;
    private final Path root;
    private final NavigableMap<String, Long> files;
    private final NavigableSet<String> folders;
    private final List<Refusal> refusals;

    private SourceTree(Path folder, Path root, NavigableMap<String, Long> files, NavigableSet<String> folders,
                       List<Refusal> refusals) {
        this.label = folder.toString().replace('\\', '/');
        this.root = root;
        this.files = Collections.unmodifiableNavigableMap(files);
        this.folders = Collections.unmodifiableNavigableSet(folders);
        this.refusals = List.copyOf(refusals);
    }

    /**
     * Lists {@code folder}; {@code name} ("content", "templates") is how the refusals name it. A folder that
     * does not exist is an empty tree: saying which files are missing is for whoever needs them.
     */
    public static SourceTree scan(Path folder, String name) {
        NavigableMap<String, Long> files = new TreeMap<>();
        NavigableSet<String> folders = new TreeSet<>();
        List<Refusal> refusals = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new SourceTree(folder, folder, files, folders, refusals);
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            return new SourceTree(folder, folder, files, folders, List.of(new Refusal("", UNREADABLE)));
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.add(relative(root, dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String path = relative(root, file);
                    if (attributes.isRegularFile()) {
                        files.put(path, attributes.size());
                    } else if (attributes.isSymbolicLink()) {
                        // Whether it leads to a folder is asked of the link's target, which is not read.
                        String what = Files.isDirectory(file) ? "mappen" : "filen";
                        refusals.add(new Refusal(path, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                                + " är en symbolisk länk. Länkar följs inte, eftersom de kan leda utanför " + name
                                + "/ (till exempel till lösenord på datorn som bygger). Kopiera in " + what
                                + " i stället för att länka till den."));
                    } else {
                        refusals.add(new Refusal(path, "Det här är varken en vanlig fil eller en mapp (utan till "
                                + "exempel en namngiven pipe eller en enhet), så det läses inte. Ta bort det ur "
                                + name + "/."));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) {
                        refusals.add(new Refusal(relative(root, file), UNREADABLE));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            refusals.add(new Refusal("", UNREADABLE)); // the visitor throws nothing, so this is not expected
        }
        refusals.sort(Comparator.comparing(Refusal::path));
        return new SourceTree(folder, root, files, folders, refusals);
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** The folder as it was named ({@code templates}, {@code ../site-a/content}), for messages. */
    public String label() {
        return label;
    }

    /** Every plain file, by its path relative to the folder ({@code images/x.png}), sorted. */
    public NavigableSet<String> files() {
        return files.navigableKeySet();
    }

    public boolean isFile(String path) {
        return files.containsKey(path);
    }

    public boolean isFolder(String path) {
        return folders.contains(path);
    }

    /** Its size in bytes; the file must be on the list. */
    public long size(String path) {
        Long size = files.get(path);
        if (size == null) {
            throw new IllegalArgumentException(path);
        }
        return size;
    }

    /** The plain files directly in {@code folder} (a relative path such as {@code areas}), sorted. */
    public List<String> filesIn(String folder) {
        return children(files.navigableKeySet(), folder);
    }

    /** The names of the folders directly in {@code folder}, sorted. */
    public List<String> foldersIn(String folder) {
        return children(folders, folder).stream().map(p -> p.substring(folder.length() + 1)).toList();
    }

    /** The plain files anywhere under {@code folder}, sorted. */
    public List<String> filesUnder(String folder) {
        return under(files.navigableKeySet(), folder).toList();
    }

    private static List<String> children(NavigableSet<String> paths, String folder) {
        return under(paths, folder).filter(p -> p.indexOf('/', folder.length() + 1) < 0).toList();
    }

    private static Stream<String> under(NavigableSet<String> paths, String folder) {
        // '0' is the character after '/', so the subset is exactly the paths that start with folder + "/".
        return paths.subSet(folder + "/", true, folder + "0", false).stream();
    }

    /** True when {@code path} or a folder above it was refused, so what it names has been reported already. */
    public boolean isRefused(String path) {
        return refusals.stream().anyMatch(r -> r.path().isEmpty() || path.equals(r.path())
                || path.startsWith(r.path() + "/"));
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** Opens a listed file, never through a link: a file swapped for one since the listing is not opened. */
    public InputStream open(String path) throws IOException {
        if (!files.containsKey(path)) {
            throw new NoSuchFileException(path);
        }
        return Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    public byte[] read(String path) throws IOException {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        }
    }

    /** At most the first {@code count} bytes of a listed file (enough to tell its type). */
    public byte[] head(String path, int count) throws IOException {
        try (InputStream in = open(path)) {
            return in.readNBytes(count);
        }
    }
}
