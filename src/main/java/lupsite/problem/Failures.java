package lupsite.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Objects;

/** A failure no check foresaw (thrown, not reported), told as the preview and the commands tell it. */
public final class Failures {

    private Failures() {
    }

    /** What went wrong, in a sentence for the editor rather than a stack trace. */
    public static String explain(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "Något i innehållet eller mallarna är nästlat i för många nivåer för att kunna byggas "
                    + "(StackOverflowError), till exempel listor i listor eller en mall som anropar sig själv. "
                    + "Ändra det du sparade senast.";
        }
        if (e instanceof OutOfMemoryError) {
            return "Minnet tog slut under bygget (OutOfMemoryError). Ändra det du sparade senast; en fil eller "
                    + "mall som gör en mycket stor sida är den troliga orsaken.";
        }
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return "En fil eller mapp försvann medan den lästes: " + missing.getFile() + ". Spara igen.";
        }
        if (cause instanceof IOException io) {
            return ofFile(io);
        }
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? "Oväntat fel: " + name + "." : "Oväntat fel: " + name + ": " + e.getMessage();
    }

    /**
     * What went wrong with a file: Java names only the path ("/srv/www/site.lup-site-lock") or gives the
     * system's English reason ("Is a directory"), which tells an editor nothing.
     */
    public static String ofFile(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "Åtkomst nekad till " + denied.getFile() + ". Kontrollera att du har rätt att läsa och skriva där.";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " finns inte.";
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " är inte en mapp.";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " finns redan.";
        }
        if (e instanceof DirectoryNotEmptyException notEmpty) {
            return "Mappen " + notEmpty.getFile() + " är inte tom.";
        }
        if (e instanceof FileSystemException other) {
            String reason = Objects.requireNonNullElse(other.getReason(), "");
            String why = switch (reason) {
                case "No space left on device" -> "disken är full";
                case "Read-only file system" -> "filsystemet är skrivskyddat";
                case "Is a directory" -> "det är en mapp, inte en fil";
                case "Not a directory" -> "en del av sökvägen är inte en mapp";
                case "Device or resource busy" -> "den används av något annat";
                default -> reason.isEmpty() ? "okänt fel" : "systemet säger: " + reason;
            };
            return "Filen " + other.getFile() + " gick inte att använda: " + why + ".";
        }
        return "En fil kunde inte läsas eller skrivas: "
                + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()) + ".";
    }
}
