from lib import F, P, I, build

TEXT = """Sức khỏe › Các bệnh
Thứ ba, 1/10/2024, 06:00 (GMT+7)

TP HCM: Số người tiêm phòng dại tăng liên tục, 5 ca tử vong trong 8 tháng

Năm 2023, các điểm tiêm chủng tại TP HCM tiếp nhận 112.480 lượt người tiêm vắc xin phòng dại sau phơi nhiễm, gấp 1,4 lần năm 2021. Thành phố đứng thứ 3 cả nước về số người phải tiêm phòng dại, sau Hà Nội và Đồng Nai.

Số liệu của Trung tâm Kiểm soát bệnh tật TP HCM:
Năm\tSố lượt tiêm phòng dại\tSố ca tử vong
2021\t80.350\t2
2022\t96.114\t3
2023\t112.480\t4

8 tháng đầu năm 2024, thành phố ghi nhận 5 ca tử vong do bệnh dại, cao nhất trong 10 năm qua. Các bệnh nhân đều bị chó nhà nuôi thả rông cắn nhưng không đi tiêm.

Theo Chi cục Chăn nuôi và Thú y, thành phố hiện có gần 1,2 triệu con chó, mèo. Giai đoạn 2021-2023, bình quân mỗi năm chỉ hơn 300 nghìn con được tiêm phòng, tỷ lệ bao phủ khoảng 57%. Huyện Củ Chi có tỷ lệ tiêm thấp nhất, chỉ 38,5%; TP Thủ Đức đạt 61%.

Giá mỗi liều vắc xin phòng dại cho người tại các cơ sở dịch vụ từ 280.000 đến 350.000 đồng, trong khi vắc xin cho chó, mèo chỉ 50.000-70.000 đồng/liều.

Năm 2025, thành phố dự kiến mua 350 nghìn liều vắc xin cấp miễn phí cho các hộ nghèo, hộ cận nghèo. Mục tiêu đến năm 2025, tỷ lệ tiêm phòng dại cho chó, mèo đạt tối thiểu 70%.

BS Nguyễn Thị Mai, khoa Kiểm soát bệnh truyền nhiễm, khuyến cáo người bị cắn cần tiêm ngay trong 24 giờ, tiêm đủ 4-5 mũi theo phác đồ.

Lê Phương

Chia sẻ | 18 bình luận
"""

HCM = "TP Hồ Chí Minh"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
def Y(y):
    return P(y, f"{y}-01-01", f"{y}-12-31")

FIGS = [
    F("5 ca tử vong trong 8 tháng", "5", 5, "count", "ca", "ca tử vong", period=P("trong 8 tháng", "2024-01-01", "2024-08-31")),
    F("tiếp nhận 112.480 lượt", "112.480", 112480, "count", "lượt người", "lượt người tiêm vắc xin phòng dại sau phơi nhiễm",
      change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "năm 2021"}, period=Y23),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "số người phải tiêm phòng dại"),
    F("2021\t80.350", "80.350", 80350, "count", "lượt", "Số lượt tiêm phòng dại", period=Y("2021")),
    F("80.350\t2\n", "2", 2, "count", "ca", "Số ca tử vong", period=Y("2021")),
    F("2022\t96.114", "96.114", 96114, "count", "lượt", "Số lượt tiêm phòng dại", period=Y("2022")),
    F("96.114\t3\n", "3", 3, "count", "ca", "Số ca tử vong", period=Y("2022")),
    F("2023\t112.480", "112.480", 112480, "count", "lượt", "Số lượt tiêm phòng dại", period=Y("2023")),
    F("112.480\t4\n", "4", 4, "count", "ca", "Số ca tử vong", period=Y("2023")),
    F("ghi nhận 5 ca", "5", 5, "count", "ca", "ca tử vong do bệnh dại",
      period=P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")),
    F("trong 10 năm qua", "10", 10, "count", "năm", optional=True),
    F("gần 1,2 triệu", "1,2", 1.2e6, "count", "con", "chó, mèo", approx="nearly"),
    F("hơn 300 nghìn", "300", 300000, "count", "con", "chó, mèo được tiêm phòng bình quân mỗi năm", approx="over",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khoảng 57%", "57", 57, "percent", "%", "tỷ lệ bao phủ", approx="about",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("chỉ 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ tiêm", location="Củ Chi"),
    F("đạt 61%", "61", 61, "percent", "%", "tỷ lệ tiêm", location="Thủ Đức"),
    F("từ 280.000 đến 350.000 đồng", "280.000", 280000, "money", "đồng", "Giá mỗi liều vắc xin phòng dại cho người",
      value_max=350000),
    F("50.000-70.000 đồng/liều", "50.000", 50000, "money", "đồng/liều", "vắc xin cho chó, mèo", value_max=70000),
    F("mua 350 nghìn liều", "350", 350000, "count", "liều", "vắc xin cấp miễn phí", status="forecast",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("tối thiểu 70%", "70", 70, "percent", "%", "tỷ lệ tiêm phòng dại cho chó, mèo", approx="at_least", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("trong 24 giờ", "24", 24, "measure", "giờ", optional=True),
    F("đủ 4-5 mũi", "4", 4, "count", "mũi", value_max=5, optional=True),
]

COMMENTS = [
    "National online press ('Sức khỏe › Các bệnh'): rabies in TP HCM. Dateline 'Thứ ba, 1/10/2024, 06:00 (GMT+7)'; byline 'Lê Phương' at the end.",
    "Distractors: '(GMT+7)', '18 bình luận', the year labels 2021/2022/2023 of the tab table rows, 'BS', 'Hà Nội và Đồng Nai' (named only as ranked ahead).",
    "Tab-separated table: every numeric cell a figure; subject = column label; period = the row's year label (a table header cell, scored as in shared h24).",
    "'gấp 1,4 lần năm 2021' after a count is its change (unit lần, baseline năm 2021). 'đứng thứ 3 cả nước' rank of TP HCM (no period stated).",
    "District rates: Củ Chi, Thủ Đức in location, no period (present tense 'hiện'). 'Giai đoạn 2021-2023' covers the average and the coverage rate.",
    "Prices are money ranges; '50.000-70.000 đồng/liều' dash range. 'dự kiến mua' → forecast; 'Mục tiêu đến năm 2025 … tối thiểu 70%' → target, at_least.",
    "Medical advice ('trong 24 giờ', '4-5 mũi') and 'trong 10 năm qua' optional.",
]

if __name__ == "__main__":
    build("p447-8", TEXT, COMMENTS, FIGS, published="2024-10-01", location="TP Hồ Chí Minh")
