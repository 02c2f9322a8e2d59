#pragma once

#include "domain/evidence.h"

#include <QCoreApplication>
#include <QString>

// A file made ready to go with a report as evidence (佐证材料): read from the disk as an input
// (an ordinary file, never past the limit), its kind told by its bytes — a photo, a PDF, a Word or
// Excel package, an old Office or WPS file, an OFD package — and never by its name, which only
// tells apart the kinds whose bytes are alike (an old Word, Excel and WPS file are each an OLE
// compound file). A file of any other kind, an empty one, one past the limit or a package that is
// damaged is refused in words that say why.
namespace ap {

class EvidenceIntake
{
    Q_DECLARE_TR_FUNCTIONS(ap::EvidenceIntake)
public:
    // The kind of bytes (a key of evidence::kinds()), or "" when it is none the plan keeps.
    static QString kindOf(const QByteArray &bytes, const QString &name);
    // The file at path as evidence: its name, kind, size, SHA-256 and bytes.
    static bool fromFile(const QString &path, EvidenceFile *out, QString *error);
    static bool fromBytes(const QString &name, const QByteArray &bytes, EvidenceFile *out, QString *error);
};

} // namespace ap
