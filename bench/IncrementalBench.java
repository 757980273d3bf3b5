import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;

import lupsite.pipeline.IncrementalBuild;
import lupsite.pipeline.Pipeline;

/**
 * How long serve's rebuild takes after one content edit. Copies a content folder into a fresh git repository
 * (so the "Senast ändrad" lookup runs as it does on real content), builds once, then edits one activity note
 * of the latest follow-up EDITS times and rebuilds after each, printing every time and the median.
 * Run: {@code java -cp target/lup-site.jar bench/IncrementalBench.java [CONTENT] [EDITS]}.
 */
public final class IncrementalBench {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "content");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path repo = Files.createTempDirectory("lup-incremental");
        Path content = repo.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = content.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern("content").call();
            git.commit().setMessage("bench").setSign(false).call();
        }
        Path followUp;
        try (Stream<Path> folders = Files.list(content.resolve("followups"))) {
            followUp = folders.sorted(Comparator.reverseOrder()).findFirst().orElseThrow().resolve("followup.yaml");
        }
        IncrementalBuild build = new IncrementalBuild(new Pipeline.Options(content, Path.of("templates"), null, false));
        System.out.println("first build: " + build.build().summary());
        String original = Files.readString(followUp);
        // The first line of the first note: the edit puts a new sentence before it, at the same indentation.
        int lineStart = original.indexOf("note: |") + "note: |\n".length();
        String line = original.substring(lineStart, original.indexOf('\n', lineStart));
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= edits; i++) {
            Files.writeString(followUp, original.substring(0, lineStart) + indent + "Redigering " + i + ".\n"
                    + original.substring(lineStart));
            IncrementalBuild.Result result = build.rebuild(List.of(followUp));
            times.add(result.millis());
            System.out.println("edit " + i + ": " + result.summary());
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.println("median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1)
                + " ms over " + edits + " edits");
    }
}
