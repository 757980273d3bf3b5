package lupsite.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Heading ids unique on every page, however many Markdown texts it shows. A text's HTML is made once
 * ({@link MarkdownHtml}), with ids unique in the text, and shown on several pages beside different texts (a
 * follow-up's summary and its comments, an area's introduction and its activities), so two texts on one page
 * may both have {@code ## Bakgrund}. Each text with headings is known here by its HTML, the very string the
 * views hold; while a page is written, the first text keeps its ids and a later text's id that is taken
 * already gets -2, -3, as a repeated heading within one text does, together with the links to it inside
 * that text (its headings' "#" and {@code [...](#bakgrund)}). Only the texts with headings are looked at,
 * each when Freemarker writes it: no pass over the page. (Pages are rendered after every view, so every text
 * is known when a page starts.) The council PDF's print document keeps its ids apart by place instead
 * ({@link PrintLinks}).
 */
public final class PageHeadings {

    /** A string by identity: the views hold the one the text was made into. */
    private record Same(String html) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.html == html;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(html);
        }
    }

    private final Map<Same, List<String>> texts = new ConcurrentHashMap<>();
    /** The shortest of them: most of what a page writes (words, labels, markup) is shorter and never looked up. */
    private final AtomicInteger shortest = new AtomicInteger(Integer.MAX_VALUE);

    /** {@code html} is a text with headings whose ids are {@code ids}, in the text's order. */
    void add(String html, List<String> ids) {
        texts.put(new Same(html), List.copyOf(ids));
        shortest.accumulateAndGet(html.length(), Math::min);
    }

    /** {@code out} for one page: each text with headings written through it with ids no earlier text has. */
    Writer page(Writer out) {
        return new FilterWriter(out) {
            private final Set<String> taken = new HashSet<>();
            private final int least = shortest.get();

            @Override
            public void write(String text, int offset, int length) throws IOException {
                List<String> ids = length >= least && offset == 0 && length == text.length()
                        ? texts.get(new Same(text)) : null;
                if (ids == null) {
                    out.write(text, offset, length);
                } else {
                    out.write(unique(text, ids, taken));
                }
            }
        };
    }

    /**
     * {@code html} with each of its heading {@code ids} that is in {@code taken} renamed to the first free
     * {@code id-2}, {@code id-3}; every id it ends up with is added to {@code taken}.
     */
    static String unique(String html, List<String> ids, Set<String> taken) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String id : ids) {
            if (taken.contains(id)) {
                String other = id;
                for (int n = 2; taken.contains(other) || ids.contains(other); n++) {
                    other = id + "-" + n;
                }
                renamed.put(id, other);
                taken.add(other);
            } else {
                taken.add(id);
            }
        }
        String result = html;
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            result = result.replace("id=\"" + rename.getKey() + "\"", "id=\"" + rename.getValue() + "\"")
                    .replace("href=\"#" + rename.getKey() + "\"", "href=\"#" + rename.getValue() + "\"");
        }
        return result;
    }
}
