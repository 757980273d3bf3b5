package lupsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * Reads a content file as UTF-8 (with or without BOM, CRLF or LF). A file in another encoding is refused with
 * the position of its first bad byte rather than shown as mojibake; a huge file is refused before it is read.
 */
public final class SourceReader {

    /** No real content file comes near this; a bigger one is a mistake (a pasted export, a binary). */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private SourceReader() {
    }

    /** Reads {@code relativePath} from {@code tree} (so never through a link). */
    public static Optional<SourceFile> read(SourceTree tree, String relativePath, Problems problems) {
        return bytes(tree, relativePath, problems).flatMap(bytes -> decode(bytes, relativePath, problems));
    }

    /** The file's bytes (a workbook is not text), refused like any content file when it is too big. */
    public static Optional<byte[]> bytes(SourceTree tree, String relativePath, Problems problems) {
        try {
            long size = tree.size(relativePath);
            if (size > MAX_BYTES) {
                problems.error(Position.ofFile(relativePath), String.format(
                        "Filen är för stor (%d kB). En innehållsfil får vara högst %d kB; dela upp texten eller "
                                + "kontrollera att rätt fil har sparats här.", size / 1024, MAX_BYTES / 1024));
                return Optional.empty();
            }
            return Optional.of(tree.read(relativePath));
        } catch (IOException e) {
            problems.error(Position.ofFile(relativePath), "Filen kunde inte läsas: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<SourceFile> decode(byte[] bytes, String relativePath, Problems problems) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Optional.of(new SourceFile(relativePath, text.replace("\r\n", "\n").replace('\r', '\n')));
        } catch (CharacterCodingException e) {
            problems.error(firstBadByte(bytes, start, relativePath),
                    "Filen är inte sparad som UTF-8 (tecknet här kan inte läsas, troligen å, ä eller ö sparat som "
                            + "Windows-1252/ANSI). Spara filen som UTF-8 i din editor och försök igen.");
            return Optional.empty();
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Decodes prefix by prefix to find the line and column (in characters) of the first undecodable byte. */
    private static Position firstBadByte(byte[] bytes, int start, String relativePath) {
        int line = 1;
        int column = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            if (length == 0 || i + length > bytes.length || !continuationBytes(bytes, i + 1, length - 1)) {
                return new Position(relativePath, line, column);
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += length;
        }
        return new Position(relativePath, line, column);
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
