"""p928-8: Báo Kiên Giang online (BKG), green mussel harvest in Kiên Lương 2023, headline figure, households by commune, targets."""
from lib import F, P, I, C, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp

Kiên Lương thu hoạch hơn 1.200 tấn vẹm xanh

Thứ Sáu, 08/12/2023 | 15:30

(BKG) - Từ đầu năm đến nay, người nuôi vẹm xanh ở huyện Kiên Lương đã thu hoạch 1.236 tấn, tăng 18% so với cùng kỳ, đạt 103% kế hoạch năm. Giá vẹm xanh tại bè dao động 9.000-11.000 đồng/kg, thấp hơn cùng kỳ năm trước khoảng 1.500 đồng/kg nhưng người nuôi vẫn có lãi.

Toàn huyện hiện có 312 hộ nuôi vẹm xanh với 2.480 bè, diện tích mặt nước khoảng 148 ha, tập trung ở xã Bình An (185 hộ), xã Dương Hòa (76 hộ) và thị trấn Kiên Lương (51 hộ). Mỗi bè treo 40-50 dây, năng suất bình quân 0,5 tấn/bè/vụ; trừ chi phí, mỗi hộ lãi 40-50 triệu đồng/vụ.

Ông Danh Sol, ấp Hòn Chông, xã Bình An, cho biết gia đình nuôi 8 bè, vụ vừa qua thu gần 4,5 tấn vẹm. Năm nay nhờ con giống tốt, vẹm lớn nhanh, sau 5 tháng đã đạt kích cỡ 40-45 con/kg.

Tuy nhiên, đợt mưa lớn kéo dài trong tháng 9 làm độ mặn giảm đột ngột, khiến khoảng 20% lượng vẹm ở các bè gần cửa kênh Ba Hòn bị chết, thiệt hại ước 1,8 tỷ đồng.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, năm 2024 huyện phấn đấu nâng sản lượng vẹm xanh lên 1.500 tấn, gấp đôi năm 2020; phát triển thêm 200 bè nuôi mới và xây dựng 2 tổ hợp tác nuôi vẹm theo chuỗi liên kết với doanh nghiệp chế biến.

THANH TÂM
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-08")
M9 = P("trong tháng 9", "2023-09-01", "2023-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.200 tấn", "1.200", 1200, "measure", "tấn", "vẹm xanh thu hoạch", approx="over"),
    F("thu hoạch 1.236 tấn", "1.236", 1236, "measure", "tấn", "vẹm xanh thu hoạch", percent=103,
      change=C("increase", 18, "%", "cùng kỳ"), period=YTD),
    F("9.000-11.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá vẹm xanh tại bè", value_max=11000,
      change=C("decrease", 1500, "đồng/kg", "cùng kỳ năm trước", approx="about")),
    F("312 hộ", "312", 312, "count", "hộ", "hộ nuôi vẹm xanh"),
    F("2.480 bè", "2.480", 2480, "count", "bè", "bè nuôi vẹm xanh"),
    F("khoảng 148 ha", "148", 148, "measure", "ha", "diện tích mặt nước nuôi vẹm xanh", approx="about"),
    F("(185 hộ)", "185", 185, "count", "hộ", "hộ nuôi vẹm xanh", total=312),
    F("(76 hộ)", "76", 76, "count", "hộ", "hộ nuôi vẹm xanh", total=312),
    F("(51 hộ)", "51", 51, "count", "hộ", "hộ nuôi vẹm xanh", total=312),
    F("treo 40-50 dây", "40", 40, "measure", "dây/bè", "dây treo mỗi bè", value_max=50),
    F("0,5 tấn/bè/vụ", "0,5", 0.5, "measure", "tấn/bè/vụ", "năng suất bình quân"),
    F("lãi 40-50 triệu đồng/vụ", "40", 40e6, "money", "đồng/vụ", "lãi mỗi hộ", value_max=50e6),
    F("nuôi 8 bè", "8", 8, "count", "bè", "bè nuôi vẹm của gia đình ông Danh Sol"),
    F("gần 4,5 tấn", "4,5", 4.5, "measure", "tấn", "vẹm gia đình ông Danh Sol thu hoạch", approx="nearly"),
    F("sau 5 tháng", "5", 5, "measure", "tháng", "thời gian nuôi", optional=True),
    F("40-45 con/kg", "40", 40, "measure", "con/kg", "kích cỡ vẹm", value_max=45, optional=True),
    F("khoảng 20%", "20", 20, "percent", "%", "lượng vẹm ở các bè gần cửa kênh bị chết", approx="about",
      period=M9),
    F("ước 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "thiệt hại", status="estimate", period=M9),
    F("lên 1.500 tấn", "1.500", 1500, "measure", "tấn", "sản lượng vẹm xanh", status="target",
      change=C("increase", 2, "lần", "năm 2020"), period=Y24),
    F("thêm 200 bè", "200", 200, "count", "bè", "bè nuôi mới phát triển thêm", status="target", period=Y24),
    F("2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác nuôi vẹm theo chuỗi liên kết", status="target",
      period=Y24),
]

NOTES = [
    "Báo Kiên Giang online: '(BKG) -' tag, headline figure without a period, dateline 'Thứ Sáu, 08/12/2023 | 15:30', byline at the end.",
    "Location: huyện Kiên Lương (communes Bình An, Dương Hòa and thị trấn Kiên Lương lie in it).",
    "'Từ đầu năm đến nay' runs to the dateline 2023-12-08. Year-less 'tháng 9' takes 2023 (dateline; only baselines are",
    "'năm trước'). The commune list in brackets adds up to 312 hộ (185 + 76 + 51), so each part gets total 312.",
    "'gấp đôi năm 2020' follows the 1.500 tấn target: its change (increase, 2 lần). 'thiệt hại ước 1,8 tỷ đồng' → estimate.",
    "Optional: culture time 'sau 5 tháng', size grade '40-45 con/kg'.",
    "Distractors: Thứ Sáu, 15:30, ấp Hòn Chông, cửa kênh Ba Hòn (a name with a number word), Danh Sol.",
]

write(8, TEXT, FIGS, NOTES, published="2023-12-08", location="Kiên Lương")
