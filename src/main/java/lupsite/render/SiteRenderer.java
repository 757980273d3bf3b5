package lupsite.render;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.time.Instant;

import lupsite.derive.Derived;
import lupsite.derive.Snapshot;
import lupsite.load.SourceTree;
import lupsite.markdown.MarkdownParser;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.ContentPaths;
import lupsite.model.FollowUp;
import lupsite.model.Indicator;
import lupsite.model.Page;
import lupsite.model.PartialDate;
import lupsite.model.PlanVersion;
import lupsite.model.Site;
import lupsite.model.Vocabulary;
import lupsite.render.Views.FollowUpView;
import lupsite.render.Views.SiteView;

/**
 * Lists every file of the site: the pages from templates, the templates' assets and the content files that
 * the content links, shows or lists as downloads.
 */
public final class SiteRenderer {

    /** The templates' folder of files published as they are (CSS, scripts), under the same path in the site. */
    private static final String ASSETS = "assets";

    private final Path templatesDir;
    private final SourceTree templates;
    private final PageRenderer pages;
    private final boolean withPdf;
    private final PdfCache pdfCache;

    /**
     * {@code withPdf} false builds the site only (faster while editing); {@code pdfCache} keeps PDFs between builds.
     * The templates folder is listed here, once; a link or special file in it stops the build.
     */
    public SiteRenderer(Path templatesDir, boolean withPdf, PdfCache pdfCache) throws RenderException {
        this.templatesDir = templatesDir;
        this.templates = SourceTree.scan(templatesDir, "templates");
        if (!templates.refusals().isEmpty()) {
            throw new RenderException(templates.refusals().stream()
                    .map(r -> templates.label() + "/" + r.path() + ":1:1: " + r.message())
                    .collect(Collectors.joining("\n")), null);
        }
        this.pages = new PageRenderer(templates);
        this.withPdf = withPdf;
        this.pdfCache = pdfCache;
    }

    /** What a plan's pages leave for the pages the plans share: its frame, its views, and what search finds in it. */
    private record PlanPages(SiteView site, FollowUpView latest, Messages messages, MarkdownHtml markdown,
                             ViewFactory views, DataViews data, Supplier<List<SearchIndex.Document>> searchDocuments) {
    }

    /**
     * {@code contentFiles} is the content folder as loaded, the only way the files it publishes are read;
     * {@code plans} are the derived {@code site.plans()}, in the same order. {@code lastChanged} holds, per
     * follow-up folder ({@code followups/2019-11-18}), the day of its last commit; a follow-up page shows it as
     * "Senast ändrad" where present.
     */
    public List<Output> outputs(Site site, List<Derived> plans, MarkdownParser parser, SourceTree contentFiles,
                                Map<String, LocalDate> lastChanged) throws RenderException {
        List<SiteUrls> urls = SiteUrls.of(site.plans());
        List<Output> outputs = new ArrayList<>();
        List<PlanPages> planPages = new ArrayList<>();
        Printer printer = withPdf ? new Printer(site.settings().baseUrl().map(URI::toString).orElse("../")) : null;
        // One for the whole site: a page of the plans' shared texts may show texts of every plan.
        PageHeadings headings = new PageHeadings();
        for (int i = 0; i < plans.size(); i++) {
            planPages.add(plan(plans.get(i), urls.get(i), site.hasSeveralPlans(), parser, contentFiles, lastChanged,
                    headings, printer, outputs));
        }
        Derived first = plans.get(0);
        Content content = first.content();
        PlanPages one = planPages.get(0);
        Messages messages = one.messages();
        MarkdownHtml markdown = one.markdown();
        ViewFactory views = one.views();
        SiteView shared = one.site();
        if (site.hasSeveralPlans()) {
            // The shared pages belong to no plan: the site's language and the default words, the site's name.
            messages = Messages.load(templates, site.settings().language()).in(Vocabulary.DEFAULT);
            markdown = new MarkdownHtml(parser, urls.get(0), first, first.current(), messages, headings);
            content.sharedTexts().toList().parallelStream().forEach(markdown::html);
            views = new ViewFactory(first.current(), first, markdown, messages);
            shared = views.portal(site.settings(), planPages.stream().map(PlanPages::site).toList());
            outputs.add(page(headings, SiteUrls.HOME, "portal.ftlh", shared, messages, Map.of("plans", planPages.stream()
                    .map(p -> new Views.PortalEntry(p.site().title(), p.site().homeHref(), p.site().publisher(),
                            p.latest(), p.messages().t("portal.latest"), p.messages().t("portal.noFollowUp")))
                    .toList())));
        }
        List<Views.IndicatorView> indicators = new DataViews(first.current(), markdown, messages)
                .indicators(planPages.stream().map(PlanPages::data).toList());
        outputs.add(page(headings, SiteUrls.INDICATORS, "indicators.ftlh", shared, messages,
                Map.of("indicators", indicators, "json", planPages.stream()
                        .map(p -> new Views.Link(p.site().dataHref(), p.site().title())).toList())));
        for (Views.IndicatorView indicator : indicators) {
            outputs.add(page(headings, indicator.href(), "indicator.ftlh", shared, messages, Map.of("indicator", indicator)));
        }
        for (Indicator indicator : content.indicators()) {
            outputs.add(new Output(SiteUrls.dataCsv(indicator.id()), () -> OpenData.csv(indicator)));
        }
        List<Views.PageView> pageViews = new ArrayList<>();
        for (Page page : content.pages()) {
            Views.PageView view = views.page(page);
            pageViews.add(view);
            outputs.add(page(headings, view.href(), "page.ftlh", shared, messages, Map.of("page", view)));
        }
        if (!content.pages().isEmpty()) {
            outputs.add(page(headings, SiteUrls.PAGES, "pages.ftlh", shared, messages, Map.of("pages", views.pageIndex())));
        }
        if (printer != null) {
            outputs.addAll(pagePdfs(plans, views, shared, messages, printer));
        }
        outputs.add(page(headings, SiteUrls.SEARCH, "search.ftlh", shared, messages, Map.of()));
        Views.AccessibilityView accessibility = views.accessibility();
        outputs.add(page(headings, SiteUrls.ACCESSIBILITY, "accessibility.ftlh", shared, messages,
                accessibility == null ? Map.of() : Map.of("statement", accessibility)));
        Messages sharedMessages = messages;
        outputs.add(new Output(SiteUrls.SEARCH_INDEX, () -> {
            List<SearchIndex.Document> documents = new ArrayList<>();
            for (PlanPages plan : planPages) {
                documents.addAll(plan.searchDocuments().get());
            }
            documents.addAll(SearchDocuments.pages(pageViews, sharedMessages));
            return SearchIndex.script(documents);
        }));
        // A few bytes, made every time: not a page, so the preview's count of pages rendered again leaves it out.
        SiteView colours = shared;
        outputs.add(new Output(SiteUrls.STATUS_COLOURS, () -> pages.render("statusfarger.css.ftl", Map.of("site", colours))));
        for (String asset : templates.filesUnder(ASSETS)) {
            if (!ContentPaths.isBackup(asset)) {
                outputs.add(copy(templates, asset, asset));
            }
        }
        for (String file : content.files().keySet()) {
            outputs.add(copy(contentFiles, file, SiteUrls.FILES + file));
        }
        // Longest first: outputs are taken in list order as cores come free, so the council PDFs, the search
        // index and the history should start at once rather than finish the build on one core alone.
        outputs.sort(Comparator.comparingInt(SiteRenderer::lateness));
        return outputs;
    }

    /** One plan's own pages, data file and council PDFs, added to {@code outputs}. */
    private PlanPages plan(Derived derived, SiteUrls urls, boolean severalPlans, MarkdownParser parser,
                           SourceTree contentFiles, Map<String, LocalDate> lastChanged, PageHeadings headings,
                           Printer printer,
                           List<Output> outputs) throws RenderException {
        Content content = derived.content();
        Messages messages = Messages.load(templates, content.plan().language()).in(content.plan().vocabulary());
        MarkdownHtml markdown = new MarkdownHtml(parser, urls, derived, derived.current(), messages, headings);
        // Views are built on one thread; turning every Markdown text into HTML first, on all cores, leaves
        // them only the assembling. From a list: a stream of streams splits only into its few parts (all the
        // follow-ups' texts one of them), and one core waited for the other.
        (severalPlans ? content.planMarkdown() : content.markdown()).toList().parallelStream().forEach(markdown::html);
        ViewFactory views = new ViewFactory(derived.current(), derived, markdown, messages);
        DataViews data = new DataViews(derived.current(), markdown, messages);
        SiteView site = views.site();
        Optional<FollowUp> latest = content.latestFollowUp();
        // Each follow-up is shown as it stood at its date: its version of the plan, the data known then.
        // By identity: a follow-up's own hash code walks every one of its assessments.
        Map<FollowUp, ViewFactory> viewsAt = new IdentityHashMap<>();
        content.followUps().forEach(f -> viewsAt.put(f, new ViewFactory(derived.at(f), derived,
                markdown.at(derived.at(f)), messages)));
        List<FollowUpView> followUps = new ArrayList<>();
        List<FollowUp> all = content.followUps();
        for (int i = 0; i < all.size(); i++) {
            followUps.add(viewsAt.get(all.get(i)).followUp(all.get(i), i > 0 ? all.get(i - 1) : null,
                    i + 1 < all.size() ? all.get(i + 1) : null));
        }
        FollowUpView latestView = followUps.isEmpty() ? null : followUps.get(followUps.size() - 1);

        Map<String, Object> home = new HashMap<>(Map.of(
                "descriptionHtml", views.planDescriptionHtml(),
                "goals", views.goals(latest),
                "followUps", followUps));
        if (latestView != null) {
            home.put("followUp", latestView);
        }
        outputs.add(page(headings, urls.home(), "index.ftlh", site, messages, Map.copyOf(home)));
        outputs.add(page(headings, urls.goals(), "goals.ftlh", site, messages, Map.of("horizons", views.horizons(latest))));
        outputs.add(page(headings, urls.areas(), "areas.ftlh", site, messages, Map.of("areas", views.areas(latest))));
        outputs.add(page(headings, urls.followUps(), "followups.ftlh", site, messages, Map.of("followUps", followUps)));
        // Every area the plan has had keeps its page, so links from earlier follow-ups lead somewhere: one that has
        // ended shows the last version it was part of.
        Content now = derived.current().content();
        for (Area area : content.areas()) {
            Optional<Area> current = now.area(area.id());
            PlanVersion last = current.isPresent() ? content.plan().currentVersion() : lastInForce(content, area);
            Snapshot then = current.isPresent() ? derived.current()
                    : new Snapshot(content.at(last), derived.current().targetsByGoal(), derived.current().figures());
            ViewFactory shown = current.isPresent() ? views : new ViewFactory(then, derived, markdown.at(then), messages);
            outputs.add(page(headings, urls.area(area.id()), "area.ftlh", site, messages,
                    Map.of("area", shown.area(then.content().area(area.id()).orElseThrow(), latest))));
        }
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpView followUp = followUps.get(i);
            String file = content.followUps().get(i).position().file();
            Map<String, Object> values = new HashMap<>(Map.of("followUp", followUp));
            Optional.ofNullable(lastChanged.get(file.substring(0, file.lastIndexOf('/'))))
                    .ifPresent(day -> values.put("lastChanged", day.toString()));
            outputs.add(page(headings, followUp.href(), "followup.ftlh", site, messages, Map.copyOf(values)));
        }
        RevisionViews revisions = new RevisionViews(views, derived, markdown, messages);
        for (int i = 0; i < all.size(); i++) {
            FollowUp followUp = all.get(i);
            Views.RevisionView revision = i == 0 ? null : revisions.revision(version(content, all.get(i - 1)),
                    version(content, followUp));
            Views.ChangesView changes = viewsAt.get(followUp).changes(followUp, revision);
            outputs.add(page(headings, changes.href(), "changes.ftlh", site, messages, Map.of("changes", changes)));
        }
        outputs.add(new Output(site.dataHref(), () -> OpenData.json(derived, messages)));
        outputs.add(page(headings, urls.history(), "history.ftlh", site, messages, Map.of("history", data.history(content, revisions))));
        if (content.plan().isRevised()) {
            List<Views.VersionView> versions = revisions.versions();
            outputs.add(page(headings, urls.versions(), "versions.ftlh", site, messages, Map.of("versions", versions)));
            for (Views.VersionView version : versions) {
                outputs.add(page(headings, version.href(), "version.ftlh", site, messages, Map.of("version", version)));
            }
        }
        if (printer != null) {
            outputs.addAll(pdfs(derived, viewsAt, markdown, site, messages, followUps, contentFiles, printer));
        }
        String planName = severalPlans ? content.plan().title() : null;
        return new PlanPages(site, latestView, messages, markdown, views, data,
                () -> SearchDocuments.plan(urls, planName, views.goals(latest), views.areas(latest), followUps, messages));
    }

    private static PlanVersion version(Content content, FollowUp followUp) {
        return content.plan().version(followUp.planVersion()).orElseThrow();
    }

    /** The last version of the plan an area that has ended was part of. */
    private static PlanVersion lastInForce(Content content, Area area) {
        return content.plan().versions().stream().filter(v -> content.plan().inForce(area.lifecycle(), v))
                .reduce((a, b) -> b).orElse(content.plan().firstVersion());
    }

    private static int lateness(Output output) {
        if (output.path().endsWith(".pdf")) {
            return 0;
        }
        return output.path().equals(SiteUrls.SEARCH_INDEX) ? 1 : SiteUrls.isHistory(output.path()) ? 2 : 3;
    }

    /** One council PDF per follow-up, from the print template and the same views as the site. */
    private List<Output> pdfs(Derived derived, Map<FollowUp, ViewFactory> viewsAt, MarkdownHtml markdown, SiteView site,
                              Messages messages, List<FollowUpView> followUpViews, SourceTree contentFiles,
                              Printer printer) {
        Content content = derived.content();
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < followUpViews.size(); i++) {
            FollowUp followUp = content.followUps().get(i);
            FollowUpView view = followUpViews.get(i);
            List<Views.IndicatorView> indicators = new DataViews(derived.at(followUp), markdown.at(derived.at(followUp)),
                    messages).indicators();
            Map<String, Object> values = Map.of("followUp", view, "href", view.href(),
                    "indicators", indicators, "attachments", viewsAt.get(followUp).attachments(followUp));
            Optional<String> archived = derived.archivedPdf(followUp);
            if (archived.isPresent()) {
                // A decided follow-up's PDF is the one decided on, byte for byte, whatever the templates are now.
                outputs.add(copy(contentFiles, archived.get(), view.pdfHref()));
                continue;
            }
            Instant date = PdfDates.of(followUp.date());
            PdfMetadata meta = new PdfMetadata(view.planTitle() + " – " + view.title(), site.publisher(), view.title(), null,
                    messages.t("pdf.language"), date, date, null);
            outputs.add(printer.pdf(view.pdfHref(), "print.ftlh", site, messages, values, meta, view.title()));
        }
        return outputs;
    }

    /**
     * One PDF for every page with {@code pdf: true}, with the pages under it. Pages are the site's, so its
     * publishers are the author. Dated by the page's date, else the latest follow-up of any plan: the same content,
     * the same bytes.
     */
    private List<Output> pagePdfs(List<Derived> plans, ViewFactory views, SiteView site, Messages messages,
                                  Printer printer) {
        PartialDate fallback = plans.stream().flatMap(p -> p.content().latestFollowUp().stream()).map(FollowUp::date)
                .max(Comparator.naturalOrder()).orElse(PdfDates.EPOCH);
        List<Output> outputs = new ArrayList<>();
        for (Page page : plans.get(0).content().pages()) {
            if (page.pdf()) {
                Instant date = PdfDates.of(page.date() == null ? fallback : page.date());
                PdfMetadata meta = new PdfMetadata(page.title(), site.publisher(), page.summary(), null,
                        messages.t("pdf.language"), date, date, null);
                outputs.add(printer.pdf(SiteUrls.pagePdf(page.id()), "print-page.ftlh", site, messages,
                        Map.of("document", views.document(page)), meta, page.title()));
            }
        }
        return outputs;
    }

    /**
     * Makes PDFs from print templates, through the cache when it is on ({@code resources} then not null).
     * {@code siteRoot} is where links to site pages lead from the PDF: {@code ../}, or the site's baseUrl.
     */
    private final class Printer {
        private final PdfRenderer renderer;
        private final byte[] resources;
        private final String siteRoot;

        Printer(String siteRoot) throws RenderException {
            this.renderer = new PdfRenderer(templates, "fonts", "icc/sRGB.icc");
            this.resources = pdfCache.isOn() ? PdfCache.resources(templates) : null;
            this.siteRoot = siteRoot;
        }

        /** {@code what}: the follow-up's or page's title, to name it if the PDF cannot be made. */
        Output pdf(String path, String template, SiteView site, Messages messages, Map<String, Object> values,
                   PdfMetadata meta, String what) {
            return new Output(path, List.of(template, site, messages, values, meta, siteRoot), () -> {
                String html = pages.renderText(template,
                        Map.of("site", site, "msg", messages, "page", values, "current", path));
                Output.Producer render = () -> {
                    try {
                        return renderer.render(html, templatesDir.toUri().toString(), siteRoot, meta);
                    } catch (IOException | RuntimeException e) {
                        throw new RenderException(templatesDir + "/" + template + ":1:1: PDF:en för " + what
                                + " kunde inte skapas: " + e.getMessage(), e);
                    }
                };
                return resources == null ? render.produce()
                        : pdfCache.get(PdfCache.key(html, siteRoot, meta, resources), render);
            });
        }
    }

    private Output page(PageHeadings headings, String path, String template, SiteView site, Messages messages,
                        Map<String, Object> values) {
        Map<String, Object> model = Map.of("site", site, "msg", messages, "page", values, "current", path);
        return new Output(path, List.of(template, model), () -> pages.render(template, model, headings));
    }

    /** The file at {@code source} in {@code tree}, published as {@code path}. */
    private static Output copy(SourceTree tree, String source, String path) {
        return new Output(path, () -> {
            try {
                return tree.read(source);
            } catch (IOException e) {
                throw new RenderException(tree.label() + "/" + source + ":1:1: Filen kunde inte kopieras: "
                        + e.getMessage(), e);
            }
        });
    }
}
