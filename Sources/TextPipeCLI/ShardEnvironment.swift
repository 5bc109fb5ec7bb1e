import Foundation
import TextPipe

/// The shard a batch scheduler gives this process through its environment, for
/// `textpipe run` without `--shard`: the same command line then runs unchanged
/// in every task of a Slurm job array or a Kubernetes Indexed Job.
///
/// - Slurm: `SLURM_ARRAY_TASK_ID` of `SLURM_ARRAY_TASK_COUNT` tasks. Task ids
///   start at `SLURM_ARRAY_TASK_MIN` (0 for `--array=0-7`, 1 for `--array=1-8`),
///   so shard K = ID − MIN + 1. Only whole, contiguous arrays map to shards
///   this way; a stepped array or a list of ids must pass `--shard` itself.
/// - Kubernetes: `JOB_COMPLETION_INDEX` (0-based) of `TEXTPIPE_SHARD_COUNT`
///   (the Job's `completions`, which Kubernetes does not put in the environment).
///
/// `TEXTPIPE_SHARD_COUNT`, when set under Slurm, must equal the array's task
/// count: it catches an array resubmitted in part, whose ids would map to the
/// wrong shards.
struct ShardEnvironment {
    struct Resolved {
        var shard: Shard
        /// Where it came from, for the log: `SLURM_ARRAY_TASK_ID=2 (…)`.
        var origin: String
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static let countVariable = "TEXTPIPE_SHARD_COUNT"

    let environment: [String: String]

    /// nil when no scheduler variable is set: the run reads every input.
    func resolve() throws(Problem) -> Resolved? {
        if let id = value("SLURM_ARRAY_TASK_ID") {
            let taskID = try integer("SLURM_ARRAY_TASK_ID", id)
            let slurmCount = try optionalInteger("SLURM_ARRAY_TASK_COUNT")
            let pinned = try optionalInteger(Self.countVariable)
            guard let count = pinned ?? slurmCount else {
                throw Problem(description: "SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT; set \(Self.countVariable) to the number of shards, or pass --shard K/N")
            }
            if let pinned, let slurmCount, pinned != slurmCount {
                // Part of an array resubmitted: its ids no longer tell the shard.
                throw Problem(description: "this Slurm array has \(slurmCount) tasks but \(Self.countVariable) is \(pinned); resubmit the whole array (finished shards are skipped in a moment), or pass --shard K/N")
            }
            let minimum = try optionalInteger("SLURM_ARRAY_TASK_MIN") ?? 0
            if let maximum = try optionalInteger("SLURM_ARRAY_TASK_MAX"), let slurmCount, maximum - minimum + 1 != slurmCount {
                throw Problem(description: "the Slurm array (ids \(minimum)-\(maximum), \(slurmCount) tasks) is not contiguous, so its task ids cannot be mapped to shards; submit --array=0-\(count - 1) or --array=1-\(count), or pass --shard K/N")
            }
            let shard = try make(index: taskID - minimum + 1, count: count,
                                 hint: "SLURM_ARRAY_TASK_ID=\(taskID) with SLURM_ARRAY_TASK_MIN=\(minimum)")
            return Resolved(shard: shard, origin: "SLURM_ARRAY_TASK_ID=\(taskID) (ids from \(minimum), \(count) shards)")
        }
        if let index = value("JOB_COMPLETION_INDEX") {
            let completion = try integer("JOB_COMPLETION_INDEX", index)
            guard let countText = value(Self.countVariable) else {
                throw Problem(description: "JOB_COMPLETION_INDEX is set but not \(Self.countVariable); set it to the Job's `completions` in the pod's env, or pass --shard K/N")
            }
            let count = try integer(Self.countVariable, countText)
            let shard = try make(index: completion + 1, count: count, hint: "JOB_COMPLETION_INDEX=\(completion)")
            return Resolved(shard: shard, origin: "JOB_COMPLETION_INDEX=\(completion) (\(count) shards)")
        }
        return nil
    }

    private func value(_ name: String) -> String? {
        guard let v = environment[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    private func optionalInteger(_ name: String) throws(Problem) -> Int? {
        guard let text = value(name) else { return nil }
        return try integer(name, text)
    }

    private func integer(_ name: String, _ text: String) throws(Problem) -> Int {
        guard let n = Int(text) else { throw Problem(description: "\(name)=\(text) is not a whole number") }
        return n
    }

    private func make(index: Int, count: Int, hint: String) throws(Problem) -> Shard {
        guard count >= 1 else { throw Problem(description: "the number of shards must be at least 1, found \(count)") }
        guard index >= 1 && index <= count else {
            throw Problem(description: "\(hint) gives shard \(index) of \(count), outside 1...\(count); check the array range and \(Self.countVariable), or pass --shard K/N")
        }
        return Shard(index: index, count: count)
    }
}
