#pragma once

#include "domain/progress.h"
#include "pdftable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ap {

struct PdfContent
{
    QString text;          // the plan's paragraphs, a line each, for the plan parser
    QString lines;         // the same lines as the pages break them, for a table set as text
    PdfTableData table;    // its 重点任务分解表, when it has one
};

// What a PDF plan holds (a scan holds no text): its pages in reading order, page numbers and
// running headers left out, the lines the page width broke joined back into paragraphs; and
// apart from the text, its task table rebuilt from where the words stand (PdfTable).
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::PdfReader)
public:
    // Told page by page to progress, which may stop it (it then fails saying so).
    static bool read(const QByteArray &bytes, PdfContent *out, QString *error, const Progress &progress = {});
    // The joining alone, on lines as a PDF gives them (tested on its own).
    static QString joinLines(const QStringList &lines);
};

} // namespace ap
