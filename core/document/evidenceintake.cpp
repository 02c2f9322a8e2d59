#include "evidenceintake.h"

#include "archive/zipreader.h"
#include "fs/inputfile.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace ap {

namespace {

bool startsWith(const QByteArray &bytes, const char *signature, int length)
{
    return bytes.size() >= length && std::equal(signature, signature + length, bytes.constData());
}

// An OOXML or OFD package by the parts it holds.
QString packageKind(const QByteArray &bytes)
{
    ZipReader zip;
    QString ignored;
    if (!zip.open(bytes, &ignored))
        return QString();
    if (zip.contains(QStringLiteral("word/document.xml")))
        return QStringLiteral("docx");
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return QStringLiteral("xlsx");
    if (zip.contains(QStringLiteral("OFD.xml")))
        return QStringLiteral("ofd");
    return QString();
}

// An OLE compound file by the stream its directory names (UTF-16), then its name's suffix for
// the WPS twins of Word and Excel files.
QString compoundKind(const QByteArray &bytes, const QString &name)
{
    auto names = [&bytes](const char *stream) {
        QByteArray utf16;
        for (const char *c = stream; *c; ++c)
            utf16 += QByteArray(1, *c) + QByteArray(1, '\0');
        return bytes.contains(utf16);
    };
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (names("WordDocument"))
        return suffix == QLatin1String("wps") ? QStringLiteral("wps") : QStringLiteral("doc");
    if (names("Workbook") || names("Book"))
        return suffix == QLatin1String("et") ? QStringLiteral("et") : QStringLiteral("xls");
    return QString();
}

QString tooLarge(const QString &name)
{
    return EvidenceIntake::tr("“%1” is larger than an evidence file may be (%2 at most). Make it smaller (a photo at "
                              "a lower resolution, a PDF of fewer pages) or leave it out.")
        .arg(name, evidence::sizeText(evidence::kMaxFileBytes));
}

} // namespace

QString EvidenceIntake::kindOf(const QByteArray &bytes, const QString &name)
{
    if (startsWith(bytes, "\xFF\xD8\xFF", 3))
        return QStringLiteral("jpeg");
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n", 8))
        return QStringLiteral("png");
    if (startsWith(bytes, "%PDF-", 5))
        return QStringLiteral("pdf");
    if (startsWith(bytes, "PK\x03\x04", 4))
        return packageKind(bytes);
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return compoundKind(bytes, name);
    return QString();
}

bool EvidenceIntake::fromFile(const QString &path, EvidenceFile *out, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).size() > evidence::kMaxFileBytes) {
        if (error)
            *error = tooLarge(name);
        return false;
    }
    QByteArray bytes;
    QString why;
    if (!fs::readInput(path, evidence::kMaxFileBytes, &bytes, &why)) {
        if (error)
            *error = tr("“%1” could not be added: %2").arg(name, why);
        return false;
    }
    return fromBytes(name, bytes, out, error);
}

bool EvidenceIntake::fromBytes(const QString &name, const QByteArray &bytes, EvidenceFile *out, QString *error)
{
    auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (name.trimmed().isEmpty())
        return refuse(tr("An evidence file needs a name."));
    if (bytes.isEmpty())
        return refuse(tr("“%1” is empty.").arg(name));
    if (bytes.size() > evidence::kMaxFileBytes)
        return refuse(tooLarge(name));
    const QString kind = kindOf(bytes, name);
    if (kind.isEmpty())
        return refuse(tr("“%1” is not a file the plan keeps as evidence (by its content, whatever its name says). "
                         "Evidence may be %2.")
                          .arg(name, evidence::acceptedText()));
    EvidenceFile f;
    f.name = name.left(evidence::kMaxNameLength);
    for (QChar &c : f.name)
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');   // a name on one line, as every list shows it
    f.kind = kind;
    f.size = bytes.size();
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    f.content = bytes;
    *out = f;
    return true;
}

} // namespace ap
