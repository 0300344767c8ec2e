/*
 * Test harness only (never shipped), installed as C:\windows\system32\powershell.exe in the private prefix.
 * Wine gap: PowerShell does not exist under Wine (Wine 8's powershell.exe is a stub that prints nothing, and
 * `wmic path Win32_Printer` prints nothing either), so the
 * system printer driver's Windows printer list (`Get-Printer`, src/devices/system/windows-backend.ts)
 * cannot run. This stand-in answers exactly that command line and nothing else: it checks the arguments
 * are the product's (passed in MDB_EXPECTED_PS_COMMAND), then lists the printers Wine really has
 * (EnumPrinters level 2 and GetDefaultPrinter: the CUPS queues of CUPS_SERVER) as the JSON that
 * `Get-Printer | Select-Object … | ConvertTo-Json -Compress` prints. Any other command line exits 1.
 */
#include <windows.h>
#include <winspool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

static char out[1 << 20];
static size_t outLen;

static void emit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out + outLen, sizeof out - outLen, fmt, ap);
  va_end(ap);
  if (n > 0 && outLen + (size_t)n < sizeof out) outLen += (size_t)n;
}

/* Writes the answer to stdout in one WriteFile (overlapped if the pipe Node handed over asks for it). */
static int flush_out(void) {
  HANDLE h = GetStdHandle(STD_OUTPUT_HANDLE);
  DWORD written = 0;
  if (WriteFile(h, out, (DWORD)outLen, &written, NULL) && written == outLen) return 0;
  OVERLAPPED ov = {0};
  ov.hEvent = CreateEventW(NULL, TRUE, FALSE, NULL);
  if (!WriteFile(h, out, (DWORD)outLen, NULL, &ov) && GetLastError() != ERROR_IO_PENDING) return 1;
  return GetOverlappedResult(h, &ov, &written, TRUE) && written == outLen ? 0 : 1;
}

static void put_json_string(const wchar_t *w) {
  char buf[4096];
  int n = w ? WideCharToMultiByte(CP_UTF8, 0, w, -1, buf, sizeof buf, NULL, NULL) : 0;
  emit("\"");
  for (int i = 0; n > 0 && buf[i]; i++) {
    unsigned char c = (unsigned char)buf[i];
    if (c == '"' || c == '\\') emit("\\%c", c);
    else if (c < 0x20) emit("\\u%04x", c);
    else emit("%c", c);
  }
  emit("\"");
}

int wmain(int argc, wchar_t **argv) {
  const char *expected = getenv("MDB_EXPECTED_PS_COMMAND");
  char command[8192];
  if (argc < 2 || !expected) return 1;
  if (!WideCharToMultiByte(CP_UTF8, 0, argv[argc - 1], -1, command, sizeof command, NULL, NULL)) return 1;
  if (strcmp(command, expected) != 0) {
    fprintf(stderr, "powershell stand-in: not the product's printer list command\n");
    return 1;
  }
  wchar_t def[1024];
  DWORD defLen = 1024;
  if (!GetDefaultPrinterW(def, &defLen)) def[0] = 0;
  DWORD needed = 0, count = 0;
  EnumPrintersW(PRINTER_ENUM_LOCAL | PRINTER_ENUM_CONNECTIONS, NULL, 2, NULL, 0, &needed, &count);
  BYTE *mem = needed ? malloc(needed) : NULL;
  if (needed && !EnumPrintersW(PRINTER_ENUM_LOCAL | PRINTER_ENUM_CONNECTIONS, NULL, 2, mem, needed, &needed, &count)) {
    fprintf(stderr, "EnumPrinters failed: %lu\n", GetLastError());
    return 1;
  }
  PRINTER_INFO_2W *p = (PRINTER_INFO_2W *)mem;
  emit("[");
  for (DWORD i = 0; i < count; i++) {
    if (i) emit(",");
    emit("{\"Name\":");
    put_json_string(p[i].pPrinterName);
    emit(",\"DriverName\":");
    put_json_string(p[i].pDriverName);
    emit(",\"PortName\":");
    put_json_string(p[i].pPortName);
    emit(",\"Comment\":");
    put_json_string(p[i].pComment);
    emit(",\"Location\":");
    put_json_string(p[i].pLocation);
    emit(",\"Status\":\"%s\",\"IsDefault\":%s}", (p[i].Status & PRINTER_STATUS_PAUSED) ? "Paused" : "Normal",
           p[i].pPrinterName && wcscmp(p[i].pPrinterName, def) == 0 ? "true" : "false");
  }
  emit("]\n");
  return flush_out();
}
