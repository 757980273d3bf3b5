package lupsite.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import lupsite.load.Node.Entry;
import lupsite.load.Node.ListNode;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.load.Node.ScalarType;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * Builds a {@link Node} tree from YAML parser events, so that every value keeps its own position. Aliases,
 * anchors, tags and multiple documents are refused: editors never need them, and refusing aliases is what
 * makes a "billion laughs" document fail at its first alias instead of exhausting memory.
 */
public final class YamlParser {

    private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);
    private static final int MAX_DEPTH = 50;

    private YamlParser() {
    }

    /**
     * Parses {@code text}; {@code lineOffset} is added to every line so that front matter reports the lines
     * of the whole Markdown file. Returns empty (with a problem added) when the YAML cannot be read.
     */
    public static Optional<Node> parse(String text, String file, int lineOffset, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit((int) SourceReader.MAX_BYTES)
                .build();
        Builder builder = new Builder(text, file, lineOffset);
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext()) {
                builder.accept(events.next());
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> problemMark = e.getProblemMark().or(e::getContextMark);
            Optional<int[]> quote = YamlMessages.unclosedQuote(text, problemMark.map(Mark::getLine).orElse(0));
            if (quote.isPresent()) {
                // A quote left open swallows the lines after it; the parser stumbles only at the next quote.
                problems.error(new Position(file, quote.get()[0] + 1 + lineOffset, quote.get()[1] + 1),
                        YamlMessages.UNCLOSED_QUOTE);
                return Optional.empty();
            }
            Optional<Mark> mark = YamlMessages.atContext(e.getProblem()) ? e.getContextMark().or(() -> problemMark)
                    : problemMark;
            Position at = mark.map(builder::position).orElse(new Position(file, 1 + lineOffset, 1));
            problems.error(at, YamlMessages.translate(e.getProblem()));
            return Optional.empty();
        } catch (ReaderException e) {
            // The reader names the chunk it was reading, not the character, so the character is found here.
            problems.error(firstOf(e.getCodePoint(), text, file, lineOffset), YamlMessages.unprintable(e.getCodePoint()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(new Position(file, 1 + lineOffset, 1), YamlMessages.translate(e.getMessage()));
            return Optional.empty();
        } catch (Refused e) {
            problems.error(e.position, e.getMessage());
            return Optional.empty();
        }
        builder.duplicateKeys.forEach(problems::add);
        // Only comments or blank lines: an empty mapping, so the schema names every key that is missing.
        return Optional.of(builder.root == null ? new MapNode(List.of(), new Position(file, 1 + lineOffset, 1)) : builder.root);
    }

    /** Where {@code codePoint} first stands in {@code text}, the column counted in code points as the parser does. */
    private static Position firstOf(int codePoint, String text, String file, int lineOffset) {
        int at = Math.max(text.indexOf(Character.toString(codePoint)), 0);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new Position(file, line + 1 + lineOffset, text.codePointCount(lineStart, at) + 1);
    }

    /** A construct this format does not allow; stops the parse at its position. */
    private static final class Refused extends RuntimeException {
        private final Position position;

        Refused(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }

    private static final class Builder {
        private final String text;
        private final String file;
        private final int lineOffset;
        private final Deque<Open> open = new ArrayDeque<>();
        private final List<lupsite.problem.Problem> duplicateKeys = new ArrayList<>();
        private Node root;
        private int documents;
        // Where the last block scalar started, in code points and in chars: events come in file order, so
        // converting the next mark walks on from here instead of from the top (quadratic in big files).
        private int cursorCodePoints;
        private int cursorChars;

        Builder(String text, String file, int lineOffset) {
            this.text = text;
            this.file = file;
            this.lineOffset = lineOffset;
        }

        Position position(Mark mark) {
            return new Position(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }

        Position start(Event event) {
            return event.getStartMark().map(this::position).orElse(new Position(file, 1 + lineOffset, 1));
        }

        void accept(Event event) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw new Refused(start(event), "Filen innehåller mer än ett YAML-dokument (en rad med "
                                + "bara ---). Ta bort raden; en innehållsfil är ett enda dokument.");
                    }
                }
                case Alias -> throw new Refused(start(event), "YAML-alias (*namn) stöds inte i innehållsfiler. "
                        + "Skriv ut värdet i stället för att hänvisa till det.");
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    refuseAnchorOrTag(event, scalar.getAnchor().isPresent(), scalar.getTag().isPresent()
                            && !scalar.getTag().get().equals("!"));
                    add(new ScalarNode(scalar.getValue(), type(scalar), start(event), valueStart(scalar)));
                }
                case MappingStart, SequenceStart -> {
                    org.snakeyaml.engine.v2.events.CollectionStartEvent collection =
                            (org.snakeyaml.engine.v2.events.CollectionStartEvent) event;
                    refuseAnchorOrTag(event, collection.getAnchor().isPresent(), collection.getTag().isPresent());
                    if (open.size() >= MAX_DEPTH) {
                        throw new Refused(start(event), "Strukturen är nästlad djupare än " + MAX_DEPTH
                                + " nivåer. Kontrollera indragen.");
                    }
                    open.push(new Open(event.getEventId() == Event.ID.MappingStart, start(event)));
                }
                case MappingEnd, SequenceEnd -> {
                    Open done = open.pop();
                    add(done.isMap ? new MapNode(done.entries(), done.position) : new ListNode(done.items, done.position));
                }
                default -> {
                    // StreamStart, StreamEnd, DocumentEnd and comments carry no content.
                }
            }
        }

        /** For a block scalar, the first non-blank content line's indentation; else just past any quote. */
        private Position valueStart(ScalarEvent scalar) {
            Position start = start(scalar);
            if (scalar.isLiteral() || scalar.isFolded()) {
                // Marks count code points; the text is indexed in chars.
                int index = charIndex(scalar.getStartMark().map(Mark::getIndex).orElse(0));
                int line = start.line();
                int lineStart = text.indexOf('\n', index) + 1;
                while (lineStart > 0 && lineStart < text.length() && text.charAt(lineStart) == '\n') {
                    lineStart++;
                    line++;
                }
                int column = 1;
                while (lineStart > 0 && lineStart + column - 1 < text.length() && text.charAt(lineStart + column - 1) == ' ') {
                    column++;
                }
                return new Position(file, line + 1, column);
            }
            return scalar.isPlain() ? start : new Position(file, start.line(), start.column() + 1);
        }

        private int charIndex(int codePoints) {
            if (codePoints < cursorCodePoints) {
                cursorCodePoints = 0;
                cursorChars = 0;
            }
            cursorChars = text.offsetByCodePoints(cursorChars, codePoints - cursorCodePoints);
            cursorCodePoints = codePoints;
            return cursorChars;
        }

        private void refuseAnchorOrTag(Event event, boolean anchor, boolean tag) {
            if (anchor) {
                throw new Refused(start(event), "YAML-ankare (&namn) stöds inte i innehållsfiler. "
                        + "Ta bort &-markeringen.");
            }
            if (tag) {
                throw new Refused(start(event), "YAML-taggar (!tagg) stöds inte i innehållsfiler. "
                        + "Ta bort taggen; sätt text inom citattecken om den börjar med !.");
            }
        }

        private void add(Node node) {
            if (open.isEmpty()) {
                root = node;
                return;
            }
            Open parent = open.peek();
            if (!parent.isMap) {
                parent.items.add(node);
            } else if (parent.pendingKey == null) {
                if (!(node instanceof ScalarNode key)) {
                    throw new Refused(node.position(), "En nyckel måste vara ett enkelt ord, inte "
                            + node.kindName() + ".");
                }
                Position first = parent.keys.putIfAbsent(key.text(), key.position());
                if (first != null) {
                    duplicateKeys.add(lupsite.problem.Problem.error(key.position(), "Nyckeln \"" + key.text()
                            + "\" förekommer två gånger (första gången på rad " + first.line()
                            + "). Ta bort den ena."));
                }
                parent.pendingKey = key;
            } else {
                parent.entries.add(new Entry(parent.pendingKey, node));
                parent.pendingKey = null;
            }
        }

        private static ScalarType type(ScalarEvent scalar) {
            if (!scalar.isPlain() || !mayBeOtherThanText(scalar.getValue())) {
                return ScalarType.TEXT;
            }
            Tag tag = RESOLVER.resolve(scalar.getValue(), true);
            if (tag.equals(Tag.INT)) {
                return ScalarType.INTEGER;
            }
            if (tag.equals(Tag.FLOAT)) {
                return ScalarType.DECIMAL;
            }
            if (tag.equals(Tag.BOOL)) {
                return ScalarType.BOOLEAN;
            }
            if (tag.equals(Tag.NULL)) {
                return ScalarType.NULL;
            }
            return ScalarType.TEXT;
        }
    }

    /**
     * Whether the core schema could read a plain scalar as anything but a string: null, a boolean or a number
     * start with one of these characters (or are empty). Most scalars are words and keys, and the resolver
     * tries its patterns on every one.
     */
    private static boolean mayBeOtherThanText(String value) {
        if (value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        return first >= '0' && first <= '9' || "+-.~nNtTfF".indexOf(first) >= 0;
    }

    private static final class Open {
        final boolean isMap;
        final Position position;
        final List<Node> items = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();
        final Map<String, Position> keys = new HashMap<>();
        ScalarNode pendingKey;

        Open(boolean isMap, Position position) {
            this.isMap = isMap;
            this.position = position;
        }

        List<Entry> entries() {
            return entries;
        }
    }
}
