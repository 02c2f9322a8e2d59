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
    // Returns the page count. progress(done, total) is called per work item and table row and
    // may return false to stop.
    static int paint(const PrintedDocument &content, const PrintFonts &fonts, QPagedPaintDevice *device,
                     const std::function<bool(int, int)> &progress = {});
};

} // namespace ap
