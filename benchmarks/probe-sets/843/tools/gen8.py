"""p843-8: Báo Kon Tum online, (BKT) tag, UXO clearance results 2024 and plan 2025."""
from lib import F, period, inherit, change, target, write

TEXT = """Báo Kon Tum điện tử
Quốc phòng - An ninh
08/01/2025 15:42

Năm 2024, Kon Tum rà phá bom mìn hơn 620 ha đất

(BKT) - Ngày 7/1, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác khắc phục hậu quả bom mìn năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, các đơn vị đã rà phá bom mìn, vật nổ trên diện tích 623,8 ha, vượt 3,97% kế hoạch, gồm các huyện Đắk Tô (186,2 ha), Ngọc Hồi (142,5 ha), Sa Thầy (121 ha), Đắk Hà (98,4 ha) và Kon Rẫy (75,7 ha). Qua đó, phục vụ thi công 12 dự án trọng điểm, trong đó có dự án nâng cấp Quốc lộ 40 và đường tránh phía Tây thành phố Kon Tum. Lực lượng công binh đã thu gom, xử lý 318 quả bom, mìn và 1.046 viên đạn các loại; tổ chức 5 đợt hủy nổ an toàn tại bãi hủy của Tiểu đoàn Công binh 17. Kinh phí thực hiện hơn 14,6 tỷ đồng, chủ yếu từ nguồn ngân sách Trung ương.

Công tác tuyên truyền được đẩy mạnh với 46 buổi cho hơn 8.500 lượt học sinh tại các xã dọc tuyến biên giới dài gần 281 km với Lào và Campuchia. Trong năm, trên địa bàn tỉnh không xảy ra tai nạn do bom mìn; 27 nạn nhân có hoàn cảnh đặc biệt khó khăn được tặng xe lăn, mỗi chiếc trị giá 3,5 triệu đồng.

Năm 2025, tỉnh đặt mục tiêu rà phá 700 ha, tăng 12,2% so với năm 2024, tập trung tại các khu vực quy hoạch dự án và đất sản xuất của đồng bào. Dự kiến tổng kinh phí khoảng 16 tỷ đồng.

Hồng Thủy
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
INY = period("Trong năm", "2024-01-01", "2024-12-31")
AREA = "diện tích rà phá bom mìn, vật nổ"

FIGS = [
    F("hơn 620 ha", "620", "measure", "ha", "diện tích rà phá bom mìn",
      period("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("diện tích 623,8 ha", "623,8", "measure", "ha", AREA, Y24,
      change=change("increase", 3.97, "%", "kế hoạch")),
    F("Đắk Tô (186,2 ha)", "186,2", "measure", "ha", AREA, Y24, total=623.8, location="Đắk Tô"),
    F("Ngọc Hồi (142,5 ha)", "142,5", "measure", "ha", AREA, Y24, total=623.8, location="Ngọc Hồi"),
    F("Sa Thầy (121 ha)", "121", "measure", "ha", AREA, Y24, total=623.8, location="Sa Thầy"),
    F("Đắk Hà (98,4 ha)", "98,4", "measure", "ha", AREA, Y24, total=623.8, location="Đắk Hà"),
    F("Kon Rẫy (75,7 ha)", "75,7", "measure", "ha", AREA, Y24, total=623.8, location="Kon Rẫy"),
    F("công 12 dự án", "12", "count", "dự án", "dự án trọng điểm được phục vụ thi công", inherit(Y24)),
    F("xử lý 318 quả", "318", "count", "quả", "bom, mìn được thu gom, xử lý", inherit(Y24)),
    F("và 1.046 viên đạn", "1.046", "count", "viên đạn", "đạn các loại được thu gom, xử lý", inherit(Y24)),
    F("tổ chức 5 đợt", "5", "count", "đợt", "đợt hủy nổ", inherit(Y24)),
    F("hơn 14,6 tỷ đồng", "14,6", "money", "đồng", "kinh phí thực hiện", inherit(Y24), approx="over"),
    F("với 46 buổi", "46", "count", "buổi", "buổi tuyên truyền", inherit(Y24)),
    F("hơn 8.500 lượt học sinh", "8.500", "count", "lượt học sinh", "lượt học sinh được tuyên truyền",
      inherit(Y24), approx="over"),
    F("dài gần 281 km", "281", "measure", "km", "chiều dài tuyến biên giới với Lào và Campuchia", approx="nearly"),
    F("; 27 nạn nhân", "27", "count", "nạn nhân", "nạn nhân có hoàn cảnh đặc biệt khó khăn được tặng xe lăn", INY),
    F("trị giá 3,5 triệu đồng", "3,5", "money", "đồng/chiếc", "trị giá mỗi chiếc xe lăn", INY),
    F("rà phá 700 ha", "700", "measure", "ha", "diện tích rà phá bom mìn", Y25, status="target",
      change=change("increase", 12.2, "%", "năm 2024")),
    F("khoảng 16 tỷ đồng", "16", "money", "đồng", "tổng kinh phí rà phá", inherit(Y25), approx="about",
      status="forecast"),
]

NOTES = [
    "Báo Kon Tum online: dateline '08/01/2025 15:42', headline with a figure, '(BKT) -' tag, byline at the end.",
    "District list after 'gồm' adds up to 623,8 ha: each item shares the indicator, takes total 623,8 and its",
    "district as location. 'vượt 3,97% kế hoạch' is a change with baseline kế hoạch (gap to plan).",
    "'Trong năm' takes 2024 from the paragraph before; the wheelchair price is per unit (đồng/chiếc).",
    "The 2025 plan's 700 ha is a target with its change vs 2024; the cost 'Dự kiến' is a forecast (period inherited).",
    "Distractors: dateline, 'Ngày 7/1', (BKT), Quốc lộ 40, Tiểu đoàn Công binh 17, 'không xảy ra tai nạn'.",
]

if __name__ == "__main__":
    write("p843-8", TEXT, FIGS, published="2025-01-08", location="Kon Tum", notes=NOTES)
