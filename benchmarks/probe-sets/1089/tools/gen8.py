"""p1089-8: provincial newspaper online (Báo Hậu Giang), headline figure, '(BHG) -' tag: drone sowing, drying, machine fleet."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HẬU GIANG ĐIỆN TỬ
Kinh tế › Nông nghiệp

Hơn 12.000 ha lúa được sạ bằng thiết bị bay

Thứ Sáu, 15/09/2023, 16:40

(BHG) - Từ đầu năm đến nay, toàn tỉnh có 12.350 ha lúa được gieo sạ bằng thiết bị bay không người lái, gấp 3 lần cùng kỳ năm 2022. Các địa phương có diện tích sạ bằng thiết bị bay lớn là huyện Phụng Hiệp, huyện Long Mỹ và thị xã Long Mỹ, lần lượt đạt 3.820 ha, 2.960 ha và 2.140 ha.

Theo Sở Nông nghiệp và Phát triển nông thôn, mỗi thiết bị bay sạ được 15-20 ha/ngày, lượng giống chỉ còn 80-100 kg/ha, tiết kiệm 40-50 kg giống mỗi ha so với sạ lan. Chi phí thuê sạ bằng thiết bị bay khoảng 300.000 đồng/ha. Ông Trần Văn Năm ở ấp 7, xã Hiệp Hưng (huyện Phụng Hiệp) cho biết, 3 ha ruộng ven Quốc lộ 61 của gia đình chỉ sạ trong khoảng 20 phút, hạt giống rơi đều, lúa lên khỏe.

Toàn tỉnh hiện có 186 thiết bị bay, 245 máy gặt đập liên hợp và 172 lò sấy với công suất sấy 4.650 tấn/ngày. Trong 8 tháng năm 2023, mức độ cơ giới hóa khâu sấy lúa đạt 68%, tăng 5% so với cùng kỳ; khâu thu hoạch đạt 95%.

Dự kiến vụ Thu Đông năm nay, diện tích sạ bằng thiết bị bay đạt khoảng 6.000 ha. Tỉnh phấn đấu đến năm 2025 có 50% diện tích lúa được gieo sạ bằng máy và 500 thiết bị bay phục vụ sản xuất.

Hoàng Nam
"""

HG = "Hậu Giang"
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-15")
M8 = P("Trong 8 tháng năm 2023", "2023-01-01", "2023-08-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích lúa được sạ bằng thiết bị bay", approx="over"),
    F("có 12.350 ha", "12.350", 12350, "measure", "ha", "diện tích lúa được gieo sạ bằng thiết bị bay không người lái",
      change=C("increase", 3, "lần", "cùng kỳ năm 2022"), period=YTD),
    F("đạt 3.820 ha", "3.820", 3820, "measure", "ha", "diện tích sạ bằng thiết bị bay", period=I(YTD), location="Phụng Hiệp"),
    F("3.820 ha, 2.960 ha", "2.960", 2960, "measure", "ha", "diện tích sạ bằng thiết bị bay", period=I(YTD), location="Long Mỹ"),
    F("và 2.140 ha", "2.140", 2140, "measure", "ha", "diện tích sạ bằng thiết bị bay", period=I(YTD), location="Long Mỹ"),
    F("được 15-20 ha/ngày", "15", 15, "measure", "ha/ngày", "diện tích mỗi thiết bị bay sạ được", value_max=20),
    F("còn 80-100 kg/ha", "80", 80, "measure", "kg/ha", "lượng giống sạ bằng thiết bị bay", value_max=100),
    F("tiết kiệm 40-50 kg", "40", 40, "measure", "kg/ha", "lượng giống tiết kiệm so với sạ lan", value_max=50),
    F("khoảng 300.000 đồng/ha", "300.000", 300000, "money", "đồng/ha", "chi phí thuê sạ bằng thiết bị bay", approx="about"),
    F("3 ha ruộng", "3", 3, "measure", "ha", "ruộng của gia đình ông Trần Văn Năm", optional=True, location="Phụng Hiệp"),
    F("khoảng 20 phút", "20", 20, "measure", "phút", "thời gian sạ 3 ha ruộng bằng thiết bị bay", approx="about",
      location="Phụng Hiệp"),
    F("có 186 thiết bị bay", "186", 186, "count", "thiết bị bay", "thiết bị bay"),
    F("245 máy gặt", "245", 245, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp"),
    F("172 lò sấy", "172", 172, "count", "lò sấy", "lò sấy"),
    F("sấy 4.650 tấn/ngày", "4.650", 4650, "measure", "tấn/ngày", "công suất sấy"),
    F("đạt 68%", "68", 68, "percent", "%", "mức độ cơ giới hóa khâu sấy lúa", change=C("increase", 5, "%", "cùng kỳ"), period=M8),
    F("đạt 95%", "95", 95, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch lúa", period=M8),
    F("khoảng 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích sạ bằng thiết bị bay vụ Thu Đông", approx="about",
      status="forecast"),
    F("có 50% diện tích", "50", 50, "percent", "%", "diện tích lúa được gieo sạ bằng máy", status="target", period=TO25),
    F("và 500 thiết bị bay", "500", 500, "count", "thiết bị bay", "thiết bị bay phục vụ sản xuất", status="target", period=TO25),
]

NOTES = [
    "Báo Hậu Giang online, Thứ Sáu 15/09/2023 16:40, tag '(BHG) -' (implies Hậu Giang): sạ lúa bằng thiết bị bay, máy móc, sấy, mục tiêu 2025.",
    "Headline 'Hơn 12.000 ha' is a figure of its own (no period). 'gấp 3 lần cùng kỳ năm 2022' right after 12.350 ha is read as its change (unit lần).",
    "'lần lượt đạt 3.820 ha, 2.960 ha và 2.140 ha' shares the indicator stated before; locations Phụng Hiệp, Long Mỹ (huyện), Long Mỹ (thị xã);",
    "their period 'Từ đầu năm đến nay' stands in the previous sentence (inherited). 'tiết kiệm 40-50 kg giống mỗi ha' is a figure of its own (not a change cue).",
    "'tăng 5% so với cùng kỳ' after 68% is the change of that percent figure. 'vụ Thu Đông năm nay' (season) gives no period; 'Dự kiến' → forecast.",
    "Optional: the farmer's field '3 ha'. Distractors: 16:40, Trần Văn Năm, ấp 7, Quốc lộ 61, 'Thứ Sáu'.",
]

if __name__ == "__main__":
    write("p1089-8", TEXT, FIGS, NOTES, published="2023-09-15", location="Hậu Giang")
