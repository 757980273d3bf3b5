import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.render.Output;
import lupsite.render.PdfCache;
import lupsite.render.SiteRenderer;

/**
 * Times the council PDF of the latest follow-up in one JVM: the first render (cold: classes loading, JIT
 * not yet compiled) and then RUNS warm renders, reporting each and their median. Run with the jar on the
 * class path: {@code java -cp target/lup-site.jar bench/PdfBench.java CONTENT TEMPLATES RUNS}.
 */
public final class PdfBench {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        Problems problems = new Problems();
        Pipeline.Checked checked = Pipeline.check(content, problems).orElseThrow(
                () -> new IllegalStateException("content has errors: " + problems.all()));
        List<Output> pdfs = new SiteRenderer(templates, true, PdfCache.NONE)
                .outputs(checked.site(), checked.plans(), checked.parser(), checked.raw().tree(), Map.of()).stream()
                .filter(o -> o.path().endsWith(".pdf")).toList();
        Output latest = pdfs.get(pdfs.size() - 1);

        long start = System.nanoTime();
        byte[] pdf = latest.producer().produce();
        double cold = (System.nanoTime() - start) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            latest.producer().produce();
            warm.add((System.nanoTime() - start) / 1e6);
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        List<Double> sorted = warm.stream().sorted().toList();
        System.out.printf("%s: %d pages, %d bytes; first render %.0f ms; warm %s ms, median %.0f ms%n",
                latest.path(), pages, pdf.length, cold,
                warm.stream().map(w -> String.format("%.0f", w)).toList(), sorted.get(sorted.size() / 2));
    }
}
