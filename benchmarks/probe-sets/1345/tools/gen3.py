"""p1345-3: formal report (Sở Y tế Hà Tĩnh, Số: 412/BC-SYT): cervical screening 2024, flattened '|' table by district."""
from lib import F, opt_age, period, inherit, change, write

TEXT = """UBND TỈNH HÀ TĨNH
SỞ Y TẾ
Số: 412/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sàng lọc ung thư cổ tử cung năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Kết quả chung
Năm 2024, toàn tỉnh sàng lọc ung thư cổ tử cung cho 18.640 phụ nữ, tăng 12,5% so với năm 2023, đạt 103,6% kế hoạch; phát hiện 549 trường hợp bất thường, gồm 512 trường hợp tổn thương tiền ung thư và 37 trường hợp ung thư; 100% số ca được chuyển tuyến điều trị.

2. Kết quả theo địa bàn
Đơn vị tính: người
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Hà Tĩnh | 3.912 | 4.380 | 4.600
Huyện Cẩm Xuyên | 2.746 | 3.105 | 3.300
Huyện Thạch Hà | 2.318 | 2.655 | 2.800
Huyện Hương Khê | 1.204 | 1.486 | 1.700
Các địa phương khác | 6.388 | 7.014 | 7.600
Tổng cộng | 16.568 | 18.640 | 20.000

3. Tiêm vắc xin HPV
Năm 2024, tỉnh thí điểm tiêm vắc xin HPV cho trẻ em gái 11 tuổi tại hai huyện Cẩm Xuyên và Hương Khê với 1.870 trẻ được tiêm, đạt 92,1% số trẻ trong diện; kinh phí 2,9 tỷ đồng do Quỹ Phát triển Sức khỏe Cộng đồng Hồng Lam tài trợ.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sàng lọc cho 20.000 phụ nữ từ 30 đến 54 tuổi; mở rộng tiêm vắc xin HPV ra 13/13 huyện, thị xã, thành phố với khoảng 6.500 trẻ em gái; tỷ lệ phụ nữ có tổn thương tiền ung thư được điều trị đạt trên 90%.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh;
- Lưu: VT, NVY.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("TP Hà Tĩnh", None, "Hà Tĩnh", ["3.912", "4.380", "4.600"]),
        ("Huyện Cẩm Xuyên", None, "Cẩm Xuyên", ["2.746", "3.105", "3.300"]),
        ("Huyện Thạch Hà", None, "Thạch Hà", ["2.318", "2.655", "2.800"]),
        ("Huyện Hương Khê", None, "Hương Khê", ["1.204", "1.486", "1.700"]),
        ("Các địa phương khác", "các địa phương khác", "Hà Tĩnh", ["6.388", "7.014", "7.600"]),
        ("Tổng cộng", "tổng cộng", "Hà Tĩnh", ["16.568", "18.640", "20.000"])]


def cells():
    out = []
    for label, row_subject, place, nums in ROWS:
        prev = label
        for (col, per, status), n in zip(COLS, nums):
            subj = (row_subject + " " if row_subject else "") + col
            kw = {"status": status} if status else {}
            out.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "người",
                         subject=subj, per=per, location=place, **kw))
            prev = n
    return out


FIGS = [
    F("cho 18.640 phụ nữ", "18.640", 18640, "count", "phụ nữ", percent=103.6,
      change=change("increase", 12.5, "%", "năm 2023"),
      subject="phụ nữ được sàng lọc ung thư cổ tử cung", per=Y24),
    F("phát hiện 549", "549", 549, "count", "trường hợp", subject="trường hợp bất thường", per=Y24),
    F("gồm 512", "512", 512, "count", "trường hợp", total=549,
      subject="trường hợp tổn thương tiền ung thư", per=Y24),
    F("và 37 trường hợp", "37", 37, "count", "trường hợp", total=549,
      subject="trường hợp ung thư", per=Y24),
    F("100% số ca", "100", 100, "percent", "%", subject="số ca được chuyển tuyến điều trị", per=Y24),
] + cells() + [
    opt_age("em gái 11 tuổi", "11", 11),
    F("tại hai huyện", "hai", 2, "count", "huyện", subject="huyện thí điểm tiêm vắc xin HPV", per=Y24),
    F("với 1.870 trẻ", "1.870", 1870, "count", "trẻ", percent=92.1,
      subject="trẻ được tiêm vắc xin HPV", per=Y24),
    F("kinh phí 2,9 tỷ", "2,9", 2.9e9, "money", "đồng",
      subject="kinh phí thí điểm do Quỹ Phát triển Sức khỏe Cộng đồng Hồng Lam tài trợ", per=Y24),
    F("cho 20.000 phụ nữ", "20.000", 20000, "count", "phụ nữ", status="target",
      subject="phụ nữ được sàng lọc", per=Y25),
    opt_age("từ 30 đến 54 tuổi", "30", 30, 54),
    F("ra 13/13", "13", 13, "count", "huyện, thị xã, thành phố", total=13, status="target",
      subject="huyện, thị xã, thành phố tiêm vắc xin HPV", per=Y25),
    F("khoảng 6.500", "6.500", 6500, "count", "trẻ em gái", approx="about", status="target",
      subject="trẻ em gái được tiêm vắc xin HPV", per=Y25),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ phụ nữ có tổn thương tiền ung thư được điều trị", per=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Hà Tĩnh / Sở Y tế, Số: 412/BC-SYT, 'Hà Tĩnh, ngày 15 tháng 01 năm 2025'): sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 412/BC-SYT, the letterhead date, I./II., 1./2./3., 'Lưu: VT, NVY', the report title's years.",
    "549 is the whole of 512 + 37 ('gồm'); '100% số ca' is a percent figure of its own. 18.640 carries change 12,5% and percent 103,6% (plan).",
    "Flattened '|' table, 'Đơn vị tính: người', rows are places: the place goes to location (TP Hà Tĩnh → Hà Tĩnh by the scorer's prefix rule),",
    "'Các địa phương khác' and 'Tổng cộng' are the province's; subject = the row label (when not a place) + the column label, as FIGURES.md says;",
    "revised after the first run: cell subjects lose the caption/section words 'kết quả sàng lọc theo địa bàn' I had added (the spec names only row and column labels).",
    "periods from column headers (scored), 'Kế hoạch 2025' → target; table cells get no total.",
    "'tại hai huyện Cẩm Xuyên và Hương Khê' (number word): the pilot figures cover two districts, so location stays Hà Tĩnh.",
    "Section II 'Phấn đấu năm 2025' governs the whole sentence (target); '13/13' → total 13.",
]

if __name__ == "__main__":
    write("p1345-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hà Tĩnh")
