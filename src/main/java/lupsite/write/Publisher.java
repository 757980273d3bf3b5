package lupsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    private static final String EXAMPLE = "--to /srv/www/lup";

    private Publisher() {
    }

    /**
     * Publishes {@code site} into {@code to}, which must keep clear of the site and of the {@code kept} folders. The
     * site's own lock is held throughout, so a build cannot swap it while it is copied.
     */
    public static Published publish(Path site, Path to, List<OutputFolder.Kept> kept) throws IOException {
        Path source = OutputFolder.real(site);
        List<OutputFolder.Kept> clear = new ArrayList<>(kept);
        clear.add(new OutputFolder.Kept(source, "webbplatsen som publiceras"));
        Path target = OutputFolder.refuseUnsafe(to, clear, EXAMPLE);
        try (BuildLock siteLock = BuildLock.acquire(source)) {
            Map<String, Long> files = verified(source, site.toString());
            int[] unchanged = {0};
            OutputFolder.<IOException>replace(target, to.toString(), Optional.empty(), staging -> {
                for (String file : files.keySet()) {
                    if (copy(source.resolve(file), staging.resolve(file), target.resolve(file))) {
                        unchanged[0]++;
                    }
                }
                return files;
            });
            return new Published(files.size(), unchanged[0]);
        }
    }

    /** Copies {@code from} to {@code to}; true when {@code published} already had these bytes (its time is kept). */
    private static boolean copy(Path from, Path to, Path published) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
        if (Files.isRegularFile(published) && Files.mismatch(from, published) == -1) {
            Files.setLastModifiedTime(to, Files.getLastModifiedTime(published));
            return true;
        }
        return false;
    }

    /** The site's files, when it is a finished lup-site site holding exactly what its manifest lists. */
    private static Map<String, Long> verified(Path site, String name) throws IOException {
        if (!Files.isRegularFile(site.resolve(OutputFolder.MANIFEST))) {
            throw new OutputRefused("Mappen " + name + " är ingen webbplats byggd av lup-site (filen "
                    + OutputFolder.MANIFEST + " saknas). Bygg den först med lup-site build, eller ange den med "
                    + "--site MAPP.");
        }
        Map<String, Long> listed = OutputFolder.readManifest(site, name);
        Map<String, Long> found = OutputFolder.files(site);
        found.remove(OutputFolder.MANIFEST);
        List<String> wrong = new ArrayList<>();
        listed.forEach((file, size) -> {
            if (!found.containsKey(file)) {
                wrong.add(file + " saknas");
            } else if (found.get(file) == -1) {
                wrong.add(file + " är en symbolisk länk");
            } else if (!Objects.equals(found.get(file), size)) {
                wrong.add(file + " har ändrats");
            }
        });
        found.keySet().stream().filter(file -> !listed.containsKey(file)).forEach(file -> wrong.add(file + " hör inte dit"));
        if (!wrong.isEmpty()) {
            throw new OutputRefused("Webbplatsen " + name + " är inte som lup-site byggde den: "
                    + String.join(", ", wrong.subList(0, Math.min(3, wrong.size())))
                    + (wrong.size() > 3 ? " och " + (wrong.size() - 3) + " till" : "")
                    + ". Bygg om den med lup-site build och publicera sedan.");
        }
        return listed;
    }
}
