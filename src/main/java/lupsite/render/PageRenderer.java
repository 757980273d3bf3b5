package lupsite.render;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import lupsite.load.SourceTree;

/**
 * Freemarker, configured once per build: auto-escaped .ftlh templates from the templates folder (read through
 * its {@link SourceTree}, so never through a link), records read as properties, no ?api, no ?new of arbitrary
 * classes, and errors that stop the build.
 */
public final class PageRenderer {

    private final Configuration configuration;
    private final String templatesLabel;

    public PageRenderer(SourceTree templates) {
        this.templatesLabel = templates.label();
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setTemplateLoader(new TreeLoader(templates));
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // the tree does not change
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setLocale(Locale.forLanguageTag("sv-SE"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setForceLegacyNonListCollections(false);
        wrapper.setIterableSupport(true);
        configuration.setObjectWrapper(new ViewWrapper(wrapper));
    }

    /**
     * Freemarker's own wrapper, but each method a template reads (a view's accessor, mostly) is made accessible
     * the first time: {@code Method.invoke} on a method that is not walks the stack to find its caller on every
     * call, which was a sixth of the time templates took. What a template may read is Freemarker's choice, as
     * before; only the check of a call already allowed is skipped.
     */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        private final Set<Method> opened = ConcurrentHashMap.newKeySet();

        ViewWrapper(DefaultObjectWrapperBuilder settings) {
            super(settings, true);
        }

        @Override
        protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
                throws InvocationTargetException, IllegalAccessException, TemplateModelException {
            if (!opened.contains(method) && opened.add(method)) { // add alone locks, on every call
                try {
                    method.setAccessible(true);
                } catch (RuntimeException e) {
                    // A member of a module that is not open to us (a JDK class): it is called checked, as it was.
                }
            }
            return super.invokeMethod(object, method, args);
        }
    }

    /** A file that shows no Markdown (a stylesheet), as UTF-8. */
    public byte[] render(String templateName, Map<String, Object> model) throws RenderException {
        return render(templateName, model, null);
    }

    /**
     * The page as UTF-8, encoded while Freemarker writes it: no whole-page String between (pages reach 30 MB).
     * {@code headings} (when there are texts to show) keeps the ids of the texts' headings unique on the page.
     */
    byte[] render(String templateName, Map<String, Object> model, PageHeadings headings) throws RenderException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (Writer buffered = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 16 * 1024);
             Writer out = headings == null ? buffered : headings.page(buffered)) {
            process(templateName, model, out);
        } catch (IOException e) {
            throw new RenderException(templatesLabel + "/" + templateName + ":1:1: Sidan kunde inte skrivas: "
                    + e.getMessage(), e);
        }
        return withoutControls(bytes.toByteArray());
    }

    /**
     * A print document as text, for {@link PrintLinks} to make its links work in the PDF; it keeps heading ids
     * unique by the place each text stands in, so the texts keep the ids links name.
     */
    public String renderText(String templateName, Map<String, Object> model) throws RenderException {
        StringWriter out = new StringWriter(16 * 1024);
        process(templateName, model, out);
        return withoutControls(out.toString());
    }

    private void process(String templateName, Map<String, Object> model, Writer out) throws RenderException {
        try {
            configuration.getTemplate(templateName).process(model, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            throw new RenderException(templatesLabel + "/" + where + ":" + orOne(e.getLineNumber()) + ":"
                    + orOne(e.getColumnNumber()) + ": Mallfel: " + explain(e), e);
        } catch (IOException e) {
            throw new RenderException(templatesLabel + "/" + templateName + ":1:1: Mallen kunde inte läsas: "
                    + e.getMessage(), e);
        }
    }

    /** The refusals a template author meets when reaching for Java, in Swedish; other errors as Freemarker words them. */
    private static String explain(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        if (message.contains("api_builtin_enabled")) {
            return "?api är avstängt. En mall får bara läsa värdena den får (site, msg, page, current), aldrig anropa Java.";
        }
        if (message.startsWith("Instantiating ")) {
            return "?new är avstängt. En mall får inte skapa Java-objekt.";
        }
        return message;
    }

    /** Templates from the listing only: a name that is not a listed file is not found, whatever the disk holds. */
    private record TreeLoader(SourceTree templates) implements TemplateLoader {

        @Override
        public Object findTemplateSource(String name) {
            return templates.isFile(name) ? name : null;
        }

        @Override
        public long getLastModified(Object source) {
            return 0;
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return new InputStreamReader(templates.open((String) source), encoding);
        }

        @Override
        public void closeTemplateSource(Object source) {
        }
    }

    private static int orOne(Integer number) {
        return number == null ? 1 : number;
    }

    /**
     * The control characters HTML does not allow (C0 but tab, line feed, form feed and carriage return; DEL; C1):
     * a YAML escape ("\\0", "\\e", "\\v") puts them in a value, and they would reach the page unseen. Dropped
     * from the finished page in one pass over its bytes (a filter on Freemarker's writer, char by char, cost a
     * tenth of the build): in UTF-8 every such character is a byte below 0x20, 0x7F, or 0xC2 before 0x80-0x9F.
     */
    static byte[] withoutControls(byte[] page) {
        for (int i = 0; i < page.length; i++) {
            if (SUSPECT[page[i] & 0xFF] && (page[i] != (byte) 0xC2 || i + 1 < page.length && (page[i + 1] & 0xFF) <= 0x9F)) {
                return withoutControls(new String(page, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
        }
        return page;
    }

    /** The bytes that start a dropped character (0xC2 only when a C1 byte follows): one look-up per byte. */
    private static final boolean[] SUSPECT = new boolean[256];

    static {
        for (int b = 0; b < 0x20; b++) {
            SUSPECT[b] = b != '\t' && b != '\n' && b != '\f' && b != '\r';
        }
        SUSPECT[0x7F] = true;
        SUSPECT[0xC2] = true;
    }

    static String withoutControls(String text) {
        int first = 0;
        while (first < text.length() && !dropped(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (!dropped(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static boolean dropped(char c) {
        return c < ' ' ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= '\u007F' && c <= '\u009F';
    }
}
