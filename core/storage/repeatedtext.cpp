#include "repeatedtext.h"

#include "rowquery.h"

namespace ap {

QString RepeatedText::text(const RowQuery &q, int column)
{
    Column &c = m_columns[column];
    return c.shared ? keep(c, q, column) : q.text(column);
}

QString RepeatedText::keep(Column &c, const RowQuery &q, int column)
{
    // A text seen before is found by the file's own bytes: neither converted nor copied.
    if (const QUtf8StringView utf8 = q.utf8(column); !utf8.isEmpty()) {
        const QByteArray bytes = QByteArray::fromRawData(utf8.data(), utf8.size());
        if (const auto it = c.byUtf8.constFind(bytes); it != c.byUtf8.cend()) {
            ++c.repeats;
            return *it;
        }
        const QString text = q.text(column);
        if (c.byUtf8.size() < kLimit)
            c.byUtf8.insert(QByteArray(bytes.constData(), bytes.size()), text);
        else if (c.repeats < kLimit)
            giveUp(c);
        return text;
    }
    // None and "" are read as they are (a null text and an empty one compare equal).
    const QString text = q.text(column);
    if (text.isEmpty())
        return text;
    if (const auto it = c.texts.constFind(text); it != c.texts.cend()) {
        ++c.repeats;
        return *it;
    }
    if (c.texts.size() < kLimit)
        c.texts.insert(text);
    else if (c.repeats < kLimit)
        giveUp(c);
    return text;
}

void RepeatedText::giveUp(Column &c)
{
    c.shared = false;
    c.byUtf8 = {};
    c.texts = {};
}

} // namespace ap
