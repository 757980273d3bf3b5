package lupsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import lupsite.load.Node.ListNode;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.load.Node.ScalarType;
import lupsite.model.Position;
import lupsite.problem.Problems;

class YamlParserTest {

    private final Problems problems = new Problems();

    private MapNode parse(String yaml) {
        return (MapNode) YamlParser.parse(yaml, "goals.yaml", 0, problems).orElseThrow();
    }

    private List<String> messages() {
        return problems.all().stream().map(p -> p.format("content/")).toList();
    }

    @Test
    void everyValueKeepsItsPosition() {
        MapNode root = parse("""
                goals:
                  - id: battre-rehabilitering
                    horizon: 4
                """);
        ListNode goals = (ListNode) root.get("goals").orElseThrow();
        MapNode goal = (MapNode) goals.items().get(0);
        ScalarNode id = (ScalarNode) goal.get("id").orElseThrow();
        ScalarNode horizon = (ScalarNode) goal.get("horizon").orElseThrow();

        assertThat(goal.position()).isEqualTo(new Position("goals.yaml", 2, 5));
        assertThat(id.position()).isEqualTo(new Position("goals.yaml", 2, 9));
        assertThat(horizon.position()).isEqualTo(new Position("goals.yaml", 3, 14));
        assertThat(horizon.type()).isEqualTo(ScalarType.INTEGER);
        assertThat(id.type()).isEqualTo(ScalarType.TEXT);
    }

    @Test
    void plainScalarsAreTypedAsTheCoreSchemaReadsThem() {
        MapNode root = parse("""
                a: 12
                b: -3
                c: +0.5
                d: .5e3
                e: 0x1F
                f: 0o17
                g: .inf
                h: -.Inf
                i: .nan
                j: true
                k: FALSE
                l: null
                m: ~
                n:
                o: nej
                p: trueish
                q: 1,5
                r: Pågår
                s: "12"
                t: 2019-11-18
                u: ${HEM}
                """);

        assertThat(root.entries().stream().map(e -> e.key().text() + "=" + ((ScalarNode) e.value()).type()).toList())
                .containsExactly("a=INTEGER", "b=INTEGER", "c=DECIMAL", "d=DECIMAL", "e=INTEGER", "f=INTEGER",
                        "g=DECIMAL", "h=DECIMAL", "i=DECIMAL", "j=BOOLEAN", "k=BOOLEAN", "l=NULL", "m=NULL", "n=NULL",
                        "o=TEXT", "p=TEXT", "q=TEXT", "r=TEXT", "s=TEXT", "t=TEXT", "u=TEXT");
    }

    @Test
    void blockScalarTextStartsOnItsFirstIndentedLine() {
        MapNode root = parse("""
                note: |

                    Första raden.
                    Andra raden.
                """);
        ScalarNode note = (ScalarNode) root.get("note").orElseThrow();
        assertThat(note.text()).isEqualTo("\nFörsta raden.\nAndra raden.\n");
        assertThat(note.valueStart()).isEqualTo(new Position("goals.yaml", 3, 5));
    }

    @Test
    void quotedTextIsTextAndStartsAfterTheQuote() {
        ScalarNode date = (ScalarNode) parse("date: \"2019\"\n").get("date").orElseThrow();
        assertThat(date.type()).isEqualTo(ScalarType.TEXT);
        assertThat(date.valueStart()).isEqualTo(new Position("goals.yaml", 1, 8));
    }

    @Test
    void frontMatterLinesCountFromTheTopOfTheFile() {
        MapNode root = (MapNode) YamlParser.parse("id: x\ntitle: Y\n", "areas/01-x.md", 1, problems).orElseThrow();
        assertThat(root.get("title").orElseThrow().position()).isEqualTo(new Position("areas/01-x.md", 3, 8));
    }

    @Test
    void duplicateKeysAreReportedWithTheFirstLine() {
        parse("""
                title: A
                region: B
                title: C
                """);
        assertThat(messages()).containsExactly(
                "content/goals.yaml:3:1: Nyckeln \"title\" förekommer två gånger (första gången på rad 1). Ta bort den ena.");
    }

    @Test
    void aliasesAreRefusedAtTheFirstAlias() {
        assertThat(YamlParser.parse("""
                a: &x [1, 2]
                b: *x
                """, "goals.yaml", 0, problems)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/goals.yaml:1:4: YAML-ankare (&namn) stöds inte i innehållsfiler. Ta bort &-markeringen.");
    }

    @Test
    void tabsGetASwedishExplanation() {
        assertThat(YamlParser.parse("goals:\n\t- id: x\n", "goals.yaml", 0, problems)).isEmpty();
        assertThat(messages()).containsExactly("content/goals.yaml:2:1: YAML-syntaxfel: filen innehåller ett "
                + "tabbtecken. Använd mellanslag för indrag, aldrig tabb.");
    }

    @Test
    void aColonInsideTextIsExplained() {
        assertThat(YamlParser.parse("title: Mål: bättre\n", "goals.yaml", 0, problems)).isEmpty();
        assertThat(messages()).containsExactly("content/goals.yaml:1:11: YAML-syntaxfel: ett kolon står där det "
                + "inte får stå. Sätt texten inom citattecken (\"...\") om den innehåller \": \", eller kontrollera "
                + "indraget på raden ovanför.");
    }

    @Test
    void aMissingColonIsReportedOnTheKeysLineNotTheNext() {
        assertThat(YamlParser.parse("title: Plan\nregion Region Test\nowner: RS\n", "plan.yaml", 0, problems)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/plan.yaml:2:1: YAML-syntaxfel: ett kolon saknas efter nyckeln. Skriv nyckel: värde.");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpensNotWhereTheParserStumbles() {
        assertThat(YamlParser.parse("""
                title: "LUP för minskad sjukskrivning
                region: Region Test
                horizons:
                  - years: 4
                    lead: "Inom 4 år ska regionen ha:"
                """, "plan.yaml", 0, problems)).isEmpty();
        assertThat(YamlParser.parse("goals:\n  - text: 'Bättre rehabilitering\n", "goals.yaml", 0, problems)).isEmpty();
        String message = ": YAML-syntaxfel: citattecknet här stängs aldrig. Avsluta värdet med samma sorts "
                + "citattecken på samma rad, eller skriv längre text som ett block med |.";
        assertThat(messages()).containsExactly("content/goals.yaml:2:11" + message, "content/plan.yaml:1:8" + message);
    }

    @Test
    void quotesInBlockTextAreNotTakenForTheMistake() {
        assertThat(YamlParser.parse("""
                comment: |
                  "Vi har
                  kommit långt" sa hon.
                title: A
                 region: B
                """, "goals.yaml", 0, problems)).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("content/goals.yaml:5:");
    }
}
