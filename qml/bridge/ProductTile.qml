import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One product in the market's grid: its first picture, title, partner,
// price and whether it is in stock.
ItemDelegate {
    id: tile
    required property string itemId
    required property string title
    required property string orgName
    required property string firstImage
    required property string price
    required property string priceAsset
    required property string delivery
    required property bool inStock
    required property int index

    objectName: "productTile_" + index
    padding: 12
    background: Rectangle {
        radius: Theme.radius
        color: tile.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: Theme.border
    }
    contentItem: ColumnLayout {
        spacing: 8
        PointIcon {
            Layout.alignment: Qt.AlignHCenter
            fileId: tile.firstImage
            name: tile.title
            size: 120
            round: false
        }
        PlainLabel {
            Layout.fillWidth: true
            text: tile.title
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }
        PlainLabel {
            Layout.fillWidth: true
            text: tile.orgName
            font.pixelSize: 12
            color: Theme.textMuted
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            PlainLabel {
                Layout.fillWidth: true
                text: tile.price + " " + tile.priceAsset
                font.weight: Font.Bold
                color: Theme.accent
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
            StatusChip {
                text: tile.inStock ? (tile.delivery === "shipped" ? qsTr("Shipped") : qsTr("Voucher")) : qsTr("Sold out")
                tone: tile.inStock ? "accent" : "neutral"
            }
        }
    }
}
