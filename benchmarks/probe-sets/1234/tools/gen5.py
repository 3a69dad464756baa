"""p1234-5: Party newspaper (Báo Quảng Ninh), Yên Tử cable cars in the 2025 spring festival, TP Uông Bí."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH QUẢNG NINH
Thời sự | Kinh tế | Văn hóa | Du lịch

Cáp treo Yên Tử vận hành an toàn trong mùa lễ hội

Từ ngày 7/2 đến ngày 16/2, Khu di tích và danh thắng Yên Tử (TP Uông Bí) đã đón hơn 153.000 lượt khách, trong đó khoảng 96.000 lượt đi cáp treo. Ngày cao điểm 9/2 có gần 21.000 lượt khách lên chùa Đồng (độ cao 1.068 m).

Hệ thống cáp treo Yên Tử gồm hai tuyến: Giải Oan - Hoa Yên dài 1.300 m và Một Mái - An Kỳ Sinh dài 640 m, tổng công suất 2.400 khách/giờ. Để bảo đảm an toàn, đơn vị vận hành bố trí 85 nhân viên trực thường xuyên tại các nhà ga, 18 nhân viên cứu hộ và hai tổ bảo dưỡng làm việc xuyên đêm; thời gian chờ lên cabin giảm còn dưới 20 phút.

Ở thôn Nam Mẫu, xã Thượng Yên Công, gia đình bà Lê Thị Hòa mở 2 ki-ốt bán đặc sản gần ga cáp treo Giải Oan. Những ngày lễ hội, mỗi ngày bà bán khoảng 40 kg măng mai, mơ ngâm; doanh thu từ 5 đến 6 triệu đồng/ngày, gấp ba ngày thường. "Nhờ có cáp treo, khách lên núi đông hơn, nhà tôi có thêm việc làm cho hai người con", bà Hòa nói.

Năm 2024, TP Uông Bí đón 2,35 triệu lượt khách, tổng thu từ du lịch khoảng 1.520 tỷ đồng, tăng 15,2% so với năm 2023. Năm 2025, thành phố phấn đấu đón 2,6 triệu lượt khách, trong đó khách quốc tế chiếm ít nhất 10%.

THANH TÙNG
18/02/2025
"""

FEST = P("Từ ngày 7/2 đến ngày 16/2", "2025-02-07", "2025-02-16")
PEAK = P("Ngày cao điểm 9/2", "2025-02-09", "2025-02-09")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 153.000 lượt", "153.000", 153000, "count", "lượt khách", approx="over",
      subject="lượt khách Khu di tích và danh thắng Yên Tử đón", period=FEST),
    F("khoảng 96.000 lượt", "96.000", 96000, "count", "lượt", approx="about", total=153000,
      subject="lượt khách đi cáp treo", period=FEST),
    F("gần 21.000 lượt", "21.000", 21000, "count", "lượt khách", approx="nearly",
      subject="lượt khách lên chùa Đồng ngày cao điểm", period=PEAK),
    F("độ cao 1.068 m", "1.068", 1068, "measure", "m", subject="độ cao chùa Đồng"),
    F("gồm hai tuyến", "hai", 2, "count", "tuyến", subject="tuyến của hệ thống cáp treo Yên Tử"),
    F("dài 1.300 m", "1.300", 1300, "measure", "m", subject="chiều dài tuyến Giải Oan - Hoa Yên"),
    F("dài 640 m", "640", 640, "measure", "m", subject="chiều dài tuyến Một Mái - An Kỳ Sinh"),
    F("2.400 khách/giờ", "2.400", 2400, "measure", "khách/giờ", subject="tổng công suất hệ thống cáp treo"),
    F("bố trí 85 nhân viên", "85", 85, "count", "nhân viên", subject="nhân viên trực thường xuyên tại các nhà ga"),
    F("18 nhân viên", "18", 18, "count", "nhân viên", subject="nhân viên cứu hộ"),
    F("hai tổ", "hai", 2, "count", "tổ", subject="tổ bảo dưỡng làm việc xuyên đêm"),
    F("dưới 20 phút", "20", 20, "measure", "phút", approx="under", subject="thời gian chờ lên cabin"),
    F("mở 2 ki-ốt", "2", 2, "count", "ki-ốt", subject="ki-ốt bán đặc sản gần ga cáp treo Giải Oan"),
    F("khoảng 40 kg", "40", 40, "measure", "kg", approx="about",
      subject="măng mai, mơ ngâm bán mỗi ngày lễ hội"),
    F("từ 5 đến 6 triệu", "5", 5e6, "money", "đồng/ngày", value_max=6e6,
      change=C("increase", 3, "lần", "ngày thường"), subject="doanh thu ki-ốt ngày lễ hội"),
    F("cho hai người con", "hai", 2, "count", "người con", optional=True,
      subject="người con có thêm việc làm"),
    F("đón 2,35 triệu", "2,35", 2350000, "count", "lượt khách", subject="lượt khách TP Uông Bí đón", period=Y24),
    F("khoảng 1.520 tỷ", "1.520", 1520e9, "money", "đồng", approx="about",
      change=C("increase", 15.2, "%", "năm 2023"), subject="tổng thu từ du lịch", period=Y24),
    F("đón 2,6 triệu", "2,6", 2600000, "count", "lượt khách", status="target",
      subject="lượt khách thành phố đón", period=Y25),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ khách quốc tế", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Quảng Ninh): Yên Tử cable cars during the 2025 spring festival; byline 'THANH TÙNG' and bare date '18/02/2025' at the end.",
    "Yên Tử lies in TP Uông Bí (named in the first sentence); the kiosk in xã Thượng Yên Công is in it too: default location Uông Bí.",
    "Year-less dates 7/2, 16/2, 9/2 take 2025 from the published date. 'gấp ba ngày thường' is the change (×3) of the kiosk's revenue.",
    "Distractors: dates '7/2', '16/2', '9/2', menu line. 'hai người con' inside a quotation is anecdotal (optional).",
    "revised after the first run: the kiosk count's subject is the noun phrase as written ('ki-ốt bán đặc sản gần ga cáp treo Giải Oan'), not the owner's name.",
    "'trong đó khoảng 96.000 lượt đi cáp treo' → total 153.000. 'trong đó khách quốc tế chiếm ít nhất 10%' is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1234-5", TEXT, NOTES, FIGS, published="2025-02-18", location="Uông Bí")
