"""p974-1: province portal (Quảng Trị), medicinal crops in the two mountain districts, H1/2024."""
from lib import F, P, I, CH, T, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Trị
Trang chủ > Tin tức - Sự kiện > Kinh tế
Diện tích cây dược liệu ở hai huyện miền núi tăng gần 30%
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

6 tháng đầu năm, hai huyện miền núi Hướng Hóa và Đakrông đã trồng mới 186 ha cây dược liệu, nâng tổng diện tích toàn vùng lên 1.142 ha, tăng 28,6% so với cùng kỳ năm 2023. Trong đó, cà gai leo 412 ha, đinh lăng 365 ha, sachi 238 ha, còn lại là các loại dược liệu khác. Vùng trồng tập trung dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 27 hợp tác xã, tổ hợp tác tham gia chuỗi liên kết sản xuất dược liệu với khoảng 2.350 hộ, trong đó 1.460 hộ thuộc diện hộ nghèo, hộ cận nghèo (chiếm 62,1%).

Giá cà gai leo khô được doanh nghiệp bao tiêu ổn định ở mức 35.000-40.000 đồng/kg, hạt sachi từ 28.000 đến 32.000 đồng/kg. Năng suất cà gai leo khô bình quân 4,5 tấn/ha, mỗi héc-ta cho thu nhập khoảng 150 triệu đồng/năm. Mức thu nhập này gấp 3 lần trồng sắn trên cùng diện tích.

Riêng huyện Đakrông, từ năm 2021 đến nay đã hỗ trợ 3,2 tỷ đồng mua cây giống, phân bón cho 640 hộ tại các xã Tà Rụt, A Ngo, Húc Nghì. Tỷ lệ hộ nghèo của huyện giảm từ 41,2% năm 2021 xuống còn 27,8% vào cuối năm 2023.

Mục tiêu đến năm 2025, theo Quyết định số 1126/QĐ-UBND ngày 12/5/2022, tỉnh phát triển 1.500 ha cây dược liệu tập trung, trong đó vùng nguyên liệu cà gai leo đạt 600 ha; phấn đấu 100% diện tích có hợp đồng bao tiêu sản phẩm. Dự kiến giá trị thu hoạch dược liệu cả năm 2024 đạt khoảng 98 tỷ đồng.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-07-18")
BY2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    # gold change after the first run: the number word 'hai' counts districts (scope), optional like '5 huyện' in p974-3
    F("ở hai huyện", "hai", 2, "count", "huyện", "huyện miền núi", optional=True),
    F("năm, hai huyện", "hai", 2, "count", "huyện", "huyện miền núi", optional=True),
    F("tăng gần 30%", "30", 30, "percent", "%", "diện tích cây dược liệu ở hai huyện miền núi", approx="nearly"),
    F("trồng mới 186 ha", "186", 186, "measure", "ha", "diện tích cây dược liệu trồng mới", H1),
    F("lên 1.142 ha", "1.142", 1142, "measure", "ha", "tổng diện tích cây dược liệu toàn vùng", H1,
      change=CH("increase", 28.6, "%", "cùng kỳ năm 2023")),
    F("cà gai leo 412 ha", "412", 412, "measure", "ha", "diện tích cà gai leo", I(H1), total=1142),
    F("đinh lăng 365 ha", "365", 365, "measure", "ha", "diện tích đinh lăng", I(H1), total=1142),
    F("sachi 238 ha", "238", 238, "measure", "ha", "diện tích sachi", I(H1), total=1142),
    F("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã, tổ hợp tác",
      "hợp tác xã, tổ hợp tác tham gia chuỗi liên kết sản xuất dược liệu"),
    F("khoảng 2.350 hộ", "2.350", 2350, "count", "hộ", "hộ tham gia chuỗi liên kết sản xuất dược liệu", approx="about"),
    F("1.460 hộ thuộc", "1.460", 1460, "count", "hộ", "hộ nghèo, hộ cận nghèo tham gia chuỗi liên kết",
      total=2350, percent=62.1),
    F("35.000-40.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá cà gai leo khô", value_max=40000),
    F("từ 28.000 đến 32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá hạt sachi", value_max=32000),
    F("bình quân 4,5 tấn/ha", "4,5", 4.5, "measure", "tấn/ha", "năng suất cà gai leo khô bình quân"),
    F("khoảng 150 triệu đồng/năm", "150", 150000000, "money", "đồng/năm", "thu nhập mỗi héc-ta cà gai leo",
      approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập trồng cà gai leo so với trồng sắn"),
    F("hỗ trợ 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí hỗ trợ mua cây giống, phân bón", SINCE,
      location="Đakrông"),
    F("cho 640 hộ", "640", 640, "count", "hộ", "hộ được hỗ trợ cây giống, phân bón", SINCE, location="Đakrông"),
    F("từ 41,2% năm 2021", "41,2", 41.2, "percent", "%", "tỷ lệ hộ nghèo", P("năm 2021", "2021-01-01", "2021-12-31"),
      location="Đakrông"),
    F("còn 27,8%", "27,8", 27.8, "percent", "%", "tỷ lệ hộ nghèo", P("cuối năm 2023", None, "2023-12-31"),
      location="Đakrông"),
    F("phát triển 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích cây dược liệu tập trung", BY2025,
      status="target"),
    F("đạt 600 ha", "600", 600, "measure", "ha", "vùng nguyên liệu cà gai leo", BY2025, total=1500, status="target"),
    F("phấn đấu 100% diện tích", "100", 100, "percent", "%", "diện tích có hợp đồng bao tiêu sản phẩm", BY2025,
      status="target"),
    F("khoảng 98 tỷ đồng", "98", 98000000000, "money", "đồng", "giá trị thu hoạch dược liệu",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Trị: cây dược liệu ở Hướng Hóa và Đakrông, 6 tháng đầu năm 2024 (year-less period takes 2024 from the dateline).",
    "Figures of the two districts together are Quảng Trị; the Đakrông paragraph is Đakrông. '4,5 tấn/ha' and the 150 triệu are not localised further.",
    "'giảm từ 41,2% năm 2021 xuống còn 27,8%' is two level figures, not a range; no change value is written.",
    "'Mức thu nhập này gấp 3 lần ...' stands as its own sentence: a multiple.",
    "'hai huyện miền núi' (headline and lead) counts the scope: optional (added after the first run).",
    "Distractors: Lượt xem 2.316, Quốc lộ 9, Quyết định số 1126/QĐ-UBND ngày 12/5/2022, time 09:45.",
]

write(1, TEXT, FIGS, published="2024-07-18", location="Quảng Trị", notes=NOTES)
