"""p598-6: national press — Cao Bằng needs 1.500 tỷ đồng to move households out of landslide zones."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Dân sinh
Thứ sáu, 13/9/2024, 18:05 (GMT+7)

Cao Bằng cần 1.500 tỷ đồng di dời dân khỏi vùng sạt lở

Khoảng 3.400 hộ dân ở 9 huyện miền núi của Cao Bằng đang sống trong vùng nguy cơ sạt lở cao, cần di dời trong 5 năm tới, kinh phí dự kiến 1.500 tỷ đồng.

Thông tin được ông Nông Văn Hải, Phó chủ tịch UBND tỉnh Cao Bằng, đưa ra tại buổi làm việc với đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn chiều 12/9. Trong số này, huyện Bảo Lạc có nhiều nhất với 1.020 hộ, chiếm 30%.

Từ đầu năm đến nay, mưa lớn gây 1.128 vụ sạt lở đất, lũ quét tại Cao Bằng, làm 9 người chết, hơn 600 ngôi nhà hư hỏng, tổng thiệt hại khoảng 260 tỷ đồng. Trận lũ quét đêm 9/9 tại xóm Phja Đén, xã Thành Công, huyện Nguyên Bình cuốn trôi 11 ngôi nhà, làm 5 người chết.

Giai đoạn 2021-2023, tỉnh đã di dời 1.062 hộ với tổng kinh phí 158 tỷ đồng, mức hỗ trợ bình quân 50 triệu đồng/hộ. Theo ông Hải, mức này chỉ đủ dựng nhà tạm, trong khi chi phí san gạt mặt bằng ở vùng núi đá từ 80 đến 120 triệu đồng/hộ.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 46.000 hộ ở 21 tỉnh miền núi sống trong vùng có nguy cơ sạt lở, lũ quét. Năm 2024, Bộ dự kiến đề xuất bố trí 2.000 tỷ đồng từ dự phòng ngân sách trung ương để di dời khoảng 10.000 hộ, tăng 25% so với năm 2023.

Thứ trưởng Nguyễn Hoàng Hiệp đề nghị tỉnh hoàn thành rà soát các điểm nguy cơ trước ngày 30/10 và bố trí quỹ đất tái định cư gần nơi ở cũ để người dân giữ được sinh kế.

Thanh Lam
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-13")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cần 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "kinh phí di dời dân khỏi vùng sạt lở"),
    F("Khoảng 3.400 hộ", "3.400", 3400, "count", "hộ dân", "hộ dân sống trong vùng nguy cơ sạt lở cao cần di dời",
      approx="about"),
    F("ở 9 huyện", "9", 9, "count", "huyện", "huyện miền núi có hộ dân sống trong vùng nguy cơ sạt lở cao"),
    F("dự kiến 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "kinh phí di dời", status="forecast"),
    F("với 1.020 hộ", "1.020", 1020, "count", "hộ", "hộ sống trong vùng nguy cơ sạt lở cao cần di dời",
      total=3400, percent=30, location="Bảo Lạc"),
    F("gây 1.128 vụ", "1.128", 1128, "count", "vụ", "vụ sạt lở đất, lũ quét", YTD),
    F("làm 9 người chết", "9", 9, "count", "người", "người chết", YTD),
    F("hơn 600 ngôi nhà", "600", 600, "count", "ngôi nhà", "ngôi nhà hư hỏng", YTD, approx="over"),
    F("khoảng 260 tỷ đồng", "260", 260e9, "money", "đồng", "tổng thiệt hại", YTD, approx="about"),
    F("cuốn trôi 11 ngôi nhà", "11", 11, "count", "ngôi nhà", "ngôi nhà bị lũ quét cuốn trôi",
      P("đêm 9/9", "2024-09-09", "2024-09-09"), location="Nguyên Bình"),
    F("làm 5 người chết", "5", 5, "count", "người", "người chết do lũ quét",
      P("đêm 9/9", "2024-09-09", "2024-09-09"), location="Nguyên Bình"),
    F("di dời 1.062 hộ", "1.062", 1062, "count", "hộ", "hộ di dời", G),
    F("phí 158 tỷ đồng", "158", 158e9, "money", "đồng", "tổng kinh phí di dời", G),
    F("bình quân 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức hỗ trợ bình quân", G),
    F("từ 80 đến 120 triệu đồng/hộ", "80", 80e6, "money", "đồng/hộ", "chi phí san gạt mặt bằng ở vùng núi đá",
      value_max=120e6),
    F("khoảng 46.000 hộ", "46.000", 46000, "count", "hộ", "hộ sống trong vùng có nguy cơ sạt lở, lũ quét",
      approx="about", location="Việt Nam"),
    F("ở 21 tỉnh", "21", 21, "count", "tỉnh", "tỉnh miền núi có hộ sống trong vùng có nguy cơ sạt lở, lũ quét",
      location="Việt Nam"),
    F("bố trí 2.000 tỷ đồng", "2.000", 2000e9, "money", "đồng", "kinh phí từ dự phòng ngân sách trung ương để di dời",
      Y24, status="forecast", location="Việt Nam"),
    F("khoảng 10.000 hộ", "10.000", 10000, "count", "hộ", "hộ di dời", Y24, approx="about",
      change=CH("increase", 25, "%", "năm 2023"), status="forecast", location="Việt Nam"),
]

COMMENTS = [
    "National press (invented, VnExpress-like dateline 'Thứ sáu, 13/9/2024, 18:05 (GMT+7)'): Cao Bằng relocation needs and damage.",
    "Headline 'cần 1.500 tỷ đồng' has no status cue (actual); the lead's 'kinh phí dự kiến 1.500 tỷ đồng' is forecast.",
    "'Trong số này, huyện Bảo Lạc ... 1.020 hộ, chiếm 30%' -> total 3.400 (the lead's whole, across a paragraph), percent 30.",
    "Ministry figures in the fifth paragraph are national (Việt Nam). 'đêm 9/9' gives a one-day period.",
    "Distractors: dateline, (GMT+7), 'trong 5 năm tới' (a span, not a figure), 'chiều 12/9', 'trước ngày 30/10', names.",
]

if __name__ == "__main__":
    emit("p598-6", TEXT, COMMENTS, FIGS, published="2024-09-13", location="Cao Bằng")
