#include "textdecode.h"

#include <QStringDecoder>

namespace ap {

namespace {

// UTF-16 without a BOM: nearly every other byte is zero for ASCII, and CJK text in UTF-16
// has no NUL bytes at all but then the text is not valid UTF-8 either; check both halves.
std::optional<QStringConverter::Encoding> guessUtf16(const QByteArray &b)
{
    if (b.size() < 4 || b.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    const qsizetype n = std::min<qsizetype>(b.size(), 65536);
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenZero += b.at(i) == 0;
        oddZero += b.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs)
        return QStringConverter::Utf16BE;
    // Mostly Chinese text has zero bytes only in its digits, spaces and line breaks (and in the
    // rare character whose code ends in 00): few. Both byte orders are decoded; the one that reads
    // as Chinese or Latin text is it, the other gives characters of scattered scripts.
    if (evenZero + oddZero < 2)
        return std::nullopt;
    auto plausible = [&](QStringConverter::Encoding e) {
        QStringDecoder d(e);
        const QString s = d.decode(b.left(n));
        if (d.hasError() || s.isEmpty())
            return 0.0;
        qsizetype good = 0;
        for (QChar c : s) {
            const ushort u = c.unicode();
            good += (u >= 0x20 && u < 0x7F) || u == '\t' || u == '\n' || u == '\r' || (u >= 0x2000 && u < 0x2070)
                    || (u >= 0x3000 && u < 0x3040) || (u >= 0x4E00 && u < 0xA000) || (u >= 0xFF00 && u < 0xFFF0)
                    || (u >= 0x2460 && u < 0x2500);
        }
        return double(good) / double(s.size());
    };
    const double le = plausible(QStringConverter::Utf16LE), be = plausible(QStringConverter::Utf16BE);
    if (le >= 0.95 && le > be)
        return QStringConverter::Utf16LE;
    if (be >= 0.95 && be > le)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

bool decodeWith(QStringDecoder &decoder, const QByteArray &bytes, QString *out)
{
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// Share of characters that are control characters other than tab and line breaks.
bool looksBinary(const QString &text)
{
    qsizetype control = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0xFFFD)
            ++control;
    }
    return control > 0 && control * 100 > text.size();
}

} // namespace

bool TextDecode::decode(const QByteArray &bytes, QString *text, QString *encodingName, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (bytes.size() > kMaxBytes)
        return fail(tr("The file is %1 MB, too large for a plan document (at most %2 MB of text).")
                        .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(kMaxBytes / (1024 * 1024)));
    QString decoded, name;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringConverter::Utf8);
        if (!decodeWith(d, bytes.mid(3), &decoded))
            return fail(tr("The file says it is UTF-8 but contains bytes that are not UTF-8; it may be damaged."));
        name = QStringLiteral("UTF-8 (BOM)");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder d(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        if (!decodeWith(d, bytes.mid(2), &decoded))
            return fail(tr("The file says it is UTF-16 but is damaged."));
        name = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (const auto utf16 = guessUtf16(bytes); utf16 && [&] {
                   QStringDecoder d(*utf16);
                   return decodeWith(d, bytes, &decoded) && !looksBinary(decoded);
               }()) {
        name = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else {
        if (bytes.contains('\0'))
            return fail(tr("The file does not contain text: it looks like a program, an image or another binary file."));
        QStringDecoder utf8(QStringConverter::Utf8);
        if (decodeWith(utf8, bytes, &decoded)) {
            name = QStringLiteral("UTF-8");
        } else {
            QStringDecoder gb("GB18030");
            if (!gb.isValid() || !decodeWith(gb, bytes, &decoded))
                return fail(tr("The file's text encoding is not recognised (tried UTF-8, UTF-16 and GB18030/GBK)."));
            name = QStringLiteral("GB18030");
        }
    }
    if (decoded.trimmed().isEmpty())
        return fail(tr("The file is empty."));
    if (looksBinary(decoded))
        return fail(tr("The file does not contain text: it looks like a program, an image or another binary file."));
    *text = decoded;
    if (encodingName)
        *encodingName = name;
    return true;
}

} // namespace ap
