package lupsite.render;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.apache.fontbox.ttf.TTFParser;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import lupsite.load.SourceTree;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Renders an XHTML print document to a tagged PDF/UA-1 + PDF/A (2a by default)
 * file with openhtmltopdf on PDFBox 3.
 *
 * <ul>
 *   <li>Fonts come only from the given directory (shipped with the project), never
 *       from the system. They are loaded with OpenType GSUB <b>disabled</b>, so PDFBox 3
 *       does not replace "fi"/"fl" with ligature glyphs (which would break text
 *       extraction and search).</li>
 *   <li>Output is byte-for-byte reproducible: dates come from {@link PdfMetadata}, the
 *       XMP packet is written here (no timestamps or random UUIDs), the trailer /ID is a
 *       hash of the inputs, and PDFBox's subset tags are a hash of the used glyphs.</li>
 * </ul>
 *
 * One instance can be reused for many renders (font and ICC bytes are read once) and by several threads
 * at once: each render has its own document and fonts.
 */
public final class PdfRenderer {

    /** One TTF file and the CSS family/weight/style it provides. */
    public record FontFace(String file, String family, int weight, FontStyle style) {}

    /**
     * Noto Sans (text: Latin incl. å ä ö é …) with DejaVu Sans as glyph fallback for the
     * status symbols ● ◐ ○ ✔ ◔ ✕ that Noto Sans lacks. CSS must say
     * {@code font-family: "Noto Sans", "DejaVu Sans";} so openhtmltopdf falls back per glyph.
     */
    public static final List<FontFace> DEFAULT_FONTS = List.of(
            new FontFace("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            new FontFace("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            new FontFace("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            new FontFace("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new FontFace("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL));

    private static final List<String> GENERIC_FAMILIES = List.of("serif", "sans-serif", "monospace");

    private static final String PRODUCER = Generator.NAME + " (openhtmltopdf 1.1.65, Apache PDFBox 3.0.7)";

    static {
        // openhtmltopdf logs every font load and link at INFO; a build prints only what an editor needs.
        XRLog.setLoggingEnabled(false);
    }

    private final Map<FontFace, byte[]> fonts = new LinkedHashMap<>();
    private final byte[] iccProfile;
    /** PDF/A-2a: archival and tagged; passes veraPDF together with PDF/UA-1 (so do 2u, 3a and 3u). */
    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

    /**
     * Reads the fonts from {@code fontDir} and the colour profile at {@code iccProfile}, both in {@code templates};
     * a font is parsed once here, so a missing or broken one stops the build with its name before any PDF.
     */
    public PdfRenderer(SourceTree templates, String fontDir, String iccProfile) throws RenderException {
        for (FontFace face : DEFAULT_FONTS) {
            String path = fontDir + "/" + face.file();
            byte[] data = resource(templates, path, "Typsnittet");
            try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                parsed.getNumberOfGlyphs();
            } catch (IOException | RuntimeException e) {
                throw new RenderException(templates.label() + "/" + path + ":1:1: Typsnittet kunde inte läsas: det är "
                        + "inget TrueType-typsnitt, eller filen är skadad. " + RESTORE, e);
            }
            fonts.put(face, data);
        }
        this.iccProfile = resource(templates, iccProfile, "Färgprofilen");
    }

    private static final String RESTORE = "Kopiera tillbaka filen från lup-site:s mallar (templates/), eller bygg "
            + "utan PDF med --no-pdf.";

    private static byte[] resource(SourceTree templates, String path, String what) throws RenderException {
        String where = templates.label() + "/" + path + ":1:1: ";
        if (!templates.isFile(path)) {
            throw new RenderException(where + what + " saknas; PDF:erna behöver det. " + RESTORE, null);
        }
        try {
            return templates.read(path);
        } catch (IOException e) {
            throw new RenderException(where + what + " kunde inte läsas (" + e.getMessage() + "). " + RESTORE, e);
        }
    }

    /**
     * @param html    the print document (HTML5; parsed with jsoup, so it need not be well-formed XML)
     * @param baseUri  base URI for relative resources (images, CSS), e.g. {@code dir.toUri().toString()}
     * @param siteRoot what links to site pages start with in the PDF: {@code ../} (the site beside {@code pdf/}) or
     *                 the published site's absolute address
     * @param meta     title, language and fixed dates
     * @return the PDF bytes
     */
    public byte[] render(String html, String baseUri, String siteRoot, PdfMetadata meta) throws IOException {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
        PrintLinks.resolve(parsed, siteRoot);
        addBookmarks(parsed);
        List<TrueTypeFont> openFonts = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useUnicodeLineBreaker(new WholeWordLineBreaker());
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), baseUri);
            // The print document is complete as it is (CSS inlined, charts inline, fonts given here): no URI in it
            // is opened, so nothing is read from disk or network past the templates and content listings.
            builder.useUriResolver((base, uri) -> null);
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(CONFORMANCE);
            builder.useColorProfile(iccProfile);
            builder.withProducer(PRODUCER);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE,
                    SvgExternalResourceMode.SECURE));

            String primaryFamily = fonts.keySet().iterator().next().family();
            for (Map.Entry<FontFace, byte[]> e : fonts.entrySet()) {
                FontFace face = e.getKey();
                byte[] data = e.getValue();
                // Document text: a PDFont we create ourselves, with GSUB disabled (no ligatures).
                NoGsubFontSupplier pdFont = new NoGsubFontSupplier(doc, data, openFonts);
                builder.useFont(pdFont, face.family(), face.weight(), face.style(), true);
                if (face.family().equals(primaryFamily)) {
                    // PDF/A mode disables the built-in PDF fonts, so text in an unstyled context
                    // (e.g. @page margin boxes default to "serif") would throw FontNotFoundException.
                    // Map the CSS generic families onto the primary shipped font.
                    for (String generic : GENERIC_FAMILIES) {
                        builder.useFont(pdFont, generic, face.weight(), face.style(), true);
                    }
                }
                // SVG text (Batik draws it as outlines through AWT): same shipped file, SVG use only.
                FSSupplier<InputStream> stream = () -> new ByteArrayInputStream(data);
                builder.useFont(stream, face.family(), face.weight(), face.style(), true,
                        EnumSet.of(FSFontUseCase.SVG));
                if (face.family().equals(primaryFamily)) {
                    // openhtmltopdf's SVG font resolver has no default; Batik then falls back to AWT, i.e.
                    // system fonts. Map generic families to ours; SVGs should name "Noto Sans" or a generic.
                    for (String generic : GENERIC_FAMILIES) {
                        builder.useFont(stream, generic, face.weight(), face.style(), true,
                                EnumSet.of(FSFontUseCase.SVG));
                    }
                }
            }

            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                applyMetadata(doc, meta, documentId(html, meta));
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                // Save while the renderer (and its fonts) are still open: subsetting happens here.
                doc.save(out);
                return out.toByteArray();
            }
        } finally {
            for (TrueTypeFont ttf : openFonts) {
                try {
                    ttf.close();
                } catch (IOException ignored) {
                    // nothing useful to do
                }
            }
        }
    }

    /**
     * Loads a TTF through fontbox's TTFParser, switches GSUB off and wraps it as a subset-embedded
     * Type0/CIDFontType2 font. Lazily: openhtmltopdf calls supply() only when the face is needed.
     * PDFBox 3's content stream applies GSUB (ligatures etc.) to any PDType0Font whose
     * TrueTypeFont reports GSUB data; {@link TrueTypeFont#setEnableGsub(boolean)} makes
     * getGsubData() return NO_DATA_FOUND, so every character stays its own glyph.
     */
    private static final class NoGsubFontSupplier extends PDFontSupplier {
        private final PDDocument doc;
        private final byte[] data;
        private final List<TrueTypeFont> openFonts;
        private PDFont font;

        NoGsubFontSupplier(PDDocument doc, byte[] data, List<TrueTypeFont> openFonts) {
            super(null);
            this.doc = doc;
            this.data = data;
            this.openFonts = openFonts;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
                    ttf.setEnableGsub(false);
                    openFonts.add(ttf);
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /**
     * A PDF bookmark (outline entry) for every heading, nested by level: openhtmltopdf reads them from a
     * {@code <bookmarks>} element in the head. Headings without an id get one.
     */
    static void addBookmarks(org.jsoup.nodes.Document document) {
        Element root = document.head().appendElement("bookmarks");
        Element[] open = new Element[7];
        open[0] = root;
        int counter = 0;
        for (Element heading : document.body().select("h1, h2, h3, h4")) {
            if (heading.id().isEmpty()) {
                heading.id("rubrik-" + ++counter);
            }
            int level = heading.tagName().charAt(1) - '0';
            Element parent = root;
            for (int l = level - 1; l >= 1; l--) {
                if (open[l] != null) {
                    parent = open[l];
                    break;
                }
            }
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
            open[level] = bookmark;
            for (int deeper = level + 1; deeper < open.length; deeper++) {
                open[deeper] = null;
            }
        }
    }

    /**
     * Line breaks as Java's Swedish line breaker finds them, except inside a word joined by a hyphen or a
     * slash ("web-utbildningar", "2014-12-31", "läkarundersökning/läkarkontakt"): broken there, the PDF's
     * text reads "web- utbildningar" and a search for the word fails. Nor right after a suspended hyphen
     * ("AT- och ST-läkare"), which text extraction would take for a hyphenated word and join ("AToch").
     */
    static final class WholeWordLineBreaker implements FSTextBreaker {
        private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("sv-SE"));
        private String text = "";

        @Override
        public void setText(String newText) {
            text = newText;
            lines.setText(newText);
        }

        @Override
        public int next() {
            int position = lines.next();
            while (position != BreakIterator.DONE && insideJoinedWord(position)) {
                position = lines.next();
            }
            return position;
        }

        private boolean insideJoinedWord(int position) {
            if (position <= 0 || position >= text.length()) {
                return false;
            }
            char before = text.charAt(position - 1);
            char after = text.charAt(position);
            boolean afterSuspendedHyphen = position >= 3 && Character.isWhitespace(before)
                    && text.charAt(position - 2) == '-' && Character.isLetterOrDigit(text.charAt(position - 3));
            return afterSuspendedHyphen || (before == '-' || before == '/' || after == '/')
                    && !Character.isWhitespace(before) && !Character.isWhitespace(after);
        }
    }

    // ---------------------------------------------------------------- metadata

    private static void applyMetadata(PDDocument doc, PdfMetadata meta, byte[] id) throws IOException {
        Calendar created = calendar(meta.creationDate());
        Calendar modified = calendar(meta.modDate());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        if (meta.author() != null) info.setAuthor(meta.author());
        if (meta.subject() != null) info.setSubject(meta.subject());
        if (meta.keywords() != null) info.setKeywords(meta.keywords());
        info.setCreator(meta.creatorTool());
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(modified);
        doc.setDocumentInformation(info);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        PDViewerPreferences prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            catalog.setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);

        // Replace openhtmltopdf's XMP (which carries the wall-clock creation date) with ours.
        PDMetadata xmp = new PDMetadata(doc);
        xmp.importXMPMetadata(xmp(meta, id).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);

        COSArray idArray = new COSArray();
        idArray.add(new COSString(id));
        idArray.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, idArray);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return c;
    }

    private static final DateTimeFormatter XMP_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

    private static String xmp(PdfMetadata m, byte[] id) {
        String uuid = "uuid:" + UUID.nameUUIDFromBytes(id);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
          .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
          .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        sb.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
          .append("   <dc:format>application/pdf</dc:format>\n")
          .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Markup.escape(m.title()))
          .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (m.author() != null) {
            sb.append("   <dc:creator><rdf:Seq><rdf:li>").append(Markup.escape(m.author()))
              .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (m.subject() != null) {
            sb.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Markup.escape(m.subject()))
              .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        sb.append("   <dc:language><rdf:Bag><rdf:li>").append(Markup.escape(m.language()))
          .append("</rdf:li></rdf:Bag></dc:language>\n")
          .append("  </rdf:Description>\n");

        sb.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
          .append("   <xmp:CreatorTool>").append(Markup.escape(m.creatorTool())).append("</xmp:CreatorTool>\n")
          .append("   <xmp:CreateDate>").append(XMP_DATE.format(m.creationDate())).append("</xmp:CreateDate>\n")
          .append("   <xmp:ModifyDate>").append(XMP_DATE.format(m.modDate())).append("</xmp:ModifyDate>\n")
          .append("   <xmp:MetadataDate>").append(XMP_DATE.format(m.modDate())).append("</xmp:MetadataDate>\n")
          .append("  </rdf:Description>\n");

        sb.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
          .append("   <pdf:Producer>").append(Markup.escape(PRODUCER)).append("</pdf:Producer>\n");
        if (m.keywords() != null) {
            sb.append("   <pdf:Keywords>").append(Markup.escape(m.keywords())).append("</pdf:Keywords>\n");
        }
        sb.append("  </rdf:Description>\n");

        sb.append("  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
          .append("   <xmpMM:DocumentID>").append(uuid).append("</xmpMM:DocumentID>\n")
          .append("   <xmpMM:InstanceID>").append(uuid).append("</xmpMM:InstanceID>\n")
          .append("  </rdf:Description>\n");

        if (CONFORMANCE != PdfAConformance.NONE) {
            sb.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
              .append("   <pdfaid:part>").append(CONFORMANCE.getPart()).append("</pdfaid:part>\n")
              .append("   <pdfaid:conformance>").append(CONFORMANCE.getConformanceValue())
              .append("</pdfaid:conformance>\n")
              .append("  </rdf:Description>\n");
        }

        sb.append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
          .append("   <pdfuaid:part>1</pdfuaid:part>\n")
          .append("  </rdf:Description>\n");

        // pdfuaid is not one of PDF/A's predefined XMP schemas, so PDF/A requires an extension
        // schema description for it (ISO 19005-2, 6.6.2.3).
        sb.append("  <rdf:Description rdf:about=\"\"")
          .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
          .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
          .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
          .append("   <pdfaExtension:schemas><rdf:Bag>\n")
          .append("    <rdf:li rdf:parseType=\"Resource\">\n")
          .append("     <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
          .append("     <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
          .append("     <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
          .append("     <pdfaSchema:property><rdf:Seq>\n")
          .append("      <rdf:li rdf:parseType=\"Resource\">\n")
          .append("       <pdfaProperty:name>part</pdfaProperty:name>\n")
          .append("       <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
          .append("       <pdfaProperty:category>internal</pdfaProperty:category>\n")
          .append("       <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
          .append("      </rdf:li>\n")
          .append("     </rdf:Seq></pdfaSchema:property>\n")
          .append("    </rdf:li>\n")
          .append("   </rdf:Bag></pdfaExtension:schemas>\n")
          .append("  </rdf:Description>\n");

        sb.append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return sb.toString();
    }


    /** 16 bytes of SHA-256 over everything that determines the output. */
    private static byte[] documentId(String xhtml, PdfMetadata meta) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(xhtml.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(meta.toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(CONFORMANCE.name().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
