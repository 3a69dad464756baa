"""p1217-3: formal report (UBND tỉnh Quảng Nam), đèn lồng truyền thống 9 tháng 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 248/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 16 tháng 10 năm 2023

BÁO CÁO
Tình hình sản xuất, tiêu thụ đèn lồng truyền thống 9 tháng năm 2023

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 186 cơ sở, hộ gia đình sản xuất đèn lồng, giải quyết việc làm cho khoảng 1.350 lao động; trong đó TP Hội An có 142 cơ sở (chiếm 76,3%). Thu nhập của lao động làm đèn lồng từ 5,5 đến 7 triệu đồng/người/tháng, thợ lành nghề trên 10 triệu đồng/người/tháng.

II. KẾT QUẢ SẢN XUẤT, TIÊU THỤ
1. Sản lượng
9 tháng năm 2023, sản lượng đèn lồng toàn tỉnh đạt 582 nghìn chiếc, tăng 18,4% so với cùng kỳ; giá trị sản xuất ước đạt 71,2 tỷ đồng, bằng 74% kế hoạch năm.

Sản lượng đèn lồng theo địa phương
Đơn vị tính: nghìn chiếc
Địa phương | Năm 2022 | 9 tháng 2023 | Ước năm 2023
TP Hội An | 598,6 | 452,3 | 640
TX Điện Bàn | 95,2 | 84,5 | 112
Huyện Duy Xuyên | 52,7 | 45,2 | 58
Tổng cộng | 746,5 | 582 | 810

2. Tiêu thụ
Khoảng 65% sản lượng được bán tại chỗ cho khách du lịch. Giá trị xuất khẩu sang Nhật Bản, Hàn Quốc, Úc ước đạt 1,4 triệu USD, gấp 1,6 lần năm 2022. Riêng dịp Tết Trung thu, các cơ sở bán ra khoảng 95 nghìn chiếc đèn lồng cỡ nhỏ cho thiếu nhi.

III. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng đèn lồng đạt 900 nghìn chiếc, giá trị xuất khẩu trên 2 triệu USD; tổ chức Lễ hội đèn lồng Hội An lần thứ 5.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

NINE = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C9 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
E23 = P("Ước năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
PLACES = {"TP Hội An": "Hội An", "TX Điện Bàn": "Điện Bàn", "Huyện Duy Xuyên": "Duy Xuyên", "Tổng cộng": None}
COLS = {"Năm 2022": Y22, "9 tháng 2023": C9, "Ước năm 2023": E23}


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    loc = PLACES[row]
    if loc:
        kw["location"] = loc
    subject = f"sản lượng đèn lồng {col.lower()}" + (" tổng cộng" if row == "Tổng cộng" else "")
    return F(anchor, number, value, "count", "chiếc", subject=subject, period=COLS[col], **kw)


FIGS = [
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", subject="cơ sở, hộ gia đình sản xuất đèn lồng"),
    F("khoảng 1.350 lao động", "1.350", 1350, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm trong sản xuất đèn lồng"),
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", total=186, percent=76.3,
      subject="cơ sở, hộ gia đình sản xuất đèn lồng", location="Hội An"),
    F("từ 5,5 đến 7 triệu", "5,5", 5500000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập của lao động làm đèn lồng"),
    F("trên 10 triệu", "10", 10000000, "money", "đồng/người/tháng", approx="over",
      subject="thu nhập thợ lành nghề làm đèn lồng"),
    F("đạt 582 nghìn", "582", 582000, "count", "chiếc", change=C("increase", 18.4, "%", "cùng kỳ"),
      subject="sản lượng đèn lồng", period=NINE),
    F("ước đạt 71,2 tỷ", "71,2", 71200000000, "money", "đồng", percent=74, status="estimate",
      subject="giá trị sản xuất đèn lồng", period=NINE),
    cell("Hội An | 598,6", "598,6", 598600, "TP Hội An", "Năm 2022"),
    cell("598,6 | 452,3", "452,3", 452300, "TP Hội An", "9 tháng 2023"),
    cell("452,3 | 640", "640", 640000, "TP Hội An", "Ước năm 2023"),
    cell("Bàn | 95,2", "95,2", 95200, "TX Điện Bàn", "Năm 2022"),
    cell("95,2 | 84,5", "84,5", 84500, "TX Điện Bàn", "9 tháng 2023"),
    cell("84,5 | 112", "112", 112000, "TX Điện Bàn", "Ước năm 2023"),
    cell("Xuyên | 52,7", "52,7", 52700, "Huyện Duy Xuyên", "Năm 2022"),
    cell("52,7 | 45,2", "45,2", 45200, "Huyện Duy Xuyên", "9 tháng 2023"),
    cell("45,2 | 58", "58", 58000, "Huyện Duy Xuyên", "Ước năm 2023"),
    cell("Tổng cộng | 746,5", "746,5", 746500, "Tổng cộng", "Năm 2022"),
    cell("746,5 | 582", "582", 582000, "Tổng cộng", "9 tháng 2023"),
    cell("582 | 810", "810", 810000, "Tổng cộng", "Ước năm 2023"),
    F("Khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng đèn lồng bán tại chỗ cho khách du lịch", period=I(NINE)),
    F("ước đạt 1,4 triệu", "1,4", 1400000, "money", "USD", status="estimate",
      change=C("increase", 1.6, "lần", "năm 2022"),
      subject="giá trị xuất khẩu đèn lồng", period=I(NINE)),
    F("khoảng 95 nghìn", "95", 95000, "count", "chiếc", approx="about",
      subject="đèn lồng cỡ nhỏ cho thiếu nhi bán ra dịp Tết Trung thu", period=I(NINE)),
    F("đạt 900 nghìn", "900", 900000, "count", "chiếc", status="target",
      subject="sản lượng đèn lồng", period=Y24),
    F("trên 2 triệu", "2", 2000000, "money", "USD", approx="over", status="target",
      subject="giá trị xuất khẩu đèn lồng", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH QUẢNG NAM', 'Số: 248/BC-UBND', 'Quảng Nam, ngày 16 tháng 10 năm 2023' (published), sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (×1000, decimals with comma). Rows are places → location (TX/TP/Huyện prefix dropped);",
    "subject = caption indicator + column label; periods from the column headers; 'Ước năm 2023' → estimate. Cells get no totals.",
    "'TP Hội An có 142 cơ sở (chiếm 76,3%)' follows the whole after '; trong đó' → total 186, percent 76.3. 'gấp 1,6 lần năm 2022' is a change.",
    "'hiện có' figures get no period (the report date is an as-of, but 'hiện' is not a stated period). Section II-2 inherits '9 tháng năm 2023';",
    "section III targets inherit the heading 'NHIỆM VỤ NĂM 2024'. Distractors: Số 248, 'lần thứ 5', section numbers, 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1217-3", TEXT, NOTES, FIGS, published="2023-10-16", location="Quảng Nam")
