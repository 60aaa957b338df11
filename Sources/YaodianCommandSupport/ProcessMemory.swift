internal import CMalloc

/// How a Yaodian process asks the C library to manage its heap.
public enum ProcessMemory {
    /// Keeps freed blocks of up to a few MB in the heap for the next page instead of handing them
    /// back to the kernel. A batch allocates and frees arrays of a few hundred KB per page (the
    /// bytes, the decoded text, the page libxml2 reads); by default glibc maps each of them fresh
    /// and unmaps it on free, and the process then spends ~5% of a batch on page faults. Peak memory
    /// stays as it was: the blocks are reused, not added. Does nothing outside glibc.
    public static func keepFreedBlocksForReuse() {
        yaodian_malloc_keep_freed_blocks(4 << 20, 32 << 20)
    }
}
