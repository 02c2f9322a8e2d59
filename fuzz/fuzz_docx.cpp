// Fuzzes the package path of the import: the ZIP reader, the Word reader with its numbering,
// the Excel sheet reader, and the whole file import on top of them.
#include "import/docxreader.h"
#include "import/planimport.h"
#include "import/xlsxreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QList<ap::DocxParagraph> paragraphs;
    (void)ap::DocxReader::read(bytes, &paragraphs, &error);
    QList<QStringList> rows;
    QList<ap::MergedRange> merged;
    if (ap::XlsxReader::readFirstSheet(bytes, &rows, &merged, &error))
        (void)ap::XlsxReader::fillMerged(&rows, merged, &error);
    ap::ImportResult r;
    (void)ap::PlanImport::readBytes(bytes, QStringLiteral("fuzz.docx"), &r, &error);
    return 0;
}
