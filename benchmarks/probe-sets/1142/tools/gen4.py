"""p1142-4: ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): national diving tourism and reef figures."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Phát triển sản phẩm

Du lịch lặn biển: sản phẩm hấp dẫn cần gắn với bảo tồn rạn san hô

Ngày đăng: 12/06/2023 | Lượt xem: 864

Theo số liệu tổng hợp từ các địa phương, năm 2022 cả nước có 12 tỉnh, thành phố ven biển tổ chức dịch vụ lặn biển ngắm san hô với khoảng 160 điểm lặn; lượng khách tham gia lặn đạt khoảng 1,15 triệu lượt, gấp 3,2 lần năm 2021. Dẫn đầu là ba địa phương Khánh Hòa (612.000 lượt khách), Kiên Giang (246.000 lượt) và Quảng Nam (98.000 lượt).

Cả nước hiện có khoảng 1.400 hướng dẫn viên lặn có chứng chỉ quốc tế, trong đó gần 40% là người nước ngoài. Giá một chuyến lặn có bình khí phổ biến từ 1,2 đến 2,5 triệu đồng/khách; lặn ống thở từ 300.000 đồng/khách trở lên.

Theo Viện Hải dương học, tổng diện tích rạn san hô của Việt Nam khoảng 1.122 km², nhưng chỉ khoảng 1% diện tích rạn còn ở trạng thái rất tốt. Hệ thống khu bảo tồn biển được quy hoạch gồm 16 khu, trong đó 12 khu đã được thành lập với tổng diện tích khoảng 189.000 ha. Tại một số điểm lặn đông khách, độ phủ san hô sống đã giảm từ 20 đến 30% trong 10 năm qua do neo đậu tàu thuyền, giẫm đạp và xả thải.

Thực hiện Chiến lược phát triển du lịch Việt Nam đến năm 2030 (Quyết định số 147/QĐ-TTg), Cục Du lịch Quốc gia Việt Nam đề nghị các địa phương rà soát, công bố điểm lặn; phấn đấu đến năm 2025 có 100% điểm lặn được lắp đặt phao neo và mỗi nhóm lặn có không quá 4 khách trên một hướng dẫn viên.

Địa chỉ: 80 Quán Sứ, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.3760
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
LIST = "lượt khách tham gia lặn biển ngắm san hô"

FIGS = [
    F("có 12 tỉnh", "12", 12, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố ven biển tổ chức dịch vụ lặn biển ngắm san hô", period=Y22),
    F("khoảng 160 điểm", "160", 160, "count", "điểm lặn", approx="about",
      subject="điểm lặn ngắm san hô", period=Y22),
    F("khoảng 1,15 triệu", "1,15", 1150000, "count", "lượt", approx="about",
      change=C("increase", 3.2, "lần", "năm 2021"),
      subject="lượng khách tham gia lặn", period=Y22),
    F("ba địa phương", "ba", 3, "count", "địa phương", optional=True,
      subject="địa phương dẫn đầu về lượt khách lặn"),
    F("(612.000 lượt", "612.000", 612000, "count", "lượt khách", subject=LIST, period=I(Y22),
      location="Khánh Hòa"),
    F("(246.000 lượt", "246.000", 246000, "count", "lượt", subject=LIST, period=I(Y22),
      location="Kiên Giang"),
    F("(98.000 lượt", "98.000", 98000, "count", "lượt", subject=LIST, period=I(Y22),
      location="Quảng Nam"),
    F("khoảng 1.400 hướng", "1.400", 1400, "count", "hướng dẫn viên lặn", approx="about",
      subject="hướng dẫn viên lặn có chứng chỉ quốc tế"),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="hướng dẫn viên lặn là người nước ngoài"),
    F("từ 1,2 đến 2,5 triệu", "1,2", 1200000, "money", "đồng/khách", value_max=2500000,
      subject="giá một chuyến lặn có bình khí"),
    F("từ 300.000 đồng", "300.000", 300000, "money", "đồng/khách", approx="at_least",
      subject="giá lặn ống thở"),
    F("khoảng 1.122 km²", "1.122", 1122, "measure", "km²", approx="about",
      subject="tổng diện tích rạn san hô của Việt Nam"),
    F("khoảng 1% diện", "1", 1, "percent", "%", approx="about",
      subject="diện tích rạn san hô còn ở trạng thái rất tốt"),
    F("gồm 16 khu", "16", 16, "count", "khu", subject="khu bảo tồn biển được quy hoạch"),
    F("12 khu đã", "12", 12, "count", "khu", total=16, subject="khu bảo tồn biển đã được thành lập"),
    F("khoảng 189.000 ha", "189.000", 189000, "measure", "ha", approx="about",
      subject="tổng diện tích khu bảo tồn biển đã được thành lập"),
    F("từ 20 đến 30%", "20", 20, "percent", "%", value_max=30,
      subject="độ phủ san hô sống tại một số điểm lặn đông khách"),
    F("có 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm lặn được lắp đặt phao neo", period=TO25),
    F("không quá 4 khách", "4", 4, "measure", "khách/hướng dẫn viên", approx="at_most", status="target",
      subject="khách mỗi nhóm lặn trên một hướng dẫn viên", period=TO25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam), 'Ngày đăng: 12/06/2023 | Lượt xem: 864'. National figures: Việt Nam.",
    "Bracketed list after 'ba địa phương': each item is a figure with its province as location and the list's indicator as subject;",
    "'ba địa phương' only names the three leaders (optional). 'gấp 3,2 lần năm 2021' after a count is its change.",
    "'từ 300.000 đồng/khách trở lên' = at_least. 'giảm từ 20 đến 30% trong 10 năm qua': the fall itself is the claim (percent, no change);",
    "'10 năm qua' is a duration, no period given. 'đến năm 2030' names the strategy (not a figure); 'một hướng dẫn viên' is a rate denominator.",
    "Distractors: Quyết định số 147/QĐ-TTg, 80 Quán Sứ, 024.3942.3760, view counter 864.",
    "revised: 4 percent subjects lose the head word the sentence does not name ('tỷ lệ' x3, 'mức giảm' x1), as in the shared gold.",
]

if __name__ == "__main__":
    write("p1142-4", TEXT, NOTES, FIGS, published="2023-06-12", location="Việt Nam")
