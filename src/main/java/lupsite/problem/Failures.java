package lupsite.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
        if (cause instanceof AccessDeniedException denied) {
            return "Åtkomst nekad till " + denied.getFile() + ". Kontrollera att du har rätt att läsa och skriva där.";
        }
        if (cause instanceof IOException io) {
            return "En fil kunde inte läsas eller skrivas: " + Objects.requireNonNullElse(io.getMessage(), io.getClass().getSimpleName()) + ".";
        }
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? "Oväntat fel: " + name + "." : "Oväntat fel: " + name + ": " + e.getMessage();
    }
}
