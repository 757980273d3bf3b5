package lupsite.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code lup-site init}: a content repository to start from, out of the program's own files: an invented plan
 * to fill in (content/), the look (templates/), the schemas, Visual Studio Code's settings that map the schemas
 * to the files by path (.vscode/) and a .gitignore for what a build writes. Nothing that exists is ever
 * overwritten: if anything it would write is there already, it writes nothing.
 */
public final class NewRepository {

    /** One part of the repository: a folder (or file) of the program's resources and where it goes. */
    private record Part(String target, String resource, boolean folder) {
    }

    /** Each resource folder is named by a file in it: a jar need not list its folders. */
    private static final List<Part> PARTS = List.of(
            new Part("content/", "/lupsite/init/content/plan.yaml", true),
            new Part("templates/", "/lupsite/init/templates/layout.ftlh", true),
            new Part("schemas/", "/schemas/plan.schema.json", true),
            new Part(".vscode/settings.json", "/lupsite/init/vscode/settings.json", false),
            new Part(".vscode/extensions.json", "/lupsite/init/vscode/extensions.json", false),
            new Part(".gitignore", "/lupsite/init/gitignore", false));

    /** Why nothing was written: what is there already, as the editor would name it ("content/", ".gitignore"). */
    public static final class Refused extends Exception {
        private final List<String> existing;

        Refused(List<String> existing) {
            super(String.join(", ", existing), null, false, false);
            this.existing = List.copyOf(existing);
        }

        public List<String> existing() {
            return existing;
        }
    }

    private NewRepository() {
    }

    /** Writes every part into {@code folder} (made if missing); returns the number of files written. */
    public static int create(Path folder) throws Refused, IOException {
        List<String> existing = new ArrayList<>();
        for (Part part : PARTS) {
            if (Files.exists(folder.resolve(part.target()))) {
                existing.add(part.target());
            }
        }
        if (!existing.isEmpty()) {
            throw new Refused(existing);
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (Part part : PARTS) {
            files.putAll(read(part));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW);
        }
        return files.size();
    }

    /** The part's files by their path in the new repository. */
    private static Map<String, byte[]> read(Part part) throws IOException {
        URL url = NewRepository.class.getResource(part.resource());
        if (url == null) {
            throw new IllegalStateException("Missing resource " + part.resource());
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!uri.getScheme().equals("jar")) {
            return files(part, Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return files(part, jar.getPath(part.resource()));
        } catch (FileSystemAlreadyExistsException e) {
            return files(part, FileSystems.getFileSystem(uri).getPath(part.resource()));
        }
    }

    private static Map<String, byte[]> files(Part part, Path marker) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!part.folder()) {
            files.put(part.target(), Files.readAllBytes(marker));
            return files;
        }
        Path root = marker.getParent();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(part.target() + root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
