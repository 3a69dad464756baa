"""p1038-8: provincial newspaper online (Báo Gia Lai, GLO tag), huyện Chư Sê, results of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Báo Gia Lai điện tử › Kinh tế › Nông nghiệp
Chư Sê: Hơn 2.300 bê lai ra đời nhờ thụ tinh nhân tạo
Cập nhật: 09:20, 16/01/2025

(GLO)- Năm 2024, huyện Chư Sê đã thụ tinh nhân tạo cho 3.480 con bò cái, đạt 116% kế hoạch, tăng 15,2% so với năm 2023. Số bê lai sinh ra đạt 2.318 con, gấp 1,8 lần năm 2020. Trong đó, bê lai Red Angus 845 con, bê lai Brahman 1.102 con, còn lại là bê lai 3B.

Tính đến ngày 31/12/2024, tổng đàn bò toàn huyện có 34.600 con, tỷ lệ bò lai đạt 42%, tăng 5 điểm phần trăm so với năm 2020. Bò lai 18 tháng tuổi nặng 300-350 kg, bán được 30-35 triệu đồng/con, cao hơn bò nội cùng tuổi 10-12 triệu đồng.

Theo ông Ksor Hơ Nin, Phó Trưởng phòng Nông nghiệp và PTNT huyện, năm 2024 huyện duy trì 14 dẫn tinh viên hoạt động tại 15/15 xã, thị trấn. Kinh phí hỗ trợ tinh, nitơ lỏng và công phối giống năm 2024 là 1,05 tỷ đồng, trong đó ngân sách tỉnh 620 triệu đồng, ngân sách huyện 430 triệu đồng. Nhiều hộ ở xã Ia Blang, Ia Pal, Al Bá dọc Quốc lộ 14 đã chuyển từ chăn thả sang nuôi nhốt, trồng cỏ VA06 để vỗ béo bò lai.

Năm 2025, Chư Sê phấn đấu thụ tinh nhân tạo 3.800 con bò, nâng tỷ lệ bò lai lên 45%; dự kiến tổng kinh phí hỗ trợ khoảng 1,2 tỷ đồng. Huyện cũng dự kiến tổ chức lớp tập huấn kỹ thuật cho khoảng 200 hộ chăn nuôi trong quý II/2025.

MINH NGUYỆT
"""

NOTES = [
    "Báo Gia Lai (GLO): huyện Chư Sê, thụ tinh nhân tạo bò năm 2024. 'Cập nhật: 09:20, 16/01/2025' gives `published`; byline at the end.",
    "Distractors: '(GLO)' tag, time 09:20, 'ông Ksor Hơ Nin', 'Quốc lộ 14', grass variety 'VA06', bull breed '3B'.",
    "Headline 'Hơn 2.300 bê lai' restates 2.318 (required); its year comes from the first sentence (inherited).",
    "'đạt 116% kế hoạch' is the percent of 3.480; 'gấp 1,8 lần năm 2020' is the change (unit lần) of 2.318 con;",
    "'Trong đó, bê lai Red Angus 845 con, bê lai Brahman 1.102 con' are parts of 2.318 after a sentence break (total).",
    "'15/15 xã, thị trấn' count with total 15. 620 + 430 triệu = 1,05 tỷ ('trong đó'). '18 tháng tuổi' is a specification (optional).",
    "Location: the district Chư Sê throughout (the province budget's 620 triệu is spent in Chư Sê).",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
FIGS = [
    F("Hơn 2.300 bê lai", "2.300", 2300, "count", "bê lai", "bê lai ra đời nhờ thụ tinh nhân tạo", I(Y24),
      approx="over"),
    F("cho 3.480 con bò cái", "3.480", 3480, "count", "con", "bò cái được thụ tinh nhân tạo", Y24,
      percent=116, change=C("increase", 15.2, "%", "năm 2023")),
    F("đạt 2.318 con", "2.318", 2318, "count", "con", "bê lai sinh ra", I(Y24),
      change=C("increase", 1.8, "lần", "năm 2020")),
    F("Red Angus 845 con", "845", 845, "count", "con", "bê lai Red Angus", I(Y24), total=2318),
    F("Brahman 1.102 con", "1.102", 1102, "count", "con", "bê lai Brahman", I(Y24), total=2318),
    F("có 34.600 con", "34.600", 34600, "count", "con", "tổng đàn bò", ASOF),
    F("đạt 42%", "42", 42, "percent", "%", "tỷ lệ bò lai", ASOF,
      change=C("increase", 5, "điểm phần trăm", "năm 2020")),
    F("Bò lai 18 tháng tuổi", "18", 18, "measure", "tháng", "tuổi bò lai", optional=True),
    F("nặng 300-350 kg", "300", 300, "measure", "kg", "khối lượng bò lai 18 tháng tuổi", value_max=350),
    F("được 30-35 triệu", "30", 30e6, "money", "đồng/con", "giá bán bò lai 18 tháng tuổi", value_max=35e6,
      change=C("increase", 10e6, "đồng", "bò nội cùng tuổi")),
    F("duy trì 14 dẫn tinh viên", "14", 14, "count", "dẫn tinh viên", "dẫn tinh viên hoạt động", y24),
    F("tại 15/15 xã", "15", 15, "count", "xã, thị trấn", "xã, thị trấn có dẫn tinh viên hoạt động", y24, total=15),
    F("là 1,05 tỷ", "1,05", 1.05e9, "money", "đồng", "kinh phí hỗ trợ tinh, nitơ lỏng và công phối giống", y24),
    F("tỉnh 620 triệu", "620", 620e6, "money", "đồng", "ngân sách tỉnh hỗ trợ", y24, total=1.05e9),
    F("huyện 430 triệu", "430", 430e6, "money", "đồng", "ngân sách huyện hỗ trợ", y24, total=1.05e9),
    F("thụ tinh nhân tạo 3.800 con", "3.800", 3800, "count", "con", "bò được thụ tinh nhân tạo", Y25,
      status="target"),
    F("lên 45%", "45", 45, "percent", "%", "tỷ lệ bò lai", Y25, status="target"),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí hỗ trợ", Y25, approx="about",
      status="forecast"),
    F("khoảng 200 hộ", "200", 200, "count", "hộ", "hộ chăn nuôi được tập huấn kỹ thuật",
      P("quý II/2025", "2025-04-01", "2025-06-30"), approx="about", status="forecast"),
]

if __name__ == "__main__":
    write("p1038-8", TEXT, NOTES, FIGS, published="2025-01-16", location="Chư Sê")
