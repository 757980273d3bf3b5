import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.FollowUp;
import lupsite.model.Markdown;
import lupsite.model.Page;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;

/**
 * The Hugo side of bench/run.sh: writes a Hugo site holding every Markdown text of a lup-site content folder
 * exactly once, as one page per activity (its text and its note at every follow-up), per area, per follow-up
 * (summary, status note, goal comments) and per free page. Run with the jar on the class path:
 * {@code java -cp target/lup-site.jar bench/HugoSite.java CONTENT HUGO_DIR}. Prints "pages markdown-bytes".
 */
public final class HugoSite {

    private static long markdownBytes;
    private static int pages;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        Problems problems = new Problems();
        Content content = Pipeline.check(Path.of(args[0]), problems)
                .orElseThrow(() -> new IllegalStateException("content has errors: " + problems.all()))
                .derived().content();
        write(out.resolve("config.toml"), """
                baseURL = "/"
                title = "%s"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.renderer]
                unsafe = false
                """.formatted(content.plan().title()));
        write(out.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
                <link rel="stylesheet" href="style.css"></head>
                <body><header><p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>
                <nav><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
                </header><main>{{ block "main" . }}{{ end }}</main><footer><p>{{ site.Title }}</p></footer></body></html>
                """);
        write(out.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
        write(out.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        Path c = out.resolve("content");
        page(c.resolve("_index.md"), content.plan().title(), text(content.plan().description()));
        page(c.resolve("aktivitet/_index.md"), "Aktiviteter", "");
        page(c.resolve("omrade/_index.md"), "Målområden", "");
        page(c.resolve("uppfoljning/_index.md"), "Uppföljningar", "");
        page(c.resolve("sida/_index.md"), "Sidor", "");
        for (Area area : content.areas()) {
            page(c.resolve("omrade/" + area.id() + ".md"), area.title(), text(area.intro()));
            for (Activity activity : area.activities()) {
                StringBuilder body = new StringBuilder(text(activity.text()));
                for (FollowUp followUp : content.followUps()) {
                    followUp.activity(activity.id()).ifPresent(a ->
                            body.append("\n\n## ").append(followUp.date()).append("\n\n").append(text(a.text())));
                }
                page(c.resolve("aktivitet/" + activity.id() + ".md"), activity.id(), body.toString());
            }
        }
        for (FollowUp followUp : content.followUps()) {
            String goals = followUp.goals().stream().map(g -> "## " + g.subjectId() + "\n\n" + text(g.text()))
                    .collect(Collectors.joining("\n\n"));
            page(c.resolve("uppfoljning/" + followUp.date() + ".md"), followUp.title(),
                    text(followUp.summary()) + "\n\n" + text(followUp.statusNote()) + "\n\n" + goals);
        }
        for (Page p : content.pages()) {
            page(c.resolve("sida/" + p.id() + ".md"), p.title(), text(p.body()));
        }
        System.out.println(pages + " " + markdownBytes);
    }

    private static String text(Markdown markdown) {
        markdownBytes += markdown.source().getBytes(StandardCharsets.UTF_8).length;
        return markdown.source();
    }

    private static void page(Path file, String title, String body) throws IOException {
        pages++;
        write(file, "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\n---\n" + body + "\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
