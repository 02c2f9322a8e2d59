#pragma once

// A SQLite VFS for fault tests: it wraps the default VFS of the process's libsqlite3 (the same
// library Qt's QSQLITE driver uses) and, when armed, answers one chosen kind of file operation with
// an I/O error, as a failing disk or a pulled USB stick would. Installing it makes it the default
// VFS, so every connection opened afterwards (PlanStore's included) goes through it; uninstalling
// restores the previous default. Only for connections opened while it is installed.

namespace faultvfs {

enum class Op { Read, Write, Sync, Truncate };

// Installs the VFS as the process default (idempotent).
void install();
// Makes the previous default VFS the default again; connections still open keep using this one.
void uninstall();

// From now on, let `skip` operations of kind `op` through, then fail the next one with the
// matching SQLITE_IOERR_* code. With `sticky`, every later one fails too, until disarm().
void arm(Op op, int skip, bool sticky = false);
void disarm();
// How many operations were failed since the last arm().
int failures();
// How many operations of kind `op` went through the VFS since install() (to size a sweep).
int count(Op op);
void resetCounts();

} // namespace faultvfs
