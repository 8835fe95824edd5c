#if canImport(Glibc)
/// `mallopt` is not in the Glibc module (malloc.h), hence the declaration.
@_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// How this short-lived process asks glibc to manage memory.
///
/// `history`, `stats` and `next` build tens of megabytes of arrays from the session index, growing and
/// freeing them as they go. By default glibc gives each block over 128 KB its own mapping and hands
/// freed memory back to the system at once, so each regrowth faults in fresh zeroed pages. Keeping
/// large blocks in the heap and freed memory in the process reuses pages already faulted in; the
/// memory goes back when the process exits.
enum MemoryTuning {
    static func apply() {
        #if canImport(Glibc)
        _ = mallopt(-1, Int32.max)  // M_TRIM_THRESHOLD: never trim the heap
        _ = mallopt(-2, 16 << 20)  // M_TOP_PAD: grow the heap 16 MB at a time (untouched pages cost nothing)
        _ = mallopt(-3, 32 << 20)  // M_MMAP_THRESHOLD: only blocks over 32 MB (glibc's maximum) get a mapping
        #endif
    }
}
