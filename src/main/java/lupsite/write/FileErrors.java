package lupsite.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, as a Swedish sentence: Java names only the path ("/srv/www/site.lup-site-lock")
 * or gives the system's English reason ("Is a directory"), which tells an editor nothing.
 */
public final class FileErrors {

    private FileErrors() {
    }

    public static String swedish(IOException e) {
        if (e instanceof OutputRefused) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException denied) {
            return "Programmet får inte skriva eller läsa " + denied.getFile() + " (behörighet saknas).";
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
            String reason = other.getReason() == null ? "" : other.getReason();
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
        return e.getMessage();
    }
}
