import MLCoachCLI
import MLCoachResources

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let builtIn = BundledResources.files.map { ProblemBank.File(path: $0.path, text: $0.text) }
let status = MLCoachCLI.run(Array(CommandLine.arguments.dropFirst()), host: LiveHost(), builtIn: builtIn)
exit(status)
