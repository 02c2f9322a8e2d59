#pragma once

#include "plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Evidence files (佐证材料) a progress report carries: photos, PDFs, Word and Excel files, WPS and
// OFD documents. A report keeps them as they were added and never changes them (a correction adds
// its own); what kind a file is follows from its bytes, never from its name (EvidenceIntake), and
// the limits below hold in a plan file and on a server alike (a server's database checks them
// again). In memory a report holds its files' details only: the bytes are read when a file is
// opened, and held only while a file is being added (the command that adds it keeps them for redo).
namespace ap {

struct EvidenceFile
{
    Id id = 0;
    QString name;        // the file's name as the clerk added it ("整改前后对比.jpg")
    QString kind;        // by its content: a key of evidence::kinds()
    qint64 size = 0;     // bytes
    QString sha256;      // of the bytes, hex
    QByteArray content;  // only while being added; empty once read back

    // The file's details, not its bytes: a report read back equals the one added.
    bool operator==(const EvidenceFile &o) const
    {
        return id == o.id && name == o.name && kind == o.kind && size == o.size && sha256 == o.sha256;
    }
    bool operator!=(const EvidenceFile &o) const { return !(*this == o); }
};

namespace evidence {

constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;           // one file
constexpr int kMaxFilesPerReport = 20;
constexpr qint64 kMaxPlanBytes = 512LL * 1024 * 1024;         // all the files of one plan
constexpr int kMaxNameLength = 200;

// The kinds kept, by key: "jpeg", "png", "pdf", "docx", "xlsx", "doc", "xls", "wps", "et", "ofd".
const QStringList &kinds();
// A kind in the window's language ("照片（JPEG）", "Word 文档" …); the key itself when unknown.
QString kindDisplay(const QString &kind);
// The file name suffix a kind is opened with ("jpg", "docx" …).
QString suffixOf(const QString &kind);
// What may be added, for a dialog's file filter and a refusal's words.
QString acceptedText();
// "1.2 MB", "850 KB": a size as a clerk reads it.
QString sizeText(qint64 bytes);

} // namespace evidence
} // namespace ap
