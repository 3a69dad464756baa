"""p1320-3: formal report (UBND tỉnh Đồng Tháp): cold stores 6 months 2024, flattened '|' table by locality."""
from lib import F, period, inherited, change, target, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình phát triển hệ thống kho lạnh bảo quản nông sản, thủy sản 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống kho lạnh
Đến ngày 30/6/2024, toàn tỉnh có 64 kho lạnh, tổng sức chứa 152.400 tấn, tăng 5,8% so với cùng kỳ năm 2023. Trong đó, 41 kho của doanh nghiệp chế biến thủy sản với sức chứa 131.000 tấn (chiếm 86%); 23 kho phục vụ bảo quản trái cây, rau quả.

Bảng 1. Sức chứa kho lạnh theo địa bàn
Đơn vị tính: tấn
Địa bàn | 30/6/2023 | 30/6/2024 | So với cùng kỳ (%)
TP Cao Lãnh | 28.500 | 30.200 | 106,0
TP Sa Đéc | 41.300 | 43.600 | 105,6
Huyện Châu Thành | 22.800 | 24.100 | 105,7
Huyện Lấp Vò | 19.600 | 20.800 | 106,1
Các huyện còn lại | 31.800 | 33.700 | 106,0
Tổng cộng | 144.000 | 152.400 | 105,8

2. Hoạt động bảo quản
6 tháng đầu năm, các kho lạnh tiếp nhận bảo quản khoảng 265.000 tấn nông sản, thủy sản, bằng 52,4% kế hoạch năm; công suất sử dụng bình quân đạt 78%. Giá thuê kho dao động từ 180.000 đến 250.000 đồng/tấn/tháng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến cuối năm 2024 đưa vào hoạt động thêm 4 kho lạnh với sức chứa 12.000 tấn; kêu gọi đầu tư Trung tâm logistics lạnh tại Khu công nghiệp Sa Đéc quy mô khoảng 15 ha, vốn dự kiến 650 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hưng
"""

ASOF = period("Đến ngày 30/6/2024", end="2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
EOY = period("đến cuối năm 2024", end="2024-12-31")
C23 = period("30/6/2023", end="2023-06-30")
C24 = period("30/6/2024", end="2024-06-30")

ROWS = [("TP Cao Lãnh", "TP Cao Lãnh", ["28.500", "30.200", "106,0"]),
        ("TP Sa Đéc", "TP Sa Đéc", ["41.300", "43.600", "105,6"]),
        ("Huyện Châu Thành", "Châu Thành", ["22.800", "24.100", "105,7"]),
        ("Huyện Lấp Vò", "Lấp Vò", ["19.600", "20.800", "106,1"]),
        ("Các huyện còn lại", None, ["31.800", "33.700", "106,0"]),
        ("Tổng cộng", None, ["144.000", "152.400", "105,8"])]

CELLS = []
for label, place, nums in ROWS:
    kw = {"location": place} if place else {}
    row = "" if place else (label.lower() + " ")
    a, b, c = nums
    CELLS.append(F(f"{label} | {a}", a, float(a.replace(".", "")), "measure", "tấn",
                   subject=f"{row}sức chứa kho lạnh 30/6/2023", per=C23, **kw))
    CELLS.append(F(f"{a} | {b}", b, float(b.replace(".", "")), "measure", "tấn",
                   subject=f"{row}sức chứa kho lạnh 30/6/2024", per=C24, **kw))
    CELLS.append(F(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                   subject=f"{row}sức chứa kho lạnh so với cùng kỳ", **kw))

FIGS = [
    F("có 64 kho lạnh", "64", 64, "count", "kho lạnh", per=ASOF, subject="kho lạnh"),
    F("tổng sức chứa 152.400", "152.400", 152400, "measure", "tấn", per=ASOF,
      change=change("increase", 5.8, "%", "cùng kỳ năm 2023"), subject="tổng sức chứa kho lạnh"),
    F("41 kho của doanh nghiệp", "41", 41, "count", "kho", total=64, per=inherited(ASOF),
      subject="kho của doanh nghiệp chế biến thủy sản"),
    F("sức chứa 131.000 tấn", "131.000", 131000, "measure", "tấn", total=152400, percent=86,
      per=inherited(ASOF), subject="sức chứa kho của doanh nghiệp chế biến thủy sản"),
    F("23 kho phục vụ", "23", 23, "count", "kho", total=64, per=inherited(ASOF),
      subject="kho phục vụ bảo quản trái cây, rau quả"),
] + CELLS + [
    F("khoảng 265.000 tấn", "265.000", 265000, "measure", "tấn", approx="about", percent=52.4, per=H1,
      subject="nông sản, thủy sản các kho lạnh tiếp nhận bảo quản"),
    F("bình quân đạt 78%", "78", 78, "percent", "%", per=H1,
      subject="công suất sử dụng bình quân của các kho lạnh"),
    F("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/tấn/tháng", value_max=250000,
      subject="giá thuê kho"),
    F("thêm 4 kho lạnh", "4", 4, "count", "kho lạnh", status="target", per=EOY,
      subject="kho lạnh đưa vào hoạt động thêm"),
    F("sức chứa 12.000 tấn", "12.000", 12000, "measure", "tấn", status="target", per=EOY,
      subject="sức chứa kho lạnh đưa vào hoạt động thêm"),
    F("khoảng 15 ha", "15", 15, "measure", "ha", approx="about", status="target",
      subject="quy mô Trung tâm logistics lạnh tại Khu công nghiệp Sa Đéc"),
    F("dự kiến 650 tỷ", "650", 650e9, "money", "đồng", status="forecast",
      subject="vốn Trung tâm logistics lạnh"),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Tháp): 'Số: 215/BC-UBND', 'Đồng Tháp, ngày 12 tháng 7 năm 2024' (the article's own date), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: report number, section numbers, 'Bảng 1.', 'TT.', 'KT. CHỦ TỊCH', column headers '30/6/2023', '30/6/2024', '6 THÁNG CUỐI NĂM'.",
    "Flattened '|' table, 'Đơn vị tính: tấn': every numeric cell a figure; the place column goes to location (TP Cao Lãnh, TP Sa Đéc,",
    "Châu Thành, Lấp Vò); 'Các huyện còn lại' and 'Tổng cộng' stay with the province and keep their label in the subject.",
    "Date column headers are as-of dates (start null). The 'So với cùng kỳ (%)' column: percent figures, value as written, no period, no change.",
    "'Trong đó' after a sentence break: 41 and 23 kho → total 64; 131.000 tấn → total 152.400 (same thing, capacity), percent 86.",
    "'6 tháng đầu năm' without a year takes 2024 (nearest earlier date). 'bằng 52,4% kế hoạch năm' → percent attribute.",
    "'Phấn đấu' governs the whole sentence: 4 kho, 12.000 tấn, 15 ha are targets; 'vốn dự kiến 650 tỷ' → forecast.",
    "'đến cuối năm 2024' is the period of the 4 new stores only, not of the logistics centre's size and capital.",
]

if __name__ == "__main__":
    write("p1320-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Đồng Tháp")
