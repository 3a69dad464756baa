"""p903-1: Gia Lai province portal, gong inventory and teaching classes, H1/2024."""
from lib import F, P, I, CH, write

TEXT = """Cổng thông tin điện tử tỉnh Gia Lai
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Gia Lai: Hơn 1.300 đội chiêng được duy trì sinh hoạt

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.318

(Cổng TTĐT) - Theo Sở Văn hóa, Thể thao và Du lịch, tính đến ngày 30/6/2024, toàn tỉnh đang lưu giữ 5.655 bộ cồng chiêng, tăng 412 bộ so với năm 2019, trong đó có 1.087 bộ cồng chiêng cổ, quý hiếm, chiếm 19,2%. Toàn tỉnh hiện có 1.326 đội chiêng (gồm 1.198 đội chiêng người lớn và 128 đội chiêng thanh thiếu niên); số người biết đánh chiêng khoảng 9.800 người, nhưng chỉ có 327 người biết chỉnh chiêng.

6 tháng đầu năm 2024, Sở phối hợp với các huyện, thị xã, thành phố mở 42 lớp truyền dạy đánh chiêng, múa xoang cho 1.260 học viên, tăng 9 lớp so với cùng kỳ năm 2023; kinh phí thực hiện hơn 1,8 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Các địa phương mở nhiều lớp là Kbang (7 lớp), Chư Prông (6 lớp) và Đak Đoa (5 lớp). Mỗi lớp kéo dài từ 2 đến 3 tháng, học viên được hỗ trợ 50.000 đồng/buổi.

Thực hiện Kế hoạch số 1535/KH-UBND ngày 20/7/2021 của UBND tỉnh, trong năm nay tỉnh sẽ tổ chức Lễ hội Văn hóa cồng chiêng lần thứ III tại Quảng trường Đại Đoàn Kết (TP. Pleiku). Dự kiến lễ hội thu hút khoảng 1.500 nghệ nhân, diễn viên của 17 huyện, thị xã, thành phố.

Theo Giám đốc Sở, tỉnh phấn đấu đến năm 2025, 100% làng đồng bào Bahnar, Jrai có đội chiêng hoạt động thường xuyên; mỗi huyện, thị xã, thành phố có ít nhất 1 đội chiêng thanh thiếu niên.
"""

AS_OF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y2024 = P("trong năm nay", "2024-01-01", "2024-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.300 đội chiêng", "1.300", 1300, "count", "đội chiêng", "đội chiêng được duy trì sinh hoạt", approx="over"),
    F("lưu giữ 5.655 bộ cồng chiêng", "5.655", 5655, "count", "bộ cồng chiêng", "bộ cồng chiêng đang lưu giữ",
      change=CH("increase", 412, "bộ", "năm 2019"), period=AS_OF),
    F("có 1.087 bộ cồng chiêng", "1.087", 1087, "count", "bộ cồng chiêng", "bộ cồng chiêng cổ, quý hiếm",
      total=5655, percent=19.2, period=AS_OF),
    F("có 1.326 đội chiêng", "1.326", 1326, "count", "đội chiêng", "đội chiêng"),
    F("gồm 1.198 đội chiêng", "1.198", 1198, "count", "đội chiêng", "đội chiêng người lớn", total=1326),
    F("và 128 đội chiêng", "128", 128, "count", "đội chiêng", "đội chiêng thanh thiếu niên", total=1326),
    F("khoảng 9.800 người", "9.800", 9800, "count", "người", "người biết đánh chiêng", approx="about"),
    F("chỉ có 327 người", "327", 327, "count", "người", "người biết chỉnh chiêng"),
    F("mở 42 lớp truyền dạy", "42", 42, "count", "lớp", "lớp truyền dạy đánh chiêng, múa xoang",
      change=CH("increase", 9, "lớp", "cùng kỳ năm 2023"), period=H1),
    F("cho 1.260 học viên", "1.260", 1260, "count", "học viên", "học viên lớp truyền dạy đánh chiêng, múa xoang",
      period=H1),
    F("hơn 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí thực hiện lớp truyền dạy", approx="over",
      period=H1),
    F("Kbang (7 lớp)", "7", 7, "count", "lớp", "lớp truyền dạy đánh chiêng, múa xoang", location="Kbang",
      period=I(H1)),
    F("Chư Prông (6 lớp)", "6", 6, "count", "lớp", "lớp truyền dạy đánh chiêng, múa xoang", location="Chư Prông",
      period=I(H1)),
    F("Đak Đoa (5 lớp)", "5", 5, "count", "lớp", "lớp truyền dạy đánh chiêng, múa xoang", location="Đak Đoa",
      period=I(H1)),
    F("từ 2 đến 3 tháng", "2", 2, "measure", "tháng", "thời gian mỗi lớp truyền dạy", value_max=3),
    F("50.000 đồng/buổi", "50.000", 50000, "money", "đồng/buổi", "mức hỗ trợ học viên"),
    F("khoảng 1.500 nghệ nhân", "1.500", 1500, "count", "nghệ nhân", "nghệ nhân, diễn viên tham gia lễ hội",
      approx="about", status="forecast", period=I(Y2024)),
    F("của 17 huyện", "17", 17, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia lễ hội",
      status="forecast", period=I(Y2024)),
    F("2025, 100% làng", "100", 100, "percent", "%", "làng đồng bào Bahnar, Jrai có đội chiêng hoạt động thường xuyên",
      status="target", period=T2025),
    F("ít nhất 1 đội chiêng", "1", 1, "count", "đội chiêng", "đội chiêng thanh thiếu niên mỗi huyện, thị xã, thành phố",
      approx="at_least", status="target", period=T2025),
]

NOTES = [
    "Gia Lai provincial portal: gong sets, gong teams, H1/2024 teaching classes, festival forecast, 2025 targets.",
    "Not figures: 'Lượt xem: 2.318', '14/08/2024 09:45', 'Kế hoạch số 1535/KH-UBND ngày 20/7/2021', 'lần thứ III'.",
    "'tăng 9 lớp' is the change of 42 lớp (unit lớp), not of 1.260 học viên that stands between.",
    "The district list (Kbang, Chư Prông, Đak Đoa) does not add up to 42: no total.",
]

write(1, TEXT, FIGS, published="2024-08-14", location="Gia Lai", notes=NOTES)
