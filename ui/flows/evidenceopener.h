#pragma once

#include "domain/evidence.h"

#include <QCoreApplication>
#include <QString>

// Opens a report's evidence file (佐证材料) with the desktop's viewer, as a clerk opens an
// attachment: its bytes read from the plan and checked (a damaged file is said, never opened),
// written whole and read-only under its own name into a folder of this run's own in the temporary
// folder (gone when the program quits), and handed to the desktop. Nothing of the plan changes.
namespace ap {

class PlanDocument;

class EvidenceOpener
{
    Q_DECLARE_TR_FUNCTIONS(ap::EvidenceOpener)
public:
    // The file written for file (*path), opened with the desktop's viewer; false and why when it
    // cannot be read, written or opened.
    static bool open(const PlanDocument &doc, const EvidenceFile &file, QString *path, QString *error);
    // The name the file is written under: its own, without a folder or characters no file name
    // takes, with its kind's suffix when its name has none of it.
    static QString fileNameFor(const EvidenceFile &file);
};

} // namespace ap
