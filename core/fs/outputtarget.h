#pragma once

#include <QCoreApplication>
#include <QString>

// Where an output may be written. Every export, report, return form and copy asks here before it
// writes, and again right before its part file takes the target's name: an output never replaces
// a plan file (by what the file holds, whatever its name), never a file another AnnualPlan holds
// open, never the file it was made from, and another existing file only when the user said so.
namespace ap::fs {

// True when path (a file or a folder) may be written: its permission bits allow it and the system
// agrees. Root may write anything; the bits say what the clerk meant, so they count for root too.
bool mayWrite(const QString &path);

class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(ap::fs::OutputTarget)
public:
    enum class Kind {
        Document,  // PDF, DOCX, XLSX, CSV, return forms: never over any SQLite database
        PlanCopy,  // a backup or a copy of a plan: may replace an older copy no one has open
    };
    enum class Existing { Refuse, Replace };

    // True when target may be written; otherwise *error says why, in the user's language.
    // source is the plan the output is made from ("" for none).
    static bool check(const QString &target, Kind kind, Existing existing, const QString &source, QString *error);

    // True when the file at path starts as a SQLite database does.
    static bool isDatabase(const QString &path);
    // True when path is a plan file that an AnnualPlan window or command has open for writing.
    static bool isOpenForWriting(const QString &path);
};

} // namespace ap::fs
