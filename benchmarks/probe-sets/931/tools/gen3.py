"""p931-3: formal report (UBND tỉnh Thanh Hóa, Số: 187/BC-UBND), trẻ em tại cơ sở trợ giúp xã hội năm 2024; flattened | table."""
from lib import F, period, change, target, write

TEXT = """UBND TỈNH THANH HÓA
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả chăm sóc, nuôi dưỡng trẻ em mồ côi, bị bỏ rơi tại các cơ sở trợ giúp xã hội năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác nuôi dưỡng tập trung
Tính đến ngày 31/12/2024, toàn tỉnh có 7 cơ sở trợ giúp xã hội có chức năng nuôi dưỡng trẻ em (3 cơ sở công lập, 4 cơ sở ngoài công lập), đang nuôi dưỡng 412 trẻ em, giảm 6,2% so với năm 2023. Chi tiết tại Bảng 1.

Bảng 1. Trẻ em được nuôi dưỡng tại các cơ sở
Đơn vị tính: trẻ em
Cơ sở | Trẻ mồ côi | Trẻ bị bỏ rơi | Trẻ có hoàn cảnh đặc biệt khác | Tổng số
Trung tâm Bảo trợ xã hội số 1 | 96 | 28 | 41 | 165
Trung tâm Bảo trợ xã hội số 2 | 54 | 12 | 37 | 103
Làng trẻ em SOS Thanh Hóa | 88 | 9 | 14 | 111
Các cơ sở ngoài công lập | 21 | 5 | 7 | 33
Tổng cộng | 259 | 54 | 99 | 412

2. Thực hiện chính sách trợ cấp
Năm 2024, tổng kinh phí nuôi dưỡng trẻ em tại các cơ sở công lập là 9,74 tỷ đồng, tăng 28,4% so với năm 2023. Mức chuẩn trợ giúp xã hội được điều chỉnh từ 360.000 đồng/tháng lên 500.000 đồng/tháng theo Nghị định số 76/2024/NĐ-CP.

Trong năm, các cơ sở đã tiếp nhận mới 37 trẻ em, trong đó 11 trẻ sơ sinh bị bỏ rơi; đưa 25 trẻ về hòa nhập cộng đồng (gồm 14 trẻ được nhận làm con nuôi, 11 trẻ về với gia đình, người thân).

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% trẻ em tại các cơ sở được hưởng đầy đủ chế độ; hỗ trợ ít nhất 30 trẻ em chuyển sang chăm sóc thay thế tại gia đình, cộng đồng.
"""

ASOF = period("Tính đến ngày 31/12/2024", None, "2024-12-31")
ASOF_INH = period("Tính đến ngày 31/12/2024", None, "2024-12-31", inherited=True)
Y2024 = period("Năm 2024", "2024-01-01", "2024-12-31")
TRONG_NAM = period("Trong năm", "2024-01-01", "2024-12-31")
Y2025_INH = period("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [
    ("Trung tâm Bảo trợ xã hội số 1", ["96", "28", "41", "165"]),
    ("Trung tâm Bảo trợ xã hội số 2", ["54", "12", "37", "103"]),
    ("Làng trẻ em SOS Thanh Hóa", ["88", "9", "14", "111"]),
    ("Các cơ sở ngoài công lập", ["21", "5", "7", "33"]),
    ("Tổng cộng", ["259", "54", "99", "412"]),
]
COLS = ["Trẻ mồ côi", "Trẻ bị bỏ rơi", "Trẻ có hoàn cảnh đặc biệt khác", "Tổng số"]

FIGS = [
    F("có 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở trợ giúp xã hội có chức năng nuôi dưỡng trẻ em", period=ASOF),
    F("(3 cơ sở công lập", "3", 3, "count", "cơ sở", total=7,
      subject="cơ sở công lập", period=ASOF),
    F("4 cơ sở ngoài công lập", "4", 4, "count", "cơ sở", total=7,
      subject="cơ sở ngoài công lập", period=ASOF),
    F("nuôi dưỡng 412 trẻ em", "412", 412, "count", "trẻ em",
      change=change("decrease", 6.2, "%", "năm 2023"),
      subject="trẻ em đang được nuôi dưỡng tại các cơ sở trợ giúp xã hội", period=ASOF),
]
# table cells: subject = row label + column label; period from the line before the table (inherited)
for label, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for j, (col, cell) in enumerate(zip(COLS, cells)):
        left = " | ".join(cells[:j + 1])
        anchor = label + " | " + left if j < len(cells) - 1 else label + " | " + left
        # make the anchor shorter but unique: label prefix is needed because values repeat
        F_args = dict(subject=f"{col} {label}" if label != "Tổng cộng" else f"{col} tổng cộng",
                      period=ASOF_INH)
        FIGS.append(F(anchor, cell, int(cell), "count", "trẻ em", **F_args))

FIGS += [
    F("là 9,74 tỷ đồng", "9,74", 9.74e9, "money", "đồng",
      change=change("increase", 28.4, "%", "năm 2023"),
      subject="tổng kinh phí nuôi dưỡng trẻ em tại các cơ sở công lập", period=Y2024),
    F("từ 360.000 đồng/tháng", "360.000", 360000, "money", "đồng/tháng",
      subject="mức chuẩn trợ giúp xã hội trước điều chỉnh"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng",
      subject="mức chuẩn trợ giúp xã hội sau điều chỉnh"),
    F("mới 37 trẻ em", "37", 37, "count", "trẻ em",
      subject="trẻ em các cơ sở tiếp nhận mới", period=TRONG_NAM),
    F("11 trẻ sơ sinh", "11", 11, "count", "trẻ sơ sinh", total=37,
      subject="trẻ sơ sinh bị bỏ rơi tiếp nhận mới", period=TRONG_NAM),
    F("đưa 25 trẻ", "25", 25, "count", "trẻ",
      subject="trẻ về hòa nhập cộng đồng", period=TRONG_NAM),
    F("gồm 14 trẻ", "14", 14, "count", "trẻ", total=25,
      subject="trẻ được nhận làm con nuôi", period=TRONG_NAM),
    F("11 trẻ về với", "11", 11, "count", "trẻ", total=25,
      subject="trẻ về với gia đình, người thân", period=TRONG_NAM),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trẻ em tại các cơ sở được hưởng đầy đủ chế độ", period=Y2025_INH),
    F("ít nhất 30 trẻ em", "30", 30, "count", "trẻ em", approx="at_least", status="target",
      subject="trẻ em chuyển sang chăm sóc thay thế tại gia đình, cộng đồng", period=Y2025_INH),
]

NOTES = [
    "UBND tỉnh Thanh Hóa, Báo cáo Số: 187/BC-UBND, 'Thanh Hóa, ngày 15 tháng 01 năm 2025' (the report's date = published).",
    "Flattened '|' table 'Bảng 1' (Đơn vị tính: trẻ em): every numeric cell is a count in 'trẻ em', subject = column label + row label,",
    "period as of 31/12/2024 from the sentence before the table (inherited); table cells carry no totals (the Tổng số column and Tổng cộng row are figures of their own).",
    "Distractors: Số: 187/BC-UBND, section numbers I./II./1./2., 'Bảng 1', 'Trung tâm Bảo trợ xã hội số 1/số 2' (names), Nghị định số 76/2024/NĐ-CP.",
    "'điều chỉnh từ 360.000 đồng/tháng lên 500.000 đồng/tháng': two money figures (old and new level), no change attribute (no tăng/giảm cue), no period.",
    "'(3 cơ sở công lập, 4 cơ sở ngoài công lập)' adds up to 7: total 7. '(gồm 14 …, 11 …)' adds up to 25: total 25. Section II heading 'NĂM 2025' gives the targets' period (inherited).",
]

write("p931-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Thanh Hóa")
