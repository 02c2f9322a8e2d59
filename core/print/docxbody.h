#pragma once

#include "documentpainter.h"
#include "printeddocument.h"

#include <QByteArray>

#include <functional>

// The document part of a .docx (word/document.xml): the paragraphs by role in their named
// styles, the notice's 版头 and 版记, the sections (portrait on the grid, landscape annexes) and
// the annex tables. Private to core/print; DocxWriter packs it with the styles it names.
namespace ap::docx {

// The style a paragraph of this role is written in.
const char *styleOf(PrintedParagraph::Role role);

using RecordPlace = DocumentPainter::RecordPlace;

// place, linesOnLastPage: where the print puts the 版记 (DocumentPainter::Layout), so that the
// Word file does too. step() is called per work item and table row; when it returns false,
// stopped is set and nothing is returned.
QByteArray documentPart(const PrintedDocument &content, const PrintFonts &fonts, RecordPlace place, int linesOnLastPage,
                        const std::function<bool()> &step, bool *stopped);

} // namespace ap::docx
