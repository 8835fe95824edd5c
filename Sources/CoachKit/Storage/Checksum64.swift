/// A fast 64-bit checksum for telling damaged cache files from good ones (not for security: anyone
/// who can write the cache can write a matching checksum). Eight bytes per step, each multiplied and
/// rotated in, so a changed, moved or dropped byte changes the result.
public enum Checksum64 {
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
        let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var hash: UInt64 = 0x27D4_EB2F_1656_67C5 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = ((hash ^ (word &* prime2)) << 31 | (hash ^ (word &* prime2)) >> 33) &* prime1
            offset += 8
        }
        while offset < bytes.count {
            hash = ((hash ^ (UInt64(bytes[offset]) &* prime1)) << 23 | (hash ^ (UInt64(bytes[offset]) &* prime1)) >> 41) &* prime2
            offset += 1
        }
        // Final mix so nearby inputs spread over all bits.
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        return hash
    }

    public static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}
