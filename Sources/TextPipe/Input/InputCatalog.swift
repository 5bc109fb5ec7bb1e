import Foundation

/// Lists the files a run reads: every file given, and every file under every
/// folder given that matches the include globs and none of the exclude globs,
/// in a fixed order (arguments in the order given, files by path), so that the
/// output order never depends on the file system.
public enum InputCatalog {
    public static let jsonlExtensions: Set<String> = ["jsonl", "ndjson"]

    public static func files(inputs: [String], include: [String], exclude: [String],
                             jsonlFormat: Bool = false) throws(InputError) -> [InputFile] {
        let includeGlobs = include.map(Glob.init)
        let excludeGlobs = exclude.map(Glob.init)
        let fm = FileManager.default
        var files: [InputFile] = []
        var usedIDs: Set<String> = []

        func add(path: String, relative: String) {
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            var id = Paths.removingExtension(relative)
            if usedIDs.contains(id) { id = relative }
            var n = 2
            while usedIDs.contains(id) {
                id = "\(relative)~\(n)"
                n += 1
            }
            usedIDs.insert(id)
            let isJSONL = jsonlFormat || jsonlExtensions.contains(Paths.fileExtension(of: path))
            files.append(InputFile(path: path, relativePath: relative, id: id, isJSONL: isJSONL, size: size))
        }

        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else { throw .notFound(input) }
            if !isDirectory.boolValue {
                add(path: input, relative: Paths.fileName(of: input))
                continue
            }
            guard let walker = fm.enumerator(atPath: input) else { throw .unreadable(input, "cannot list the folder") }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = Paths.fileName(of: relative)
                if name.hasPrefix(".") {
                    // Hidden files and folders (.git, .DS_Store) are never documents.
                    if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                guard (walker.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory else { continue }
                guard includeGlobs.contains(where: { $0.matches(relative) }),
                      !excludeGlobs.contains(where: { $0.matches(relative) }) else { continue }
                found.append(relative)
            }
            found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for relative in found { add(path: Paths.join(input, relative), relative: relative) }
        }
        return files
    }
}
