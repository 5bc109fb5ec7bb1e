/// A problem with the inputs as a whole (not one document): the run cannot start.
public enum InputError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, String)
    case noFiles([String], include: [String])

    public var description: String {
        switch self {
        case .notFound(let path):
            return "no such file or folder: \(path)"
        case .unreadable(let path, let why):
            return "cannot read \(path): \(why)"
        case .noFiles(let inputs, let include):
            return "no input files in \(inputs.joined(separator: ", ")) match \(include.joined(separator: ", ")); "
                + "check the paths, or set `input.include` in the pipeline file (or --include)"
        }
    }
}
