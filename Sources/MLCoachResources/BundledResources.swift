/// Access to the problem bank that was embedded into the binary at build time.
public enum BundledResources {
    /// The embedded files as (path relative to Resources/, text) pairs, sorted by path.
    public static var files: [(path: String, text: String)] { EmbeddedResources.files }
}
