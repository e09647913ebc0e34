/* A stand-in for Windows' bcryptprimitives.dll, for tests under Wine only
 * (never shipped): Wine 8.0 lacks ProcessPrng, which Rust's standard
 * library calls since 1.78 for random numbers (rust-lang/rust#121337).
 * It answers from RtlGenRandom (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
