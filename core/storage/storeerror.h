#pragma once

#include <QString>

namespace ap {

// Why a plan could not be opened or written. The UI decides what to offer from it (e.g. "open
// read-only" for Locked); the text for the user comes with it as a QString.
enum class StoreError {
    None,
    Missing,        // no such file
    NotAFile,       // a directory or device
    Unreadable,     // permissions or I/O error while reading
    NotOurs,        // not a plan file: random bytes, a .docx, another program's SQLite database
    Damaged,        // a plan file whose bytes fail the header or integrity checks
    Foreign,        // a plan file whose schema holds objects or definitions that are not ours (a clean copy is offered)
    Newer,          // written by a newer AnnualPlan (schema version above ours)
    Locked,         // another program instance holds the lock
    ReadOnly,       // an edit on a store opened read-only
    Denied,         // a server refused the login this change (its grants or row-level security)
    Conflict,       // someone else changed or removed the row since it was read (a server's row versions)
    Disconnected,   // the server cannot be reached: the change was not made
    LoginRefused,   // a server did not take the login or its password (the password is asked again)
    DiskFull,
    WriteFailed,
    Stopped,        // a long write the clerk stopped (its progress said not to go on): nothing was written
};

// Gives an error's text and code to whoever asked for them (either pointer may be null).
inline void setStoreError(QString *error, StoreError *code, StoreError c, const QString &text)
{
    if (error)
        *error = text;
    if (code)
        *code = c;
}

} // namespace ap
