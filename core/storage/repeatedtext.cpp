#include "repeatedtext.h"

#include "rowquery.h"

#include <type_traits>

namespace ap {

QString RepeatedText::text(const RowQuery &q, int column)
{
    const QAnyStringView view = q.textView(column);
    // None and "" are read as they are: a null text and an empty one compare equal, and which
    // it was is kept.
    if (view.isEmpty())
        return q.text(column);
    // A plan file's text is SQLite's UTF-8, looked up by its own bytes: a text seen before is
    // neither converted nor copied.
    QByteArray utf8;
    view.visit([&utf8](auto v) {
        if constexpr (std::is_same_v<decltype(v), QUtf8StringView>)
            utf8 = QByteArray::fromRawData(reinterpret_cast<const char *>(v.data()), v.size());
    });
    if (!utf8.isNull()) {
        if (const auto it = m_byUtf8.constFind(utf8); it != m_byUtf8.cend())
            return *it;
        const QString text = q.text(column);
        if (m_byUtf8.size() < kLimit)
            m_byUtf8.insert(QByteArray(utf8.constData(), utf8.size()), text);
        return text;
    }
    const QString text = q.text(column);
    if (const auto it = m_texts.constFind(text); it != m_texts.cend())
        return *it;
    if (m_texts.size() < kLimit)
        m_texts.insert(text);
    return text;
}

} // namespace ap
