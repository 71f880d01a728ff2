import Foundation
import PackagePlugin

/// Embeds every JSON file under the package's `Resources/` folder into the target as Swift source,
/// so the built binary carries its problem bank and works wherever it is copied.
///
/// SwiftPM caches the commands a plugin returns and re-plans only when a target's folder changes
/// (swift-package-manager#7891). `Sources/MLCoachResources/Bank` is a symbolic link to `Resources/`
/// (excluded from compilation), so adding or removing a problem file re-plans the build and runs
/// this plugin again; editing a file reruns the command because every file is a declared input.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appending(path: "Resources")
        let inputs = jsonFiles(under: resources)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) resource files",
                executable: try context.tool(named: "EmbedResources").url,
                arguments: [resources.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func jsonFiles(under folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "json" {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
