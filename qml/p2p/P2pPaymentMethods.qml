import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// My payment methods: where buyers pay me. Their details are shown to a
// counterparty only inside a trade. Adding one asks for the fields of its kind.
Item {
    id: root
    property P2pPaymentMethodsModel methods
    property string newType: "bank_transfer"
    property string errorText: ""
    readonly property var newFields: { void methods.types; return methods.fieldsOf(newType) }

    Connections {
        target: root.methods
        function onAdded() { root.errorText = ""; label.text = ""; for (let i = 0; i < fieldRepeater.count; ++i) fieldRepeater.itemAt(i).text = "" }
        function onAddFailed(message) { root.errorText = message }
    }
    Component.onCompleted: methods.reload()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.bottomMargin: 16
        spacing: 20

        ListView {
            id: list
            objectName: "p2pMethodList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: root.methods
            delegate: Rectangle {
                id: row
                required property string itemId
                required property string type
                required property string label
                required property var fields
                objectName: "p2pMethod_" + itemId
                width: list.width
                implicitHeight: col.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    anchors.leftMargin: 16
                    ColumnLayout {
                        id: col
                        Layout.fillWidth: true
                        spacing: 2
                        PlainLabel { text: row.label + " · " + P2pWords.paymentType(row.type); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft }
                        Repeater {
                            model: P2pWords.fieldKeys(row.fields)
                            delegate: PlainLabel {
                                required property string modelData
                                text: P2pWords.fieldLabel(modelData) + ": " + row.fields[modelData]
                                color: Theme.textMuted
                                font.pixelSize: 13
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                    }
                    AppButton { objectName: "p2pRemoveMethod_" + row.itemId; kind: "danger"; text: qsTr("Remove"); onClicked: root.methods.remove(row.itemId) }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0 && !root.methods.busy
                iconName: "wallet"
                text: qsTr("No payment methods yet. Add where buyers can pay you.")
            }
        }

        Card {
            Layout.preferredWidth: 380
            Layout.alignment: Qt.AlignTop
            title: qsTr("Add a payment method")
            subtitle: qsTr("Shown to a buyer only inside a trade with you.")
            AppComboBox {
                id: typeBox
                objectName: "p2pMethodType"
                Layout.fillWidth: true
                model: ["bank_transfer", "card", "ewallet", "other"].map(t => P2pWords.paymentType(t))
                onActivated: root.newType = ["bank_transfer", "card", "ewallet", "other"][currentIndex]
            }
            FormField { id: label; objectName: "p2pMethodLabel"; label: qsTr("Name (for you)"); placeholderText: qsTr("e.g. My Barclays account"); maximumLength: 64 }
            Repeater {
                id: fieldRepeater
                model: root.newFields
                delegate: FormField {
                    required property var modelData
                    objectName: "p2pMethodField_" + modelData.key
                    label: P2pWords.fieldLabel(modelData.key)
                    maximumLength: 128
                }
            }
            PlainLabel { objectName: "p2pMethodError"; visible: root.errorText !== ""; text: root.errorText; color: Theme.danger; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            AppButton {
                objectName: "p2pAddMethod"
                kind: "primary"
                text: qsTr("Add")
                enabled: !root.methods.busy
                onClicked: {
                    const values = {}
                    for (let i = 0; i < fieldRepeater.count; ++i) values[root.newFields[i].key] = fieldRepeater.itemAt(i).text
                    root.methods.add(root.newType, label.text, values)
                }
            }
        }
    }
}
