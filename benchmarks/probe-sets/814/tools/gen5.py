"""p814-5: Party/provincial newspaper (Báo Quảng Ninh): Phố sách Hạ Long, school visits, mobile libraries."""
from lib import F, P, I, C, T, write

TEXT = """Phố sách Hạ Long: điểm hẹn của người yêu sách

Khai trương từ tháng 9/2022 trên tuyến phố Lê Thánh Tông (TP Hạ Long), Phố sách Hạ Long hiện có 14 gian hàng của 9 đơn vị phát hành, trưng bày thường xuyên khoảng 25.000 tựa sách.

Theo Ban Quản lý Phố sách, từ tháng 9/2022 đến hết tháng 5/2024, phố sách đã đón hơn 820.000 lượt khách, tổ chức 126 sự kiện giao lưu, ra mắt sách; tổng doanh thu đạt 18,7 tỷ đồng. Riêng 5 tháng đầu năm 2024, doanh thu đạt 4,6 tỷ đồng, tăng 21% so với cùng kỳ; số sách bán ra khoảng 52.000 cuốn.

Phố sách còn là điểm đến của học sinh. Trong năm 2023, có 94 trường học trong tỉnh đưa gần 31.000 học sinh đến tham quan, đọc sách, chiếm khoảng 12% số học sinh toàn tỉnh. Nhiều trường ở Cẩm Phả, Uông Bí đưa việc tham quan phố sách vào kế hoạch giáo dục trải nghiệm.

Bên cạnh phố sách, Thư viện tỉnh duy trì 2 xe thư viện lưu động, mỗi năm phục vụ bình quân 120 điểm trường, trong đó khoảng 70% là trường ở các huyện miền núi Bình Liêu, Ba Chẽ, Tiên Yên. Mỗi chuyến xe mang theo từ 3.000 đến 3.500 cuốn sách.

Ông Phạm Văn Bảy, Trưởng Ban Quản lý Phố sách cho biết, năm 2024 phố sách phấn đấu đón 450.000 lượt khách, doanh thu đạt 12 tỷ đồng; dự kiến mở thêm 4 gian hàng sách ngoại văn phục vụ du khách quốc tế tại khu vực Bãi Cháy.

THU HẰNG
18/6/2024
"""

RUN = P("từ tháng 9/2022 đến hết tháng 5/2024", "2022-09-01", "2024-05-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
HL = "Hạ Long"

FIGS = [
    F("có 14 gian hàng", "14", 14, "count", "gian hàng", "gian hàng của Phố sách Hạ Long", location=HL),
    F("của 9 đơn vị", "9", 9, "count", "đơn vị phát hành", "đơn vị phát hành tham gia phố sách", location=HL),
    F("khoảng 25.000 tựa sách", "25.000", 25000, "count", "tựa sách",
      "tựa sách trưng bày thường xuyên", approx="about", location=HL),
    F("hơn 820.000 lượt khách", "820.000", 820000, "count", "lượt khách",
      "lượt khách đến phố sách", RUN, approx="over", location=HL),
    F("tổ chức 126 sự kiện", "126", 126, "count", "sự kiện",
      "sự kiện giao lưu, ra mắt sách", RUN, location=HL),
    F("đạt 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng",
      "tổng doanh thu phố sách", RUN, location=HL),
    F("đạt 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "doanh thu phố sách", M5,
      change=C("increase", 21, "%", "cùng kỳ"), location=HL),
    F("khoảng 52.000 cuốn", "52.000", 52000, "count", "cuốn",
      "sách bán ra tại phố sách", M5, approx="about", location=HL),
    F("có 94 trường", "94", 94, "count", "trường học",
      "trường học đưa học sinh đến tham quan phố sách", Y23),
    F("gần 31.000 học sinh", "31.000", 31000, "count", "học sinh",
      "học sinh đến tham quan, đọc sách tại phố sách", Y23, approx="nearly", percent=12),
    F("duy trì 2 xe", "2", 2, "count", "xe thư viện lưu động", "xe thư viện lưu động"),
    F("bình quân 120 điểm", "120", 120, "count", "điểm trường",
      "điểm trường xe thư viện lưu động phục vụ mỗi năm"),
    F("khoảng 70%", "70", 70, "percent", "%",
      "trường ở các huyện miền núi trong số điểm trường được phục vụ", approx="about"),
    F("từ 3.000 đến 3.500 cuốn", "3.000", 3000, "count", "cuốn sách",
      "sách mỗi chuyến xe thư viện mang theo", value_max=3500),
    F("đón 450.000 lượt", "450.000", 450000, "count", "lượt khách",
      "lượt khách đến phố sách", Y24, status="target", location=HL),
    F("đạt 12 tỷ đồng", "12", 12e9, "money", "đồng", "doanh thu phố sách", Y24,
      status="target", location=HL),
    F("thêm 4 gian hàng", "4", 4, "count", "gian hàng", "gian hàng sách ngoại văn mở thêm",
      Y24, status="forecast", location=HL),
]

NOTES = [
    "Báo Quảng Ninh: Phố sách Hạ Long (opened 9/2022), school visits 2023, the provincial library's mobile vans, 2024 plans.",
    "Byline 'THU HẰNG' and bare date '18/6/2024' at the end give published. Not figures: 'tháng 9/2022' (opening date), 'phố Lê Thánh Tông',",
    "person 'Phạm Văn Bảy'. Phố sách figures describe TP Hạ Long (location Hạ Long); school and mobile-library figures the province.",
    "'từ tháng 9/2022 đến hết tháng 5/2024' is a stated span; 'hiện có' stock figures and 'mỗi năm'/'Mỗi chuyến' figures have no period.",
    "'Riêng 5 tháng ...' 4,6 tỷ is not part of 18,7 tỷ by a part-of cue (and a different period): no total.",
    "'chiếm khoảng 12% số học sinh toàn tỉnh' is the share of 31.000: percent 12. 'trong đó khoảng 70% là trường ...' is a share of a part: own percent figure.",
    "'phấn đấu' governs 450.000 and 12 tỷ (target); 'dự kiến' gives the 4 gian hàng forecast; both in the 'năm 2024' sentence.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-06-18", location="Quảng Ninh")
