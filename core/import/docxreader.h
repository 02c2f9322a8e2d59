#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads the paragraphs of a Word .docx in document order (body and table cells), with the
// label Word's automatic numbering shows in front of each numbered paragraph ("一、", "（一）",
// "1.") rendered from numbering.xml, because plans written with automatic numbering keep their
// outline only there.
namespace ap {

struct DocxParagraph
{
    QString text;
    QString numberLabel;     // as Word displays it; empty when not numbered (or a bullet)
    int numberLevel = -1;    // ilvl of the numbering, -1 when not numbered
    QString styleId;
    int boldLead = 0;        // characters of text at its start set in bold (a lead phrase)
};

class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::DocxReader)
public:
    static bool read(const QByteArray &docx, QList<DocxParagraph> *out, QString *error);

    // Number n in a Word numbering format ("decimal", "chineseCounting", "upperRoman", …).
    static QString formatNumber(int n, const QString &numFmt);
};

} // namespace ap
