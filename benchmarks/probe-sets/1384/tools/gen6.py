"""p1384-6: national newspaper (dateline 'Thứ tư, 16/10/2024, 06:00 (GMT+7)'): toilets at TP HCM's tourist markets."""
from lib import F, P, inh, ch, tg, write

TEXT = """Thứ tư, 16/10/2024, 06:00 (GMT+7)

Nhà vệ sinh ở chợ du lịch: sạch hơn nhưng vẫn thiếu

Nhiều chợ ở TP HCM đã nâng cấp nhà vệ sinh để đón khách quốc tế, song vào giờ cao điểm du khách vẫn phải xếp hàng chờ.

Trưa 14/10, trước khu vệ sinh cạnh cửa số 4 chợ Bến Thành, hơn 20 du khách nước ngoài xếp hàng. Khu vệ sinh này có 12 buồng, được cải tạo đầu năm nay với chi phí khoảng 850 triệu đồng. Theo Ban quản lý chợ, mỗi ngày chợ đón từ 10.000 đến 15.000 lượt khách, trong đó khoảng 40% là khách quốc tế.

Theo Sở Công Thương, TP HCM hiện có 234 chợ truyền thống, trong đó 14 chợ phục vụ khách du lịch như Bến Thành, Bình Tây, Tân Định. Năm 2023, thành phố rà soát 1.270 nhà vệ sinh tại các chợ, phát hiện khoảng 30% xuống cấp. 9 tháng đầu năm nay, 41 chợ đã cải tạo nhà vệ sinh với tổng kinh phí hơn 19 tỷ đồng, gấp 2,5 lần cùng kỳ năm 2023.

"Tôi bán vải ở đây hơn 20 năm, giờ nhà vệ sinh sạch hơn trước nhiều", bà Trần Thị Mến, tiểu thương ki-ốt 1029, nói. Phí sử dụng là 5.000 đồng/lượt, tiểu thương được miễn phí.

Ông Lê Quang Vinh, Phó giám đốc Sở Công Thương, cho biết năm 2025 thành phố phấn đấu 100% chợ phục vụ khách du lịch có nhà vệ sinh đạt chuẩn, dự kiến huy động khoảng 60 tỷ đồng vốn xã hội hóa. Người dân có thể phản ánh qua tổng đài 1022.

Lan Anh
"""

DAY = P("Trưa 14/10", "2024-10-14", "2024-10-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NINE = P("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 20 du khách", "20", 20, "count", "du khách", approx="over",
      subject="du khách nước ngoài xếp hàng trước khu vệ sinh chợ Bến Thành", period=DAY),
    F("có 12 buồng", "12", 12, "count", "buồng", subject="buồng của khu vệ sinh chợ Bến Thành"),
    F("khoảng 850 triệu", "850", 850e6, "money", "đồng", approx="about",
      subject="chi phí cải tạo khu vệ sinh"),
    F("từ 10.000 đến 15.000", "10.000", 10000, "measure", "lượt khách/ngày", value_max=15000,
      subject="lượt khách chợ Bến Thành đón mỗi ngày"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ lệ khách quốc tế"),
    F("có 234 chợ", "234", 234, "count", "chợ truyền thống", subject="chợ truyền thống"),
    F("trong đó 14 chợ", "14", 14, "count", "chợ", total=234, subject="chợ phục vụ khách du lịch"),
    F("soát 1.270 nhà", "1.270", 1270, "count", "nhà vệ sinh",
      subject="nhà vệ sinh tại các chợ thành phố rà soát", period=Y23),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="nhà vệ sinh tại các chợ xuống cấp", period=Y23),
    F("nay, 41 chợ", "41", 41, "count", "chợ", subject="chợ đã cải tạo nhà vệ sinh", period=NINE),
    F("hơn 19 tỷ", "19", 19e9, "money", "đồng", approx="over",
      change=ch("increase", 2.5, "lần", "cùng kỳ năm 2023"),
      subject="tổng kinh phí cải tạo nhà vệ sinh chợ", period=NINE),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over",
      subject="thời gian bà Trần Thị Mến bán vải ở chợ", optional=True),
    F("là 5.000 đồng", "5.000", 5000, "money", "đồng/lượt", subject="phí sử dụng nhà vệ sinh"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="chợ phục vụ khách du lịch có nhà vệ sinh đạt chuẩn", period=Y25),
    F("khoảng 60 tỷ", "60", 60e9, "money", "đồng", approx="about", status="forecast",
      subject="vốn xã hội hóa huy động", period=Y25),
]

NOTES = [
    "National newspaper: dateline 'Thứ tư, 16/10/2024, 06:00 (GMT+7)', sapo, scene lead, quote, byline 'Lan Anh' at the end.",
    "Distractors: 06:00, (GMT+7), 'Trưa 14/10', 'cửa số 4', 'ki-ốt 1029', hotline 'tổng đài 1022', baseline 'cùng kỳ năm 2023'.",
    "All figures in TP HCM (default); chợ Bến Thành is in the city (no district is named).",
    "'hơn 20 du khách ... xếp hàng' is an observed count on one day: period 'Trưa 14/10' = 2024-10-14 (year of the dateline).",
    "'mỗi ngày chợ đón từ 10.000 đến 15.000 lượt khách' -> measure lượt khách/ngày, range; 'trong đó khoảng 40% là khách quốc tế' -> own percent figure.",
    "14 chợ after 'trong đó' -> total 234. 'phát hiện khoảng 30% xuống cấp' -> percent figure (share of the 1.270 reviewed).",
    "'gấp 2,5 lần cùng kỳ năm 2023' -> change increase 2,5 lần. '9 tháng đầu năm nay' -> 2024 (published).",
    "'hơn 20 năm' (how long the trader has sold cloth) is a duration in a quote: optional.",
    "'năm 2025 thành phố phấn đấu 100% ...' -> target; ', dự kiến huy động khoảng 60 tỷ' -> forecast (own cue), period năm 2025 in the sentence.",
    "'đầu năm nay' (the refit of the toilet block) is no standard period: no period.",
]

if __name__ == "__main__":
    write("p1384-6", TEXT, NOTES, FIGS, published="2024-10-16", location="TP Hồ Chí Minh")
