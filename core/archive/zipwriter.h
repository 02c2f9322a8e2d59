#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Builds a ZIP archive in memory with libzip: the package of an exported .docx, whose bytes
// then go to the disk through the file room (complete or absent). Owns the members' bytes until
// the archive is made.
namespace ap {

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ap::ZipWriter)
public:
    // A member stored as it is (for a part that must come first unpacked) or deflated.
    void add(const QString &name, const QByteArray &data, bool compress = true);

    // The archive of every member added, in order. On failure *error says why.
    bool finish(QByteArray *out, QString *error) const;

private:
    struct Member
    {
        QString name;
        QByteArray data;
        bool compress;
    };
    QList<Member> m_members;
};

} // namespace ap
