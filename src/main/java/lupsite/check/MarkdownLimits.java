package lupsite.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import lupsite.markdown.MarkdownParser;
import lupsite.model.Markdown;

/**
 * How long a line and how deep a nesting Markdown may have. flexmark parses a line that starts with a long run
 * of {@code -}, {@code *} or {@code _} with a regular expression that recurses once per character, and renders
 * the tree recursively, so without bounds 2,000 nested list items or emphases end in a StackOverflowError (at
 * about 400 to 2,000, by the thread's stack). Both bounds are far above what a text needs and far below where
 * that happens; the time to parse a line grows with its length, so the line bound also keeps a check quick.
 */
final class MarkdownLimits {

    /** Characters in one line: a long paragraph written as one line is about 2,000. */
    static final int LINE = 10_000;
    /** Lists in lists, quotes in quotes, emphasis in emphasis, link around them: a deep real text has five. */
    static final int DEPTH = 50;

    /** Where in the source a bound is passed (an offset), and what to write instead. */
    record Excess(int offset, String message) {
    }

    private static final String TOO_DEEP = "Texten är nästlad i fler än " + DEPTH + " nivåer (listor i listor, citat "
            + "i citat eller betoning i betoning). Skriv den med högst " + DEPTH + " nivåer, till exempel som flera "
            + "listor efter varandra.";

    private MarkdownLimits() {
    }

    /** Both checks: parses the text (the parser keeps the tree) only when its lines are within bounds. */
    static Optional<Excess> excess(MarkdownParser parser, Markdown markdown) {
        return beforeParsing(markdown.source()).or(() -> inTree(parser.parse(markdown)));
    }

    /** Checks the lines before parsing, since parsing is what the first bound protects. */
    static Optional<Excess> beforeParsing(String source) {
        for (int start = 0; start <= source.length(); ) {
            int end = source.indexOf('\n', start);
            end = end < 0 ? source.length() : end;
            if (end - start > LINE) {
                return Optional.of(new Excess(start + LINE, "Raden är " + grouped(end - start) + " tecken lång; högst "
                        + grouped(LINE) + " går. Dela upp den på flera rader: en radbrytning inne i ett stycke syns inte på "
                        + "sidan, det blir ett mellanslag."));
            }
            Optional<Excess> run = markerRun(source, start, end);
            if (run.isPresent()) {
                return run;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The quote marks and the run of {@code -}, {@code *} and {@code _} (spaces between them allowed) that start a
     * line, each a level: quotes in quotes ("> > x"), list items in list items ("- - - x"), emphasis in emphasis
     * ("***x***"), or, when nothing else is on the line, a dividing line.
     */
    private static Optional<Excess> markerRun(String source, int start, int end) {
        int levels = 0;
        boolean quoted = false;
        for (int i = start; i < end && "-*_> \t".indexOf(source.charAt(i)) >= 0; i++) {
            char c = source.charAt(i);
            quoted |= c == '>';
            if (c > ' ' && ++levels > DEPTH) {
                int past = i;
                while (past < end && "-*_> \t".indexOf(source.charAt(past)) >= 0) {
                    past++;
                }
                return Optional.of(new Excess(i, past < end || quoted ? TOO_DEEP : "Raden har fler än " + DEPTH
                        + " tecken -, * eller _ i följd. En avdelande linje skrivs med tre: ---"));
            }
        }
        return Optional.empty();
    }

    /** 12 345, as Swedish writes a count. */
    private static String grouped(int count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', ' ');
    }

    /** Checks the parsed tree's nesting, without recursion, before anything renders it; the first excess in the text. */
    static Optional<Excess> inTree(Document document) {
        record Level(Node node, int depth) {
        }
        Deque<Level> todo = new ArrayDeque<>();
        todo.push(new Level(document, 0));
        while (!todo.isEmpty()) {
            Level level = todo.pop();
            // Last child first onto the stack, so the text is walked in its order.
            for (Node child = level.node().getLastChild(); child != null; child = child.getPrevious()) {
                int depth = level.depth() + (nests(child) ? 1 : 0);
                if (depth > DEPTH) {
                    return Optional.of(new Excess(child.getStartOffset(), TOO_DEEP));
                }
                todo.push(new Level(child, depth));
            }
        }
        return Optional.empty();
    }

    /** A level an editor writes; the list around its items and the paragraph in an item are part of it. */
    private static boolean nests(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof DelimitedNode
                || node instanceof LinkNode || node instanceof RefNode;
    }
}
