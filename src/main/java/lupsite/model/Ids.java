package lupsite.model;

import java.util.regex.Pattern;

/**
 * What an id of the content may be (a goal's, an area's, an activity's, an indicator's, a page's, a plan's):
 * lower-case letters a–z and digits, with single hyphens between them. It becomes part of an address.
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }
}
