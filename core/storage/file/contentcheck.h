#pragma once

#include <QString>

#include <thread>

class QSqlDatabase;

namespace ap::sqlite {

// The check of every page of a plan file: PRAGMA integrity_check for a file that is to be written
// (it also compares each index with its table), quick_check for one that is only read, and the
// file's application id. Run where it is made (run), or alongside: on a connection and a thread of
// its own, started when the file is opened and waited for after its rows have been read, so that
// opening a large plan takes the longer of the two on a machine's two cores, not both one after
// the other. The store lets nothing write to the file before the check has passed.
class ContentCheck
{
public:
    // Starts the check of the file at path on a thread of its own.
    ContentCheck(const QString &path, bool full);
    // Waits for the thread: it holds a connection to the file.
    ~ContentCheck();
    ContentCheck(const ContentCheck &) = delete;
    ContentCheck &operator=(const ContentCheck &) = delete;

    // Waits for the check; true when the file is sound and ours.
    bool passed();

    // The check on db, where it is called; false, and SQLite's finding in *detail, when unsound.
    static bool run(QSqlDatabase &db, QString *detail, bool full);

private:
    std::thread m_thread;
    bool m_passed = false;
};

} // namespace ap::sqlite
