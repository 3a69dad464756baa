"""p1302-6: ministry site (Bộ Giáo dục và Đào tạo): national dormitory figures and the draft plan to 2035."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Tin tổng hợp

Cả nước mới đáp ứng khoảng 20% nhu cầu chỗ ở ký túc xá của sinh viên

05/03/2025 | 14:30 | Vụ Cơ sở vật chất

Tại hội nghị trực tuyến về phát triển ký túc xá sinh viên tổ chức ngày 4/3, đại diện Vụ Cơ sở vật chất cho biết, tính đến hết năm 2024, cả nước có 241 cơ sở giáo dục đại học với khoảng 2,2 triệu sinh viên; trong đó 168 cơ sở có ký túc xá, tổng diện tích sàn khoảng 3,9 triệu m2, bố trí được gần 420 nghìn chỗ ở.

Khoảng 405.000 sinh viên đang ở ký túc xá, chiếm 18,4% tổng số sinh viên, tăng 1,1 điểm phần trăm so với năm 2020. Tỷ lệ này ở Hà Nội chỉ đạt 12,4%, TP Hồ Chí Minh 14,7%, trong khi Thái Nguyên đạt trên 40%, xếp thứ nhất cả nước.

Giai đoạn 2021-2024, các bộ, ngành, địa phương và nhà trường đã xây mới 37 ký túc xá với tổng vốn trên 5.600 tỷ đồng, tăng thêm khoảng 62.000 chỗ ở. Tuy nhiên, khoảng 30% ký túc xá hiện có đã xuống cấp, cần cải tạo.

Theo dự thảo Đề án phát triển ký túc xá sinh viên giai đoạn 2025-2035, mục tiêu đến năm 2030 đáp ứng ít nhất 30% nhu cầu chỗ ở của sinh viên, đến năm 2035 đạt 40%. Nhu cầu vốn cho cả giai đoạn dự kiến khoảng 40 nghìn tỷ đồng, trong đó vốn ngân sách nhà nước chiếm không quá 35%.

Thứ trưởng Nguyễn Văn Hòa đề nghị các địa phương thực hiện Nghị định số 100/2024/NĐ-CP về nhà ở xã hội, ưu tiên bố trí quỹ đất sạch cho ký túc xá tập trung.

Tin cùng chuyên mục:
- Hướng dẫn tuyển sinh đại học năm 2025
- Hội nghị giao ban công tác học sinh, sinh viên lần thứ 2

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3869.4795
"""

ASOF = period("tính đến hết năm 2024", None, "2024-12-31")
G2124 = period("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
T35 = period("đến năm 2035", None, "2035-12-31")
G2535 = period("giai đoạn 2025-2035", "2025-01-01", "2035-12-31", inherited=True)

FIGS = [
    F("khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="nhu cầu chỗ ở ký túc xá của sinh viên được đáp ứng"),
    F("có 241 cơ sở", "241", 241, "count", "cơ sở giáo dục đại học",
      subject="cơ sở giáo dục đại học", per=ASOF),
    F("khoảng 2,2 triệu", "2,2", 2.2e6, "count", "sinh viên", approx="about",
      subject="sinh viên của các cơ sở giáo dục đại học", per=ASOF),
    F("trong đó 168 cơ sở", "168", 168, "count", "cơ sở", total=241,
      subject="cơ sở giáo dục đại học có ký túc xá", per=ASOF),
    F("khoảng 3,9 triệu", "3,9", 3.9e6, "measure", "m2", approx="about",
      subject="tổng diện tích sàn ký túc xá", per=ASOF),
    F("gần 420 nghìn", "420", 420000, "count", "chỗ ở", approx="nearly",
      subject="chỗ ở ký túc xá bố trí được", per=ASOF),
    F("Khoảng 405.000", "405.000", 405000, "count", "sinh viên", approx="about", percent=18.4,
      change=change("increase", 1.1, "điểm phần trăm", "năm 2020"),
      subject="sinh viên đang ở ký túc xá", per=inherit(ASOF)),
    F("chỉ đạt 12,4%", "12,4", 12.4, "percent", "%",
      subject="tỷ lệ sinh viên ở ký túc xá", per=inherit(ASOF), location="Hà Nội"),
    F("Minh 14,7%", "14,7", 14.7, "percent", "%",
      subject="tỷ lệ sinh viên ở ký túc xá", per=inherit(ASOF), location="TP Hồ Chí Minh"),
    F("trên 40%", "40", 40, "percent", "%", approx="over",
      subject="tỷ lệ sinh viên ở ký túc xá", per=inherit(ASOF), location="Thái Nguyên"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng",
      subject="tỷ lệ sinh viên ở ký túc xá", per=inherit(ASOF), location="Thái Nguyên"),
    F("mới 37 ký túc xá", "37", 37, "count", "ký túc xá",
      subject="ký túc xá xây mới", per=G2124),
    F("trên 5.600 tỷ", "5.600", 5600e9, "money", "đồng", approx="over",
      subject="tổng vốn xây mới ký túc xá", per=G2124),
    F("khoảng 62.000 chỗ", "62.000", 62000, "count", "chỗ ở", approx="about",
      subject="chỗ ở tăng thêm", per=G2124),
    F("khoảng 30% ký túc xá", "30", 30, "percent", "%", approx="about",
      subject="ký túc xá hiện có đã xuống cấp"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="nhu cầu chỗ ở của sinh viên được đáp ứng", per=T30),
    F("đạt 40%", "40", 40, "percent", "%", status="target",
      subject="nhu cầu chỗ ở của sinh viên được đáp ứng", per=T35),
    F("khoảng 40 nghìn tỷ", "40", 40e12, "money", "đồng", approx="about", status="forecast",
      subject="nhu cầu vốn phát triển ký túc xá sinh viên", per=G2535),
    F("không quá 35%", "35", 35, "percent", "%", approx="at_most", status="forecast",
      subject="tỷ trọng vốn ngân sách nhà nước trong nhu cầu vốn", per=G2535),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): breadcrumb, '05/03/2025 | 14:30 | Vụ Cơ sở vật chất' (published), related links, address footer.",
    "National figures: location Việt Nam; the list 'Hà Nội ... 12,4%, TP Hồ Chí Minh 14,7%, ... Thái Nguyên ... trên 40%' gives",
    "each item its place as location, subject the list's indicator ('Tỷ lệ này' = share of students living in dormitories).",
    "'xếp thứ nhất cả nước' is a rank (number word 'nhất' = 1) located in Thái Nguyên, as the shared gold locates ranks.",
    "Distractors: 'ngày 4/3', 14:30, 'năm 2020' baseline, Nghị định số 100/2024/NĐ-CP, 'năm 2025' and 'lần thứ 2' in links,",
    "'35 Đại Cồ Việt', phone 024.3869.4795, the plan's span 'giai đoạn 2025-2035'.",
    "'trong đó 168 cơ sở có ký túc xá' → total 241. '405.000 sinh viên, chiếm 18,4% ..., tăng 1,1 điểm phần trăm so với năm 2020'",
    "→ percent 18,4 and change 1,1 điểm phần trăm attach to the figure (FIGURES.md: attributes); period inherited.",
    "Targets 'đến năm 2030 ... ít nhất 30%', 'đến năm 2035 đạt 40%' (start null). 'Nhu cầu vốn cho cả giai đoạn dự kiến khoảng",
    "40 nghìn tỷ' → forecast, 4·10^13; 'cả giai đoạn' refers to 2025-2035 in the previous sentence (inherited). The 'trong đó ...",
    "chiếm không quá 35%' clause continues the forecast (percent figure, at_most).",
    "revised after the first run: subject of 'khoảng 2,2 triệu sinh viên' 'sinh viên' → 'sinh viên của các cơ sở giáo dục đại học'",
    "(the sentence names them as the students of the 241 institutions; the other subjects of this set keep the owner the sentence names).",
]

if __name__ == "__main__":
    write("p1302-6", TEXT, NOTES, FIGS, published="2025-03-05", location="Việt Nam")
