#include "faultvfs.h"

#include <sqlite3.h>

#include <array>
#include <atomic>

namespace faultvfs {
namespace {

// The wrapped file: our header, then the real VFS's file object in the same allocation.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_vfs *g_orig = nullptr;
sqlite3_vfs g_vfs{};
bool g_installed = false;

std::atomic<int> g_armedOp{-1};
std::atomic<int> g_skip{0};
std::atomic<bool> g_sticky{false};
std::atomic<int> g_failures{0};
std::array<std::atomic<int>, 4> g_counts{};

// Counts the operation and tells whether it is the one to fail.
bool shouldFail(Op op)
{
    ++g_counts[static_cast<int>(op)];
    if (g_armedOp.load() != static_cast<int>(op))
        return false;
    if (g_skip.load() > 0) {
        --g_skip;
        return false;
    }
    ++g_failures;
    if (!g_sticky.load())
        g_armedOp = -1;
    return true;
}

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->real;
}

int fClose(sqlite3_file *f)
{
    sqlite3_file *r = real(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
int fRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    if (shouldFail(Op::Read))
        return SQLITE_IOERR_READ;
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int fWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (shouldFail(Op::Write))
        return SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int fTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (shouldFail(Op::Truncate))
        return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int fSync(sqlite3_file *f, int flags)
{
    if (shouldFail(Op::Sync))
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int fFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int fLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int fUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int fCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int fDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int fShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **pp)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, pp);
}
int fShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void fShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int fShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int fFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **pp)
{
    // Memory-mapped reads would bypass xRead: decline them, SQLite then reads normally.
    *pp = nullptr;
    (void)f;
    (void)offset;
    (void)amount;
    return SQLITE_OK;
}
int fUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

const sqlite3_io_methods g_methods = {
    3, fClose, fRead, fWrite, fTruncate, fSync, fFileSize, fLock, fUnlock, fCheckReservedLock,
    fFileControl, fSectorSize, fDeviceCharacteristics, fShmMap, fShmLock, fShmBarrier, fShmUnmap,
    fFetch, fUnfetch,
};

int vOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ff = reinterpret_cast<FaultFile *>(file);
    ff->real = reinterpret_cast<sqlite3_file *>(ff + 1);
    ff->real->pMethods = nullptr;
    const int rc = g_orig->xOpen(g_orig, name, ff->real, flags, outFlags);
    ff->base.pMethods = ff->real->pMethods ? &g_methods : nullptr;
    return rc;
}
} // namespace

void install()
{
    if (g_installed)
        return;
    g_orig = sqlite3_vfs_find(nullptr);
    // The default VFS's other methods do not depend on which VFS object they are called through
    // (only its xOpen does, and that one is wrapped and called through the original), so they are
    // taken over as they are.
    g_vfs = *g_orig;
    g_vfs.pNext = nullptr;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_orig->szOsFile;
    g_vfs.zName = "annualplan-fault";
    g_vfs.xOpen = vOpen;
    sqlite3_vfs_register(&g_vfs, 1);
    g_installed = true;
}

void uninstall()
{
    if (!g_installed)
        return;
    disarm();
    sqlite3_vfs_register(g_orig, 1);
    g_installed = false;
}

void arm(Op op, int skip, bool sticky)
{
    g_failures = 0;
    g_skip = skip;
    g_sticky = sticky;
    g_armedOp = static_cast<int>(op);
}

void disarm()
{
    g_armedOp = -1;
}

int failures()
{
    return g_failures.load();
}

int count(Op op)
{
    return g_counts[static_cast<int>(op)].load();
}

void resetCounts()
{
    for (auto &c : g_counts)
        c = 0;
}

} // namespace faultvfs
