package lupsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a built site into a web server's folder (or a mounted share) so that readers never see half of it: the
 * same staging, swap and recovery as a build, under the same rules for whose folder it is. A file whose bytes
 * are those already published keeps the published file's time, so the server's {@code Last-Modified} and the
 * readers' caches stay valid across publishes.
 */
public final class Publisher {

    /** What a publish did: every file, of which {@code unchanged} kept their bytes and time. */
    public record Published(int files, int unchanged) {
    }

    private Publisher() {
    }

    public static Published publish(Path site, Path to) throws IOException {
        Map<String, Long> files = verified(site);
        Path target = OutputFolder.refuseUnsafe(to, List.of(new OutputFolder.Kept(site, "webbplatsen som publiceras")));
        Files.createDirectories(target.getParent());
        try (BuildLock lock = BuildLock.acquire(target)) {
            OutputFolder.recover(target);
            OutputFolder.claim(target, to.toString());
            Path staging = OutputFolder.stage(target);
            try {
                int unchanged = 0;
                for (String file : files.keySet()) {
                    if (copy(site.resolve(file), staging.resolve(file), target.resolve(file))) {
                        unchanged++;
                    }
                }
                OutputFolder.finish(staging, files);
                OutputFolder.swap(staging, target);
                return new Published(files.size(), unchanged);
            } finally {
                OutputFolder.deleteTree(staging);
            }
        }
    }

    /** Copies {@code from} to {@code to}; true when {@code published} already had these bytes (its time is kept). */
    private static boolean copy(Path from, Path to, Path published) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
        if (Files.isRegularFile(published) && Files.mismatch(from, published) == -1) {
            Files.setLastModifiedTime(to, Files.getLastModifiedTime(published));
            return true;
        }
        return false;
    }

    /** The site's files, when it is a finished lup-site site holding exactly what its manifest lists. */
    private static Map<String, Long> verified(Path site) throws IOException {
        if (!Files.isRegularFile(site.resolve(OutputFolder.MANIFEST))) {
            throw new OutputRefused("Mappen " + site + " är ingen webbplats byggd av lup-site (filen "
                    + OutputFolder.MANIFEST + " saknas). Bygg den först med lup-site build, eller ange den med "
                    + "--site MAPP.");
        }
        Map<String, Long> listed = OutputFolder.readManifest(site);
        Map<String, Long> found = OutputFolder.files(site);
        found.remove(OutputFolder.MANIFEST);
        List<String> wrong = new ArrayList<>();
        listed.forEach((file, size) -> {
            if (!found.containsKey(file)) {
                wrong.add(file + " saknas");
            } else if (!Objects.equals(found.get(file), size)) {
                wrong.add(file + " har ändrats");
            }
        });
        found.keySet().stream().filter(file -> !listed.containsKey(file)).forEach(file -> wrong.add(file + " hör inte dit"));
        if (!wrong.isEmpty()) {
            throw new OutputRefused("Webbplatsen " + site + " är inte som lup-site byggde den: "
                    + String.join(", ", wrong.subList(0, Math.min(3, wrong.size())))
                    + (wrong.size() > 3 ? " och " + (wrong.size() - 3) + " till" : "")
                    + ". Bygg om den med lup-site build och publicera sedan.");
        }
        return listed;
    }
}
