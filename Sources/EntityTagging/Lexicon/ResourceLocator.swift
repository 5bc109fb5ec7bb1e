import Foundation

/// Finds the folder of compiled lexicons shipped with the module. SwiftPM puts
/// resources in a bundle next to the executable; the generated `Bundle.module`
/// accessor stops the process when that bundle is missing, so textpipe looks
/// for it itself and turns a miss into a clear set-up error instead.
enum ResourceLocator {
    static let marker = "gazetteer.tsv"
    static let environmentVariable = "TEXTPIPE_ENTITIES_DATA"

    /// The places searched, in order.
    static func candidates() -> [String] {
        var list: [String] = []
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty { list.append(env) }
        var roots: [String] = [Bundle.main.bundlePath]
        if let exe = Bundle.main.executableURL { roots.append(exe.resolvingSymlinksInPath().deletingLastPathComponent().path) }
        roots.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path)
        for bundle in Bundle.allBundles { roots.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().path) }
        for root in roots {
            for name in ["textpipe_EntityTagging.resources", "textpipe_EntityTagging.bundle"] {
                let bundle = (root as NSString).appendingPathComponent(name)
                list.append((bundle as NSString).appendingPathComponent("Resources"))
                list.append((bundle as NSString).appendingPathComponent("Contents/Resources/Resources"))
            }
        }
        // A source checkout: the files beside this module's sources.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        list.append(sources.appendingPathComponent("Resources").path)
        return list
    }

    static func bundledDirectory() -> String? {
        let fm = FileManager.default
        return candidates().first { fm.fileExists(atPath: ($0 as NSString).appendingPathComponent(marker)) }
    }
}
