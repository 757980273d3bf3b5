package lupsite.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lupsite.edit.KoladaImport;

/**
 * Kolada without the network: the recorded answers in src/test/resources/kolada/ by URL, and every URL asked for,
 * so a test can say which requests were made. A URL with no recording is answered as Kolada answers an unknown
 * route.
 */
public final class RecordedKolada implements KoladaImport.Http {

    private static final String DATA = KoladaImport.BASE_URL + "/data/kpi/N99999/municipality/0023,0000/year/2019,2020,2021";
    private static final Map<String, String> ANSWERS = Map.of(
            DATA, "data-page-1.json",
            DATA + "?page=2", "data-page-2.json",
            KoladaImport.BASE_URL + "/kpi/N99999", "kpi.json",
            KoladaImport.BASE_URL + "/municipality/0023,0000", "municipality.json");

    public static final KoladaImport.Request REQUEST =
            new KoladaImport.Request("sjukpenningdagar", "N99999", List.of("0023", "0000"), List.of(2019, 2020, 2021));

    public final List<String> asked = new ArrayList<>();

    @Override
    public String get(URI uri) throws IOException, KoladaImport.Failed {
        asked.add(uri.toString());
        String file = ANSWERS.get(uri.toString());
        if (file == null) {
            throw new KoladaImport.Failed("Kolada svarade med HTTP 404 på " + uri + ". Kontrollera nyckeltalets id och "
                    + "kommun-id:na.");
        }
        try (InputStream in = RecordedKolada.class.getResourceAsStream("/kolada/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
