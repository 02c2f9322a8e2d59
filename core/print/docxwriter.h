#pragma once

#include "printeddocument.h"
#include "printfonts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

// A printed document as a Word document (.docx, Office Open XML) laid out as the print: A4 with
// the GB/T 9704 margins, a document grid of 22 lines and 28 characters to the line, one named
// style per role (a clerk
// restyles 公文正文 or 一级标题 once, not paragraph by paragraph), "— N —" page numbers odd
// right and even left, then the annexes in a landscape section with the header row repeated
// on every page and rows that do not split. The package is made with libzip (ZipWriter).
namespace ap {

class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(ap::DocxWriter)
public:
    // The package's bytes; empty with *error set when it cannot be made. progress(done, total)
    // is called per work item and table row and may return false to stop (no package then).
    static QByteArray build(const PrintedDocument &content, const PrintFonts &fonts, QString *error,
                            const std::function<bool(int, int)> &progress = {});

    // Writes it to path through a temporary file renamed into place: complete or absent.
    static bool write(const PrintedDocument &content, const PrintFonts &fonts, const QString &path, QString *error,
                      const std::function<bool(int, int)> &progress = {});
};

} // namespace ap
