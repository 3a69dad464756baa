"""p880-1: province portal (Thái Bình), anti-flood pumping after storm No. 3, September 2024."""
from lib import F, P, I, C, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình vận hành 286 trạm bơm tiêu úng cứu lúa mùa sau bão số 3

Cập nhật: 12/09/2024 16:45 | Lượt xem: 3.208

Do ảnh hưởng của hoàn lưu bão số 3, từ ngày 7 đến ngày 10/9/2024, trên địa bàn tỉnh Thái Bình có mưa to đến rất to, lượng mưa phổ biến từ 250 đến 350 mm, riêng trạm đo Quỳnh Phụ đạt 412 mm. Toàn tỉnh có khoảng 38.500 ha lúa mùa bị ngập úng, chiếm 47,6% diện tích gieo cấy, trong đó 12.300 ha ngập sâu trên 50 cm.

Ngay sau khi mưa ngớt, các Công ty TNHH MTV Khai thác công trình thủy lợi của tỉnh đã vận hành đồng loạt 286 trạm bơm tiêu với 1.154 tổ máy, tổng lưu lượng trên 2,1 triệu m3/h. Các địa phương huy động thêm 640 máy bơm dã chiến, nâng tổng số máy bơm hoạt động lên gần 1.800 máy. Lượng điện tiêu thụ cho bơm tiêu từ ngày 8 đến ngày 12/9 ước đạt 4,6 triệu kWh, tăng 2,3 lần so với cùng kỳ năm 2023.

Đến 17 giờ ngày 12/9, diện tích lúa còn ngập giảm xuống còn 9.750 ha; các huyện còn nhiều diện tích ngập là Quỳnh Phụ (3.120 ha), Hưng Hà (2.640 ha) và Đông Hưng (1.890 ha). Diện tích lúa có nguy cơ mất trắng ước khoảng 4.000 ha.

Theo Sở Nông nghiệp và PTNT, tổng chi phí tiền điện, dầu và sửa chữa máy bơm phục vụ chống úng đợt này khoảng 18,5 tỷ đồng. UBND tỉnh đã ban hành Công văn số 2156/UBND-NNTNMT, hỗ trợ trước 10 tỷ đồng từ nguồn dự phòng ngân sách tỉnh, mức hỗ trợ 500.000 đồng/ha đối với diện tích lúa phải gieo cấy lại. Tỉnh phấn đấu khôi phục sản xuất, bảo đảm năng suất lúa mùa đạt trên 55 tạ/ha.
"""

RAIN = P("từ ngày 7 đến ngày 10/9/2024", "2024-09-07", "2024-09-10")
PUMP = P("từ ngày 8 đến ngày 12/9", "2024-09-08", "2024-09-12")
ASOF = P("Đến 17 giờ ngày 12/9", None, "2024-09-12")

FIGS = [
    F("vận hành 286 trạm bơm tiêu úng", "286", 286, "count", "trạm bơm", "trạm bơm tiêu úng vận hành cứu lúa mùa"),
    F("từ 250 đến 350 mm", "250", 250, "measure", "mm", "lượng mưa phổ biến", RAIN, value_max=350),
    F("đạt 412 mm", "412", 412, "measure", "mm", "lượng mưa tại trạm đo Quỳnh Phụ", RAIN, location="Quỳnh Phụ"),
    F("khoảng 38.500 ha", "38.500", 38500, "measure", "ha", "diện tích lúa mùa bị ngập úng", I(RAIN),
      approx="about", percent=47.6),
    F("trong đó 12.300 ha", "12.300", 12300, "measure", "ha", "diện tích lúa ngập sâu", I(RAIN), total=38500),
    F("sâu trên 50 cm", "50", 50, "measure", "cm", "độ ngập sâu", approx="over", optional=True),
    F("đồng loạt 286 trạm bơm", "286", 286, "count", "trạm bơm", "trạm bơm tiêu vận hành"),
    F("1.154 tổ máy", "1.154", 1154, "count", "tổ máy", "tổ máy của các trạm bơm tiêu"),
    F("trên 2,1 triệu m3/h", "2,1", 2100000, "measure", "m3/h", "tổng lưu lượng các trạm bơm tiêu", approx="over"),
    F("thêm 640 máy bơm", "640", 640, "count", "máy bơm", "máy bơm dã chiến các địa phương huy động thêm"),
    F("gần 1.800 máy", "1.800", 1800, "count", "máy", "tổng số máy bơm hoạt động", approx="nearly"),
    F("ước đạt 4,6 triệu kWh", "4,6", 4600000, "measure", "kWh", "lượng điện tiêu thụ cho bơm tiêu", PUMP,
      status="estimate", change=C("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("còn 9.750 ha", "9.750", 9750, "measure", "ha", "diện tích lúa còn ngập", ASOF),
    F("Quỳnh Phụ (3.120 ha)", "3.120", 3120, "measure", "ha", "diện tích lúa còn ngập", ASOF, location="Quỳnh Phụ"),
    F("Hưng Hà (2.640 ha)", "2.640", 2640, "measure", "ha", "diện tích lúa còn ngập", ASOF, location="Hưng Hà"),
    F("Đông Hưng (1.890 ha)", "1.890", 1890, "measure", "ha", "diện tích lúa còn ngập", ASOF, location="Đông Hưng"),
    F("ước khoảng 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích lúa có nguy cơ mất trắng", I(ASOF),
      approx="about", status="estimate"),
    F("khoảng 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng",
      "chi phí tiền điện, dầu và sửa chữa máy bơm phục vụ chống úng", approx="about"),
    F("trước 10 tỷ đồng", "10", 10e9, "money", "đồng", "kinh phí hỗ trợ trước từ nguồn dự phòng ngân sách tỉnh"),
    F("500.000 đồng/ha", "500.000", 500000, "money", "đồng/ha", "mức hỗ trợ diện tích lúa phải gieo cấy lại"),
    F("trên 55 tạ/ha", "55", 55, "measure", "tạ/ha", "năng suất lúa mùa", approx="over", status="target"),
]

NOTES = [
    "Province portal (Thái Bình): anti-flood pumping after storm No. 3, 7-12/9/2024. Dateline 'Cập nhật: 12/09/2024 16:45'.",
    "Distractors: breadcrumb, 'bão số 3' (a storm's name), 'Lượt xem: 3.208', 'Công văn số 2156/UBND-NNTNMT', '17 giờ', dates.",
    "'tăng 2,3 lần so với cùng kỳ năm 2023' is the change of 4,6 triệu kWh; 'trên 50 cm' is a depth class (optional).",
    "The district list after 'còn 9.750 ha' is a ranking that does not add up: no total; its as-of date stands in the same sentence.",
    "Figures of the pumping paragraph's first sentence and the cost paragraph state no period: none in the gold.",
]

if __name__ == "__main__":
    write("p880-1", TEXT, FIGS, NOTES, published="2024-09-12", location="Thái Bình")
