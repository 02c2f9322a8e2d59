#include "pdfoutput.h"

#include "fs/atomicfile.h"
#include "fs/outputtarget.h"
#include "pdftounicode.h"

#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

namespace ap::printlayout {

namespace {

// What the PDF at path needs appended for its text to read exactly (pdftounicode.h): nothing
// when its maps are right or it cannot be read. pdf: what the file holds.
QByteArray textUpdate(const QString &path, const QList<QFont> &fonts, QByteArray *pdf)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    *pdf = file.readAll();
    return mendToUnicode(*pdf, radicalIdeographs(fonts)).mid(pdf->size());
}

} // namespace

bool mendPdfFile(const QString &path, const QList<QFont> &fonts)
{
    QByteArray pdf;
    const QByteArray update = textUpdate(path, fonts, &pdf);
    QString error;
    return update.isEmpty() || fs::writeFile(path, pdf + update, fs::OutputTarget::Kind::Document, &error);
}

void setUpPdfWriter(QPdfWriter &writer)
{
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

bool writePdfFile(const QString &path, const QString &title, const QList<QFont> &fonts,
                  const std::function<bool(QPagedPaintDevice *)> &paint, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    return fs::writeByName(path, fs::OutputTarget::Kind::Document, [&](const QString &part, QString *why) {
        {
            QFile probe(part);
            if (!probe.open(QIODevice::WriteOnly)) {
                *why = PdfOutput::tr("“%1” cannot be written: %2").arg(name, probe.errorString());
                return false;
            }
        }
        bool completed = true;
        {
            QPdfWriter writer(part);
            setUpPdfWriter(writer);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("AnnualPlan"));
            completed = paint(&writer);
        }
        if (!completed) {
            *why = PdfOutput::tr("The export was cancelled.");
            return false;
        }
        // A full disk shows as a short file: the writer itself does not say.
        QFile written(part);
        if (!written.open(QIODevice::ReadOnly) || written.size() < 100) {
            *why = PdfOutput::tr("The PDF could not be written (is the disk full?).");
            return false;
        }
        written.seek(written.size() - 64);
        if (!written.read(64).contains("%%EOF")) {
            *why = PdfOutput::tr("The PDF could not be written completely (is the disk full?).");
            return false;
        }
        written.close();
        // The maps mended by an incremental update: appended, nothing before it rewritten.
        QByteArray pdf;
        const QByteArray update = textUpdate(part, fonts, &pdf);
        if (update.isEmpty())
            return true;
        QFile again(part);
        if (!again.open(QIODevice::Append) || again.write(update) != update.size() || !again.flush()) {
            *why = PdfOutput::tr("The PDF could not be written completely (is the disk full?).");
            return false;
        }
        return true;
    }, error);
}

} // namespace ap::printlayout
