from lib import *

text = """UBND HUYỆN HẢI HẬU
HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
Số: 28/BC-HĐNVQS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 04 tháng 3 năm 2024

BÁO CÁO
Kết quả tuyển chọn và gọi công dân nhập ngũ năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác đăng ký, quản lý
Tính đến ngày 31/12/2023, toàn huyện quản lý 6.915 nam công dân trong độ tuổi sẵn sàng nhập ngũ, trong đó 1.204 công dân đăng ký nghĩa vụ quân sự lần đầu trong năm 2023.

2. Kết quả các bước tuyển chọn (Đơn vị tính: công dân)
Nội dung | Năm 2023 | Năm 2024 | So sánh (%)
Sơ tuyển sức khỏe | 2.418 | 2.536 | 104,9
Khám sức khỏe | 1.602 | 1.688 | 105,4
Đủ điều kiện sức khỏe | 781 | 846 | 108,3
Phát lệnh gọi nhập ngũ | 395 | 410 | 103,8

3. Kết quả giao nhận quân
Trong đợt giao nhận quân tháng 2/2024, huyện đã giao 410 công dân (Quân đội 372, Công an 38), đạt 100% chỉ tiêu tỉnh giao; trong đó 17 đảng viên, chiếm 4,1%; 53 công dân có trình độ đại học, cao đẳng, chiếm 12,9%; 100% tân binh có sức khỏe loại 1, 2, 3.

4. Đánh giá chung
Huyện xếp thứ 3/10 huyện, thành phố của tỉnh về kết quả tuyển quân năm 2024. Kinh phí bảo đảm cho công tác tuyển quân là 1.250 triệu đồng, tăng 150 triệu đồng so với năm 2023.

II. PHƯƠNG HƯỚNG NĂM 2025
Dự kiến năm 2025, huyện được giao khoảng 420 công dân; phấn đấu tỷ lệ tân binh là đảng viên không dưới 5%, tỷ lệ có trình độ cao đẳng, đại học đạt từ 12-15%.

Nơi nhận:
- Bộ CHQS tỉnh;
- Thường trực Huyện ủy, HĐND huyện;
- Lưu: VT, HĐNVQS.

TM. HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
CHỦ TỊCH
"""

Y23 = Y("Năm 2023", 2023)
Y24 = Y("Năm 2024", 2024)
Y24i = Y("năm 2024", 2024, True)
T2 = P("tháng 2/2024", "2024-02-01", "2024-02-29")
Y25 = Y("năm 2025", 2025)
rows = [("Sơ tuyển sức khỏe", "2.418", "2.536", "104,9"),
        ("Khám sức khỏe", "1.602", "1.688", "105,4"),
        ("Đủ điều kiện sức khỏe", "781", "846", "108,3"),
        ("Phát lệnh gọi nhập ngũ", "395", "410", "103,8")]
figs = [
    F("quản lý 6.915 nam", "6.915", 6915, "count", "nam công dân",
      "nam công dân trong độ tuổi sẵn sàng nhập ngũ", period=P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("1.204 công dân", "1.204", 1204, "count", "công dân", "công dân đăng ký nghĩa vụ quân sự lần đầu",
      total=6915, period=Y("trong năm 2023", 2023)),
]
for label, a, b, c in rows:
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    figs.append(F(f"{label} | {a}", a, num(a), "count", "công dân", f"{label} năm 2023", period=Y23))
    figs.append(F(f"{a} | {b}", b, num(b), "count", "công dân", f"{label} năm 2024", period=Y24))
    figs.append(F(f"{b} | {c}", c, num(c), "percent", "%", f"{label} so sánh", period=Y24i))
figs += [
    F("giao 410 công dân", "410", 410, "count", "công dân", "công dân giao quân", percent=100, period=T2),
    F("(Quân đội 372", "372", 372, "count", "công dân", "công dân nhập ngũ Quân đội", total=410, period=T2),
    F("Công an 38)", "38", 38, "count", "công dân", "công dân thực hiện nghĩa vụ tham gia Công an",
      total=410, period=T2),
    F("17 đảng viên", "17", 17, "count", "đảng viên", "tân binh là đảng viên", total=410, percent=4.1, period=T2),
    F("53 công dân", "53", 53, "count", "công dân", "công dân có trình độ đại học, cao đẳng",
      total=410, percent=12.9, period=T2),
    F("100% tân binh", "100", 100, "percent", "%", "tân binh có sức khỏe loại 1, 2, 3", period=T2),
    F("thứ 3/10", "3", 3, "rank", "hạng", "kết quả tuyển quân", total=10, period=Y("năm 2024", 2024)),
    F("là 1.250 triệu đồng", "1.250", 1.25e9, "money", "đồng", "kinh phí bảo đảm cho công tác tuyển quân",
      change=CH("increase", 1.5e8, "đồng", "năm 2023"), period=Y24i),
    F("khoảng 420 công dân", "420", 420, "count", "công dân", "công dân được giao",
      approx="about", status="forecast", period=Y25),
    F("không dưới 5%", "5", 5, "percent", "%", "tỷ lệ tân binh là đảng viên",
      approx="at_least", status="target", period=Y25),
    F("từ 12-15%", "12", 12, "percent", "%", "tỷ lệ có trình độ cao đẳng, đại học",
      value_max=15, status="target", period=Y25),
]

comments = [
    "Formal report of the district military-service council (letterhead 'Số: 28/BC-HĐNVQS', place-and-date line 'Hải Hậu, ngày 04 tháng 3 năm 2024').",
    "Flattened '|' table, 'Đơn vị tính: công dân', columns Năm 2023 | Năm 2024 | So sánh (%): every numeric cell is a figure; the",
    "year columns give the period (scored, as in shared h23); the 'So sánh (%)' cells are percents whose period is the report year (inherited).",
    "Distractors: 'Số: 28/BC-HĐNVQS', the date line, section numbers I./II./1.-4., 'loại 1, 2, 3', 'Lưu: VT', 'TM.'.",
    "'trong đó' after 6.915 and after 410 give totals; the bracket '(Quân đội 372, Công an 38)' adds up to 410.",
    "'1.250 triệu đồng' = 1,25 tỷ; its change 'tăng 150 triệu đồng' is read with the multiplier (150000000).",
    "'Dự kiến năm 2025 … khoảng 420' is a forecast; the 'phấn đấu' clause gives targets ('không dưới' = at_least; '12-15%' a range).",
]
build(4, text, comments, figs, published="2024-03-04", location="Hải Hậu")
