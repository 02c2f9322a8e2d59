// Fuzzes the text path of the import: encoding detection, then the outline, clause, deadline
// and target recognisers, then the JSON and plan builders.
#include "import/planimport.h"
#include "import/textdecode.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString text, encoding, error;
    if (ap::TextDecode::decode(bytes, &text, &encoding, &error)) {
        const ap::ImportResult r = ap::PlanImport::parseText(text);
        (void)ap::PlanImport::toJson(r);
        (void)ap::PlanImport::toPlan(r);
    }
    // The parser also sees text that no decoder would produce.
    const ap::ImportResult raw = ap::PlanImport::parseText(QString::fromUtf8(bytes));
    for (const ap::ImportNode &n : raw.nodes) {
        ap::ImportNode copy = n;
        ap::PlanImport::recognise(&copy, raw.year);
    }
    return 0;
}
