"""p1158-4: ministry site (Bộ VHTTDL), national: highland flower-season tourism in 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch

Du lịch mùa hoa vùng cao: sản phẩm đặc trưng thu hút khách bốn mùa

Ngày đăng: 26/12/2023 | Lượt xem: 1.093

Theo Tổng cục Du lịch, năm 2023 cả nước đón 12,6 triệu lượt khách quốc tế, gấp 3,4 lần năm 2022, và phục vụ 108 triệu lượt khách nội địa; tổng thu từ khách du lịch đạt 672.000 tỷ đồng.

Hiện có 14 tỉnh tổ chức lễ hội, sự kiện mùa hoa định kỳ hằng năm. Dẫn đầu về lượt khách dịp mùa hoa năm 2023 là Hà Giang (khoảng 1,1 triệu lượt), Lào Cai (945.000 lượt), Sơn La (870.000 lượt) và Lâm Đồng (720.000 lượt).

Tính đến ngày 30/11/2023, diện tích hoa tam giác mạch trên cả nước đạt gần 1.300 ha, tập trung tại Hà Giang, Cao Bằng, Lào Cai, Yên Bái và Lai Châu; riêng Hà Giang chiếm khoảng 40%.

Khảo sát của Viện Nghiên cứu Phát triển Du lịch với 1.200 du khách cho thấy 68% muốn quay lại vào mùa hoa năm sau; chi tiêu bình quân của khách mùa hoa từ 1,8 đến 2,5 triệu đồng/người/chuyến, cao hơn khoảng 20% so với khách ngày thường.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030 (Quyết định số 147/QĐ-TTg), đến năm 2030 ngành du lịch phấn đấu đón 35 triệu lượt khách quốc tế và 160 triệu lượt khách nội địa.

Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "lượt khách dịp mùa hoa"

FIGS = [
    F("đón 12,6 triệu", "12,6", 12.6e6, "count", "lượt khách quốc tế",
      change=C("increase", 3.4, "lần", "năm 2022"), subject="lượt khách quốc tế", period=Y23),
    F("phục vụ 108 triệu", "108", 108e6, "count", "lượt khách nội địa", subject="lượt khách nội địa", period=Y23),
    F("đạt 672.000 tỷ", "672.000", 672000e9, "money", "đồng", subject="tổng thu từ khách du lịch", period=Y23),
    F("Hiện có 14 tỉnh", "14", 14, "count", "tỉnh",
      subject="tỉnh tổ chức lễ hội, sự kiện mùa hoa định kỳ hằng năm"),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "lượt", approx="about", subject=LIST, period=Y23,
      location="Hà Giang"),
    F("(945.000 lượt)", "945.000", 945000, "count", "lượt", subject=LIST, period=Y23, location="Lào Cai"),
    F("(870.000 lượt)", "870.000", 870000, "count", "lượt", subject=LIST, period=Y23, location="Sơn La"),
    F("(720.000 lượt)", "720.000", 720000, "count", "lượt", subject=LIST, period=Y23, location="Lâm Đồng"),
    F("gần 1.300 ha", "1.300", 1300, "measure", "ha", approx="nearly", subject="diện tích hoa tam giác mạch",
      period=ASOF),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ trọng diện tích hoa tam giác mạch", period=ASOF, location="Hà Giang"),
    F("với 1.200 du khách", "1.200", 1200, "count", "du khách", subject="du khách được khảo sát"),
    F("68% muốn", "68", 68, "percent", "%", subject="du khách muốn quay lại vào mùa hoa năm sau"),
    F("từ 1,8 đến 2,5 triệu", "1,8", 1.8e6, "money", "đồng/người/chuyến", value_max=2.5e6,
      change=C("increase", 20, "%", "khách ngày thường", approx="about"),
      subject="chi tiêu bình quân của khách mùa hoa"),
    F("đón 35 triệu", "35", 35e6, "count", "lượt khách quốc tế", status="target", subject="lượt khách quốc tế",
      period=T30),
    F("và 160 triệu", "160", 160e6, "count", "lượt khách nội địa", status="target", subject="lượt khách nội địa",
      period=T30),
]

NOTES = [
    "Ministry site (Bộ VHTTDL), national: flower-season tourism 2023. 'Ngày đăng: 26/12/2023 | Lượt xem: 1.093' (published).",
    "Distractors: 'thu hút khách bốn mùa' (number word in a phrase, not a figure), view counter 1.093, 'Quyết định số 147/QĐ-TTg',",
    "'Chiến lược ... đến năm 2030' (a name), address '51 Ngô Quyền', phone 024.3943.8231, 'mùa hoa năm sau'.",
    "'gấp 3,4 lần năm 2022' after a count is its change. '14 tỉnh' (a count of provinces) is national. Bracketed list items: province = location.",
    "'riêng Hà Giang chiếm khoảng 40%' stands alone (no amount for Hà Giang): a percent figure, location Hà Giang, no total.",
    "Survey: 1.200 respondents, 68%, spending range with its change 'cao hơn khoảng 20%'; no period stated. Targets 'đến năm 2030'.",
]

if __name__ == "__main__":
    write("p1158-4", TEXT, NOTES, FIGS, published="2023-12-26", location="Việt Nam")
