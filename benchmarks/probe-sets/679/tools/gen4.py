"""p679-4: Ministry of Culture, Sports and Tourism site: certified beaches, lifeguards, drowning (national)."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch
Ngày đăng: 21/06/2024 | Lượt xem: 2.045

Cả nước có hơn 120 bãi biển đạt chuẩn phục vụ khách du lịch

(BVHTTDL) - Theo Cục Du lịch Quốc gia Việt Nam, tính đến ngày 31/5/2024, cả nước có 124 bãi biển đã được công nhận đạt tiêu chuẩn phục vụ khách du lịch, tăng 19 bãi so với cuối năm 2022. Các địa phương có nhiều bãi biển đạt chuẩn nhất là Khánh Hòa (15 bãi), Bà Rịa - Vũng Tàu (13 bãi) và Quảng Ninh (11 bãi).

Việt Nam có 28 tỉnh, thành phố ven biển với đường bờ biển dài hơn 3.260 km. Năm 2023, các địa phương ven biển đón khoảng 75,2 triệu lượt khách du lịch, chiếm gần 70% tổng lượt khách nội địa. Về chất lượng dịch vụ bãi biển, Đà Nẵng, Khánh Hòa và Quảng Ninh lần lượt xếp thứ 1, 2 và 3 trong bộ chỉ số đánh giá năm 2023.

Cả nước hiện có khoảng 2.750 nhân viên cứu hộ làm việc tại các bãi biển, trong đó 1.980 người đã được cấp chứng chỉ, chiếm 72%. Theo Bộ Lao động - Thương binh và Xã hội, năm 2023 cả nước có 1.852 trẻ em tử vong do đuối nước, giảm 7,4% so với năm 2022; tỷ suất tử vong do đuối nước ở trẻ em là 6,8 ca/100.000 trẻ em. Tại các bãi tắm có lực lượng cứu hộ thường xuyên, số vụ đuối nước thấp hơn từ 30 đến 40% so với bãi tắm tự phát.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030 (Quyết định số 147/QĐ-TTg), phấn đấu đến năm 2025, 100% bãi biển du lịch có lực lượng cứu hộ và ít nhất 80% nhân viên cứu hộ được cấp chứng chỉ; đến năm 2030, số bãi biển đạt chuẩn đạt 200 bãi.

Thông tin chi tiết liên hệ Vụ Lữ hành, Cục Du lịch Quốc gia Việt Nam, số 80 Quán Sứ, quận Hoàn Kiếm, Hà Nội; điện thoại: 024.3942.1061.
"""

AS = P("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có hơn 120 bãi biển", "120", 120, "count", "bãi biển", "bãi biển đạt chuẩn phục vụ khách du lịch",
      approx="over"),
    F("có 124 bãi biển", "124", 124, "count", "bãi biển",
      "bãi biển được công nhận đạt tiêu chuẩn phục vụ khách du lịch", AS,
      change=CH("increase", 19, "bãi", "cuối năm 2022")),
    F("Khánh Hòa (15 bãi)", "15", 15, "count", "bãi", "bãi biển đạt chuẩn", I(AS), location="Khánh Hòa"),
    F("Vũng Tàu (13 bãi)", "13", 13, "count", "bãi", "bãi biển đạt chuẩn", I(AS), location="Bà Rịa - Vũng Tàu"),
    F("Quảng Ninh (11 bãi)", "11", 11, "count", "bãi", "bãi biển đạt chuẩn", I(AS), location="Quảng Ninh"),
    F("có 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển"),
    F("hơn 3.260 km", "3.260", 3260, "measure", "km", "đường bờ biển", approx="over"),
    F("khoảng 75,2 triệu lượt", "75,2", 75200000, "count", "lượt khách",
      "lượt khách du lịch các địa phương ven biển đón", Y23, approx="about", percent=70),
    F("xếp thứ 1, 2", "1", 1, "rank", "hạng", "chất lượng dịch vụ bãi biển", Y23b, location="Đà Nẵng"),
    F("1, 2 và 3", "2", 2, "rank", "hạng", "chất lượng dịch vụ bãi biển", Y23b, location="Khánh Hòa"),
    F("2 và 3 trong", "3", 3, "rank", "hạng", "chất lượng dịch vụ bãi biển", Y23b, location="Quảng Ninh"),
    F("khoảng 2.750 nhân viên", "2.750", 2750, "count", "nhân viên cứu hộ",
      "nhân viên cứu hộ làm việc tại các bãi biển", approx="about"),
    F("1.980 người", "1.980", 1980, "count", "người", "nhân viên cứu hộ đã được cấp chứng chỉ",
      total=2750, percent=72),
    F("có 1.852 trẻ em", "1.852", 1852, "count", "trẻ em", "trẻ em tử vong do đuối nước", Y23b,
      change=CH("decrease", 7.4, "%", "năm 2022")),
    F("là 6,8 ca", "6,8", 6.8, "measure", "ca/100.000 trẻ em", "tỷ suất tử vong do đuối nước ở trẻ em", Y23b),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "số vụ đuối nước tại các bãi tắm có lực lượng cứu hộ thường xuyên thấp hơn so với bãi tắm tự phát",
      value_max=40),
    F("2025, 100% bãi biển", "100", 100, "percent", "%", "bãi biển du lịch có lực lượng cứu hộ", Y25,
      status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "nhân viên cứu hộ được cấp chứng chỉ", Y25,
      approx="at_least", status="target"),
    F("đạt 200 bãi", "200", 200, "count", "bãi", "số bãi biển đạt chuẩn", Y30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 21/06/2024 | Lượt xem: 2.045': certified beaches, lifeguards, child drowning, national.",
    "Not figures: Lượt xem 2.045, 'Chiến lược ... đến năm 2030' (a name), Quyết định số 147/QĐ-TTg, 'số 80 Quán Sứ', phone 024.3942.1061,",
    "'100.000 trẻ em' (rate denominator), dates 31/5/2024.",
    "Province list after a national count: items are figures with the province as location, no total (no cue, do not add up).",
    "'lần lượt xếp thứ 1, 2 và 3' -> three rank figures. 'chiếm gần 70%' -> percent of 75,2 triệu; 'chiếm 72%' -> percent of 1.980.",
    "'thấp hơn từ 30 đến 40% so với bãi tắm tự phát' is the claim (a rate, no base amount): a percent figure, no change.",
    "'đến năm 2030, số bãi biển đạt chuẩn đạt 200 bãi' -> target count (continues the 'phấn đấu' sentence).",
]

if __name__ == "__main__":
    emit("p679-4", TEXT, COMMENTS, FIGS, published="2024-06-21", location="Việt Nam")
