import Dispatch

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
}
