"""p766-3: Sở LĐ-TB&XH Quảng Nam formal report, 9 months 2023, flattened '|' table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH QUẢNG NAM
SỞ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI
Số: 1875/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 09 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác trợ giúp người khiếm thị 9 tháng đầu năm 2023

Thực hiện Kế hoạch số 512/KH-UBND ngày 24/02/2023 của UBND tỉnh, Sở Lao động - Thương binh và Xã hội báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/9/2023, toàn tỉnh có 7.425 người khiếm thị, chiếm 0,49% dân số; trong đó 2.318 người khiếm thị nặng và đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng. 9 tháng đầu năm 2023, kinh phí chi trả trợ cấp cho người khiếm thị ước đạt 21,6 tỷ đồng, bằng 74,5% kế hoạch năm.

2. Hỗ trợ học chữ nổi, học nghề tại một số địa phương
Bảng 1. Kết quả 9 tháng đầu năm 2023
Địa phương | Hội viên (người) | Học chữ nổi (người) | Học nghề xoa bóp (người) | Kinh phí hỗ trợ (triệu đồng)
Tam Kỳ | 412 | 36 | 18 | 640,5
Điện Bàn | 685 | 42 | 25 | 1.284,6
Thăng Bình | 538 | 29 | 12 | 455
Núi Thành | 397 | 21 | 0 | 318,2

Tổng kinh phí hỗ trợ học chữ nổi và học nghề toàn tỉnh 9 tháng là 3,46 tỷ đồng, tăng 8,1% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2023
Dự kiến trong quý IV/2023 mở thêm 5 lớp chữ nổi với khoảng 60 học viên; phối hợp Hội Người mù tỉnh giới thiệu việc làm cho 40 người.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, BTXH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9b = P("9 tháng", "2023-01-01", "2023-09-30")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
TAB = INH(M9)

FIGS = [
    F("có 7.425 người khiếm thị", "7.425", 7425, "count", "người khiếm thị", "người khiếm thị toàn tỉnh", ASOF, percent=0.49),
    F("trong đó 2.318 người", "2.318", 2318, "count", "người khiếm thị",
      "người khiếm thị nặng và đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng", ASOF, total=7425),
    F("ước đạt 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "kinh phí chi trả trợ cấp cho người khiếm thị", M9,
      percent=74.5, status="estimate"),
]

ROWS = [
    ("Tam Kỳ", "Tam Kỳ | 412 | 36 | 18 | 640,5", ["412", "36", "18", "640,5"]),
    ("Điện Bàn", "Điện Bàn | 685 | 42 | 25 | 1.284,6", ["685", "42", "25", "1.284,6"]),
    ("Thăng Bình", "Thăng Bình | 538 | 29 | 12 | 455", ["538", "29", "12", "455"]),
    ("Núi Thành", "Núi Thành | 397 | 21 | 0 | 318,2", ["397", "21", "0", "318,2"]),
]
COLS = [("Hội viên", "count", "người", 1), ("Học chữ nổi", "count", "người", 1),
        ("Học nghề xoa bóp", "count", "người", 1), ("Kinh phí hỗ trợ", "money", "đồng", 10**6)]
for place, line, cells in ROWS:
    parts = line.split(" | ")
    for i, (num, (col, kind, unit, mult)) in enumerate(zip(cells, COLS)):
        # anchor: this cell with its left neighbour (row label or previous cell) so that it is unique
        anchor = parts[i] + " | " + parts[i + 1]
        if place == "Tam Kỳ" and i == 0:
            anchor = "Tam Kỳ | 412"
        base = float(num.replace(".", "").replace(",", "."))
        value = round(base * mult, 6)
        if value.is_integer():
            value = int(value)
        FIGS.append(F(anchor, num, value, kind, unit, col, TAB, location=place))

FIGS += [
    F("9 tháng là 3,46 tỷ đồng", "3,46", 3460000000, "money", "đồng", "tổng kinh phí hỗ trợ học chữ nổi và học nghề", M9b,
      change=CH("increase", 8.1, "%", "cùng kỳ")),
    F("mở thêm 5 lớp chữ nổi", "5", 5, "count", "lớp chữ nổi", "lớp chữ nổi mở thêm", Q4, status="forecast"),
    F("khoảng 60 học viên", "60", 60, "count", "học viên", "học viên lớp chữ nổi", Q4, approx="about", status="forecast"),
    F("cho 40 người.", "40", 40, "count", "người", "người được giới thiệu việc làm", Q4, status="forecast"),
]

COMMENTS = [
    "Formal report (invented): Sở LĐ-TB&XH Quảng Nam, 'Số: 1875/BC-SLĐTBXH', place-and-date line 'Quảng Nam, ngày 09 tháng 10 năm 2023'.",
    "Flattened '|' table: columns Hội viên / Học chữ nổi / Học nghề xoa bóp (người) and Kinh phí hỗ trợ (triệu đồng); rows are districts",
    "(location), subject = column label; the zero cell is a figure; period from the table title line 'Bảng 1. Kết quả 9 tháng đầu năm 2023' (inherited).",
    "Distractors: document numbers, 'Kế hoạch số 512/KH-UBND ngày 24/02/2023', section numbers I./1./2./II., 'Bảng 1', quý IV/2023 heading.",
    "'chiếm 0,49% dân số' is the share of 7.425 (percent). 'Dự kiến' governs both clauses of the last sentence (forecast).",
]

if __name__ == "__main__":
    emit("p766-3", TEXT, COMMENTS, FIGS, published="2023-10-09", location="Quảng Nam")
