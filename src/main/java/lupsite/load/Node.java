package lupsite.load;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import lupsite.model.Position;

/** A YAML value as the editor wrote it, with the position of its first character. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Position position();

    /** What a value is, in the words an editor's error message uses. */
    String kindName();

    /** A mapping; entries keep the file's order, duplicate keys are reported when the tree is built. */
    record MapNode(List<Entry> entries, Position position) implements Node {

        public MapNode {
            entries = List.copyOf(entries);
        }

        public Optional<Node> get(String key) {
            return entries.stream().filter(e -> e.key().text().equals(key)).map(Entry::value).findFirst();
        }

        @Override
        public String kindName() {
            return "en samling nycklar";
        }
    }

    record Entry(ScalarNode key, Node value) {
    }

    record ListNode(List<Node> items, Position position) implements Node {

        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "en lista";
        }
    }

    /**
     * A scalar with the type YAML 1.2's core schema gives it (a quoted scalar is always text). {@code valueStart}
     * is where its text begins: after a quote, or on the first line of a block scalar ({@code |}), whose lines
     * all share that column.
     */
    record ScalarNode(String text, ScalarType type, Position position, Position valueStart) implements Node {

        @Override
        public String kindName() {
            return type.kindName;
        }

        /** The value of an {@link ScalarType#INTEGER}, of any size: 42, +42, 0o52 (octal) or 0x2A (hexadecimal). */
        public BigInteger integer() {
            if (type != ScalarType.INTEGER) {
                throw new IllegalStateException("not an integer: " + text);
            }
            return text.startsWith("0x") ? new BigInteger(text.substring(2), 16)
                    : text.startsWith("0o") ? new BigInteger(text.substring(2), 8) : new BigInteger(text);
        }
    }

    enum ScalarType {
        TEXT("text"), INTEGER("ett heltal"), DECIMAL("ett decimaltal"), BOOLEAN("sant/falskt"), NULL("ett tomt värde");

        private final String kindName;

        ScalarType(String kindName) {
            this.kindName = kindName;
        }
    }
}
