import ArgumentParser
import Foundation

extension AsyncParsableCommand {
    /// Parses and runs the command the way every Yaodian tool does: a usage error (unknown option,
    /// bad value, failed `validate()`) is printed with the help hint and exits with 2 — "bad input
    /// or arguments" — instead of ArgumentParser's 64; everything else exits as the command says.
    public static func runExitingTwoOnUsageErrors() async {
        ProcessMemory.keepFreedBlocksForReuse()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
