#pragma once

#include "printeddocument.h"
#include "printfonts.h"

#include <QPagedPaintDevice>

#include <functional>

// Paints a printed document on any paged device (a PDF writer, a printer) in the device's own
// pixels: the body on the GB/T 9704 grid (the title in its own widths, headings and work items
// indented two characters, the organisation centred over the date four characters from the
// right), then each annex table on landscape pages with its header repeated.
namespace ap {

class DocumentPainter
{
public:
    // Where the 版记 went (GB/T 9704 7.4, 7.5): the Word file puts it on the same page.
    enum class RecordPlace {
        None,
        FootOfLastPage,   // under the text on its last page, an even one
        NextPage,         // on a page of its own, even and numbered
        AfterBlankPage,   // after a blank page, neither page numbered
    };
    struct Layout
    {
        int pages = 0;
        RecordPlace record = RecordPlace::None;
        int linesOnLastPage = 0;   // the grid lines the text takes on the page the 版记 ends
    };

    // Returns the page count. progress(done, total) is called per work item and table row, and
    // with done unchanged now and then while the text is laid out before it is painted; false
    // stops. layout, when given, is told where things went.
    static int paint(const PrintedDocument &content, const PrintFonts &fonts, QPagedPaintDevice *device,
                     const std::function<bool(int, int)> &progress = {}, Layout *layout = nullptr);

    // The document as a PDF file at path (its title the document's), complete or absent.
    // progress(done, total) is called as paint() calls it; false stops, and nothing is written.
    static bool writePdf(const PrintedDocument &content, const PrintFonts &fonts, const QString &path, QString *error,
                         const std::function<bool(int, int)> &progress = {});

    // The pages as a PDF of the document would have them (painted to memory and thrown away).
    static Layout layout(const PrintedDocument &content, const PrintFonts &fonts);
};

} // namespace ap
