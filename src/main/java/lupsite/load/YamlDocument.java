package lupsite.load;

/** A YAML file that parsed; {@code root} is what it holds. */
public record YamlDocument(String path, Node root) {
}
