/*
 * Test harness only (never shipped). Wine 8 gap: napi-rs modules (@napi-rs/canvas) import ProcessPrng
 * from bcryptprimitives.dll, which Windows 10+ has and Wine 8 lacks, so the module fails to load.
 * This stand-in exports ProcessPrng and forwards it to RtlGenRandom (advapi32 SystemFunction036), which
 * Wine has. Built with x86_64-w64-mingw32-gcc by test/windows/harness/wine.ts into the private prefix.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}
