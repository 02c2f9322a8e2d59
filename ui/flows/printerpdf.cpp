#include "printerpdf.h"

#include "print/pdfoutput.h"
#include "print/planprinter.h"

namespace ap {

void printOn(QPrinter &printer, const std::function<void(QPagedPaintDevice *)> &paint)
{
    paint(&printer);
    if (printer.outputFormat() != QPrinter::PdfFormat || printer.outputFileName().isEmpty())
        return;
    // The painter has ended: the printer has written the whole file.
    // Every document is set in the fonts of the print settings or the defaults.
    QList<QFont> faces = PrintOptions::fromSettings().fonts.faces();
    faces << PrintFonts::defaults().faces();
    printlayout::mendPdfFile(printer.outputFileName(), faces);
}

} // namespace ap
