import Dispatch
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Maps an array on all cores. Decoding thousands of session files is CPU-bound and independent per
/// file, so it scales with the core count; results keep the input order.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: inputs.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Chunks keep the per-task overhead small; several per core balance uneven file sizes.
        let chunkSize = max(1, inputs.count / 64)
        let chunks = (inputs.count + chunkSize - 1) / chunkSize
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            for index in start..<min(inputs.count, start + chunkSize) {
                // Each index is written by exactly one task.
                output[index] = transform(inputs[index])
            }
        }
        return results.map { $0! }
    }

    /// Runs `background` on a thread of its own while `foreground` runs on the calling thread, and
    /// returns both results: a warm `history`, `stats` or `next` stats every session file while it reads
    /// the index. A plain thread, started at once: a dispatch queue's pool starts its threads lazily,
    /// and a run this short is over before it would help. The work that allocates most belongs in
    /// `foreground`, whose allocations stay in the main thread's heap.
    static func both<Background: Sendable, Foreground>(
        background: @escaping @Sendable () -> Background, foreground: () -> Foreground
    ) -> (Background, Foreground) {
        let result = ResultBox<Background>()
        let job = BackgroundJob { result.value = background() }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<BackgroundJob>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard started == 0 else {
            // No thread to be had: one after the other.
            Unmanaged<BackgroundJob>.fromOpaque(context).release()
            return (background(), foreground())
        }
        let foregroundResult = foreground()
        pthread_join(thread, nil)
        return (result.value!, foregroundResult)
    }
}

/// The work of ``ParallelMap/both(background:foreground:)``'s thread.
private final class BackgroundJob: Sendable {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) {
        self.run = run
    }
}

/// Where that thread leaves its result: written before the thread ends, read after `pthread_join`
/// (which orders the two).
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
