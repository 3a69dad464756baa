from lib import *

A = """UBND TỈNH LÂM ĐỒNG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 1426/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 04 tháng 9 năm 2024

BÁO CÁO
Tình hình hoạt động du lịch dịp nghỉ lễ Quốc khánh 2/9/2024

Thực hiện Công văn số 2987/BVHTTDL-DL, Sở báo cáo kết quả hoạt động du lịch trong 4 ngày nghỉ lễ (từ ngày 31/8 đến ngày 3/9/2024) như sau:

1. Kết quả đón khách
Tổng lượt khách đến Lâm Đồng ước đạt 195.600 lượt, tăng 12,8% so với cùng kỳ năm 2023, trong đó khách lưu trú 142.300 lượt, khách quốc tế 6.850 lượt. Công suất phòng bình quân đạt 75%, ngày cao điểm 1/9 đạt trên 90%.

2. Kết quả theo địa phương
Địa phương | Lượt khách (lượt) | Khách lưu trú (lượt) | Doanh thu (tỷ đồng) | Tăng so cùng kỳ (%)
Thành phố Đà Lạt | 138.500 | 104.200 | 455 | 13,6
Thành phố Bảo Lộc | 21.300 | 14.100 | 52 | 9,8
Huyện Lạc Dương | 18.900 | 11.600 | 48 | 15,2
Huyện Đức Trọng | 9.700 | 6.300 | 27 | 7,4
Các huyện còn lại | 7.200 | 6.100 | 30 | 10,1
Toàn tỉnh | 195.600 | 142.300 | 612 | 12,8

3. Công tác quản lý
Tính đến ngày 31/8/2024, toàn tỉnh có 3.150 cơ sở lưu trú với 38.600 buồng. Trong dịp lễ, đoàn kiểm tra liên ngành đã kiểm tra 86 cơ sở, xử phạt 4 cơ sở vi phạm với số tiền 38,5 triệu đồng. Đường dây nóng 0263.3812.666 tiếp nhận 5 phản ánh, đã xử lý dứt điểm 5/5 phản ánh.

4. Nhiệm vụ thời gian tới
8 tháng năm 2024, ngành du lịch đón 7,35 triệu lượt khách, đạt 79,9% kế hoạch năm. Phấn đấu năm 2024 toàn tỉnh đón 9,2 triệu lượt khách, tổng thu từ du lịch đạt khoảng 26.000 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL (b/c);
- UBND tỉnh;
- Lưu: VT, QLDL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

PH = P("từ ngày 31/8 đến ngày 3/9/2024", "2024-08-31", "2024-09-03")
PHi = inh(PH)

figs = [
    F("ước đạt 195.600 lượt", "195.600", 195600, "count", "lượt", "tổng lượt khách đến", PHi,
      change={"direction": "increase", "value": 12.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}, status="estimate"),
    F("khách lưu trú 142.300 lượt", "142.300", 142300, "count", "lượt", "khách lưu trú", PHi, total=195600, status="estimate"),
    F("khách quốc tế 6.850 lượt", "6.850", 6850, "count", "lượt", "khách quốc tế", PHi, total=195600, status="estimate"),
    F("bình quân đạt 75%", "75", 75, "percent", "%", "công suất phòng bình quân", PHi),
    F("đạt trên 90%", "90", 90, "percent", "%", "công suất phòng ngày cao điểm",
      P("ngày cao điểm 1/9", "2024-09-01", "2024-09-01"), approx="over"),
]
rows = [
    ("Thành phố Đà Lạt", "Đà Lạt", "138.500", "104.200", "455", "13,6"),
    ("Thành phố Bảo Lộc", "Bảo Lộc", "21.300", "14.100", "52", "9,8"),
    ("Huyện Lạc Dương", "Lạc Dương", "18.900", "11.600", "48", "15,2"),
    ("Huyện Đức Trọng", "Đức Trọng", "9.700", "6.300", "27", "7,4"),
    ("Các huyện còn lại", None, "7.200", "6.100", "30", "10,1"),
    ("Toàn tỉnh", None, "195.600", "142.300", "612", "12,8"),
]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for label, loc, a, b, c, d in rows:
    extra = {"location": loc} if loc else {}
    sub = "" if loc else " " + label.lower()
    figs += [
        F(f"{label} | {a} |", a, num(a), "count", "lượt", "Lượt khách" + sub, PHi, **extra),
        F(f"{a} | {b} |", b, num(b), "count", "lượt", "Khách lưu trú" + sub, PHi, **extra),
        F(f"{b} | {c} |", c, num(c) * 1e9, "money", "đồng", "Doanh thu" + sub, PHi, **extra),
        F(f"{c} | {d}\n", d, num(d), "percent", "%", "Tăng so cùng kỳ lượt khách" + sub, PHi, **extra),
    ]
P31 = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
figs += [
    F("có 3.150 cơ sở", "3.150", 3150, "count", "cơ sở lưu trú", "cơ sở lưu trú", P31),
    F("với 38.600 buồng", "38.600", 38600, "count", "buồng", "buồng lưu trú", P31),
    F("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", PHi),
    F("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", PHi),
    F("số tiền 38,5 triệu đồng", "38,5", 38.5e6, "money", "đồng", "tiền xử phạt cơ sở vi phạm", PHi),
    F("tiếp nhận 5 phản ánh", "5", 5, "count", "phản ánh", "phản ánh đường dây nóng tiếp nhận", PHi),
    F("dứt điểm 5/5", "5", 5, "count", "phản ánh", "phản ánh đã xử lý dứt điểm", PHi, total=5),
    F("đón 7,35 triệu lượt", "7,35", 7.35e6, "count", "lượt khách", "lượt khách ngành du lịch đón",
      P("8 tháng năm 2024", "2024-01-01", "2024-08-31"), percent=79.9),
    F("đón 9,2 triệu lượt", "9,2", 9.2e6, "count", "lượt khách", "lượt khách toàn tỉnh đón",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 26.000 tỷ đồng", "26.000", 26000e9, "money", "đồng", "tổng thu từ du lịch",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

write("p251-3", A, figs, [
    "Formal report with letterhead (Sở VHTTDL Lâm Đồng, 'Số: 1426/BC-SVHTTDL'); the place-and-date line 'Lâm Đồng, ngày 04 tháng 9 năm 2024' is its date.",
    "4-day Quốc khánh holiday 31/8–3/9/2024, stated in the introduction only; the section-1 and table figures inherit it.",
    "Flattened '|' table: units from the column headers '(lượt)', '(tỷ đồng)' (455 = 455·10⁹ đồng), '(%)'; the district/city row label goes to location,",
    "'Các huyện còn lại' and 'Toàn tỉnh' stay Lâm Đồng and join the subject. The 'Tăng so cùng kỳ (%)' cells are growth rates: percent figures, no change object.",
    "Table cells keep status actual (no 'Ước' column) and carry no total. In the text, 'trong đó khách lưu trú …, khách quốc tế …' are parts of 195.600 (estimate continues).",
    "'Tính đến ngày 31/8/2024' is an as-of period (end only). '5/5 phản ánh' total 5. '8 tháng năm 2024 … đạt 79,9% kế hoạch năm' has percent only (plan not restated).",
    "Distractors: document numbers, Quốc khánh '2/9/2024', dates, section numbers 1.–4., hotline 0263.3812.666, 'Lưu: VT, QLDL', '4 ngày nghỉ lễ'.",
], published="2024-09-04", location="Lâm Đồng")
