#pragma once

#include <QPagedPaintDevice>
#include <QPrinter>

#include <functional>

// Printing on the printer a clerk chose in the print dialog. When that printer is "Print to File"
// (a PDF), the file's text is mended as the PDF export's is, so that a reader copies 卫生, not
// 卫⽣, out of it (core/print/pdftounicode.h).
namespace ap {

void printOn(QPrinter &printer, const std::function<void(QPagedPaintDevice *)> &paint);

} // namespace ap
