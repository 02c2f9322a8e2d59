#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ap {

// The text of a PDF plan (a scan has none): its pages in reading order, page numbers and the
// annex tables left out, and the lines the page width broke joined back into paragraphs, each a
// line of the result for the plan parser.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::PdfReader)
public:
    static bool readText(const QByteArray &bytes, QString *text, QString *error);
    // The joining alone, on lines as a PDF gives them (tested on its own).
    static QString joinLines(const QStringList &lines);
};

} // namespace ap
