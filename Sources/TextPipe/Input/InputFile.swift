/// One file to read, with the id its document will get.
public struct InputFile: Sendable, Equatable {
    /// The path to open (the input argument joined with the relative path).
    public var path: String
    /// The path relative to the input folder it was found in (its name, for a file given directly).
    public var relativePath: String
    /// The document id: the relative path without its extension, unless that
    /// collides with an earlier file's id.
    public var id: String
    public var isJSONL: Bool
    public var size: Int
}
