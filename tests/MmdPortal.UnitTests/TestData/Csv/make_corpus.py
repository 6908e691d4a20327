#!/usr/bin/env python3
"""Writes the hardware-hash CSV corpus next to this script: python3 make_corpus.py

Every file is shaped like one an admin really has (the tool that writes it is named below); the expected outcome of
each is asserted in tests/MmdPortal.UnitTests/Registrations/CsvCorpusTests.cs. Devices come from devices.tsv:
hashes from HardwareHashBuilder.Build(seed), valid but describing no real device. The output is deterministic, so
running the script again leaves git clean.
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "devices.tsv"), encoding="ascii") as f:
    DEVICES = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
SERIAL = [d[1] for d in DEVICES]
MAKER = [d[2] for d in DEVICES]
MODEL = [d[3] for d in DEVICES]
HASH = [d[4] for d in DEVICES]

AUTOPILOT = "Device Serial Number,Windows Product ID,Hardware Hash"
INTUNE = AUTOPILOT + ",Group Tag,Assigned User"
# The -AssignedUser form of Get-WindowsAutoPilotInfo, with what 1252 can hold but ASCII cannot.
INTUNE_ROWS = [
    f"{SERIAL[0]},,{HASH[0]},Ventes,josé.garcía@contoso.com",
    f"{SERIAL[1]},00330-80111-12345-AA404,{HASH[1]},,",
    f"{SERIAL[2]},,{HASH[2]},Général,",
]


def lines(*rows, end="\r\n"):
    return "".join(row + end for row in rows)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def encodings():
    text = lines(INTUNE, *INTUNE_ROWS)
    write("encoding-utf8.csv", text.encode("utf-8"))  # PowerShell 7 Out-File
    write("encoding-utf8-bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))  # Notepad, Excel "CSV UTF-8"
    write("encoding-utf16le-bom.csv", b"\xff\xfe" + text.encode("utf-16-le"))  # Windows PowerShell 5.1 Out-File
    write("encoding-utf16be-bom.csv", b"\xfe\xff" + text.encode("utf-16-be"))
    write("encoding-utf16le.csv", text.encode("utf-16-le"))
    write("encoding-utf16be.csv", text.encode("utf-16-be"))
    write("encoding-utf32le-bom.csv", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))  # Out-File -Encoding utf32
    write("encoding-windows1252.csv", text.encode("cp1252"))  # Out-File -Encoding default, Excel "CSV"


def forms():
    # Get-WindowsAutoPilotInfo -OutputFile strips the quotes Export-Csv writes.
    write("form-autopilot.csv", lines(AUTOPILOT, f"{SERIAL[0]},,{HASH[0]}", f"{SERIAL[1]},,{HASH[1]}").encode())
    write("form-autopilot-grouptag.csv", lines(AUTOPILOT + ",Group Tag", f"{SERIAL[2]},,{HASH[2]},Kiosk").encode())
    # -Partner, run in Windows PowerShell 5.1: UTF-16 LE with BOM.
    write("form-autopilot-partner.csv", b"\xff\xfe" + lines(
        AUTOPILOT + ",Manufacturer name,Device model",
        f"{SERIAL[1]},,{HASH[1]},{MAKER[1]},{MODEL[1]}",
        f"{SERIAL[3]},,{HASH[3]},{MAKER[3]},{MODEL[3]}").encode("utf-16-le"))
    # As the MMD sample: UTF-8 with BOM, LF.
    write("form-mmd.csv", b"\xef\xbb\xbf" + lines(
        "Manufacturer,Model,Serial Number,Hardware Hash",
        f"{MAKER[0]},{MODEL[0]},{SERIAL[0]},{HASH[0]}", end="\n").encode())
    # Windows PowerShell 5.1 Export-Csv without -NoTypeInformation: a #TYPE line, every field quoted, ASCII.
    write("form-intune-export-csv.csv", lines(
        "#TYPE System.Management.Automation.PSCustomObject",
        '"Device Serial Number","Windows Product ID","Hardware Hash","Group Tag","Assigned User"',
        f'"{SERIAL[3]}","","{HASH[3]}","Sales","megan@contoso.com"').encode("ascii"))
    # ConfigMgr's Windows Autopilot Device Information report exported to CSV (SSRS: UTF-8 with BOM, CRLF).
    report_title = ["Windows Autopilot Device Information", "Collection,All Desktop and Server Clients", ""]
    write("form-configmgr-report.csv", b"\xef\xbb\xbf" + lines(
        *report_title,
        *[f"{AUTOPILOT},{SERIAL[i]},00330-8000{i}-00000-AA{i}00,{HASH[i]}" for i in range(3)]).encode())
    # The same report where the first device's hash was never inventoried.
    write("form-configmgr-report-first-hash-missing.csv", b"\xef\xbb\xbf" + lines(
        *report_title, f"{AUTOPILOT},{SERIAL[3]},,", f"{AUTOPILOT},{SERIAL[0]},,{HASH[0]}").encode())
    write("form-configmgr-custom.csv", lines("Serial_Number,HardwareHash", f"{SERIAL[1]},{HASH[1]}").encode())
    # Hand-made: odd header spelling, an unknown column, quotes, LF, spaces, trailing empty lines.
    write("form-header-variants.csv", lines(
        ' "device SERIAL number" ,WINDOWS_PRODUCT_ID,"Hardware  Hash",Notes,group-tag',
        f'"{SERIAL[0]}", ,{HASH[0]},"bought 2024, Paris",',
        f'  {SERIAL[1]}  ,"",  "{HASH[1]}"  ,,"Lab"', "", "", end="\n").encode())
    # Two Get-WindowsAutoPilotInfo files joined with `type a.csv b.csv > all.csv`.
    write("form-concatenated.csv", lines(
        AUTOPILOT, f"{SERIAL[0]},,{HASH[0]}", AUTOPILOT + ",Group Tag", f"{SERIAL[1]},,{HASH[1]},Lab").encode())
    # Excel "CSV (Comma delimited)": ANSI, and rows of bare commas where rows were cleared.
    write("form-excel-saved.csv", lines(INTUNE, INTUNE_ROWS[0], ",,,,", ",,,,").encode("cp1252"))


def content():
    # Spreadsheet formulas and markup are values like any other: the reader keeps them as written.
    write("content-formula-html.csv", lines(
        INTUNE,
        f"{SERIAL[0]},,{HASH[0]},=cmd|' /C calc'!A0,<script>alert(1)</script>",
        f'"<img src=x onerror=alert(1)>",,{HASH[1]},"+SUM(1,2)",@evil').encode())


def bad():
    write("bad-empty.csv", b"")
    write("bad-bom-only.csv", b"\xef\xbb\xbf")
    write("bad-blank-lines.csv", b"\r\n\r\n   \r\n,,,\r\n")
    write("bad-header-only.csv", lines(AUTOPILOT, "", "").encode())
    write("bad-no-hash-column.csv", lines("Device Serial Number,Windows Product ID", f"{SERIAL[0]},").encode())
    write("bad-no-header.csv", lines(f"{SERIAL[0]},,{HASH[0]}", f"{SERIAL[1]},,{HASH[1]}").encode())
    write("bad-title-lines-only.csv", lines(*[f"Inventory page {i}" for i in range(1, 26)]).encode())
    # Excel in a locale whose decimal separator is a comma saves "CSV" with semicolons.
    write("bad-semicolon.csv", lines(AUTOPILOT.replace(",", ";"), f"{SERIAL[0]};;{HASH[0]}").encode())
    write("bad-nul-byte.csv", lines(AUTOPILOT + ",Group Tag", f"{SERIAL[0]},,{HASH[0]},A", f"{SERIAL[1]},,{HASH[1]},B\0").encode())
    write("bad-nul-utf16le.csv", b"\xff\xfe" + lines(AUTOPILOT, f"{SERIAL[0]}\0,,{HASH[0]}").encode("utf-16-le"))
    # A PNG renamed to .csv: binary from its first bytes.
    write("bad-binary.csv", bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 4)
    workbook = io.BytesIO()
    with zipfile.ZipFile(workbook, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), body)
    write("bad-excel.xlsx", workbook.getvalue())
    write("bad-excel-legacy.xls", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    write("bad-report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")


encodings()
forms()
content()
bad()
