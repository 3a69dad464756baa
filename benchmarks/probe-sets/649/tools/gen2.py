"""p649-2: Đắk Song district portal (Đắk Nông) - Q1/2024 honey harvest by flower source, price collapse, stock, support."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK SONG
Kinh tế - Xã hội | Nông nghiệp
Người nuôi ong Đắk Song lao đao vì giá mật xuống thấp
Thứ Sáu, 19/04/2024 - 15:20

Năm 2024, toàn huyện Đắk Song có khoảng 1.150 hộ nuôi ong với tổng đàn trên 62.000 đàn, giảm 9,5% so với năm 2023. Quý I/2024, sản lượng mật ong thu hoạch ước đạt 1.820 tấn, giảm 12% so với cùng kỳ; trong đó mật ong hoa cà phê khoảng 1.250 tấn; mật hoa điều và mật hoa tràm lần lượt đạt 320 tấn và 250 tấn.

Hiện nay, giá mật ong thu mua tại vườn chỉ còn 28.000 - 32.000 đồng/kg, giảm khoảng 35% so với cùng kỳ năm 2023, trong khi chi phí sản xuất bình quân khoảng 30.000 đồng/kg. Ước tính còn hơn 400 tấn mật tồn trong dân chưa bán được.

Gia đình ông Lê Văn Hùng ở thôn 6, xã Trường Xuân (gần Quốc lộ 14) nuôi 350 đàn ong, vụ này thu được gần 9 tấn mật nhưng mới bán được 3 tấn. "Với giá hiện tại, mỗi đàn ong chỉ lãi khoảng 50.000 đồng, thấp hơn 4 lần so với vụ trước", ông Hùng cho biết.

Để hỗ trợ người nuôi ong, năm 2024 UBND huyện dự kiến bố trí 1,2 tỷ đồng xây dựng 2 điểm thu mua, sơ chế mật ong đạt chuẩn; phấn đấu đến năm 2025 có 30% sản lượng mật được tiêu thụ qua hợp đồng liên kết. Phòng Nông nghiệp và PTNT huyện cũng đã làm việc với 3 doanh nghiệp xuất khẩu mật ong để kết nối tiêu thụ.

Phòng Nông nghiệp và PTNT huyện Đắk Song
Địa chỉ: Tổ dân phố 3, thị trấn Đức An, huyện Đắk Song. ĐT: 0261.3546.123
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ nuôi ong", Y24, approx="about"),
    F("trên 62.000 đàn", "62.000", 62000, "count", "đàn", "tổng đàn ong", Y24, approx="over",
      change=CH("decrease", 9.5, baseline="năm 2023")),
    F("ước đạt 1.820 tấn", "1.820", 1820, "measure", "tấn", "sản lượng mật ong thu hoạch", Q1,
      change=CH("decrease", 12, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 1.250 tấn", "1.250", 1250, "measure", "tấn", "mật ong hoa cà phê", Q1,
      approx="about", total=1820, status="estimate"),
    F("đạt 320 tấn", "320", 320, "measure", "tấn", "mật hoa điều", Q1, total=1820, status="estimate"),
    F("và 250 tấn", "250", 250, "measure", "tấn", "mật hoa tràm", Q1, total=1820, status="estimate"),
    F("28.000 - 32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá mật ong thu mua tại vườn",
      value_max=32000, change=CH("decrease", 35, baseline="cùng kỳ năm 2023", approx="about")),
    F("khoảng 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "chi phí sản xuất bình quân", approx="about"),
    F("hơn 400 tấn", "400", 400, "measure", "tấn", "mật tồn trong dân chưa bán được", approx="over",
      status="estimate"),
    F("nuôi 350 đàn ong", "350", 350, "count", "đàn ong", "đàn ong gia đình ông Lê Văn Hùng nuôi"),
    F("gần 9 tấn", "9", 9, "measure", "tấn", "mật gia đình ông Lê Văn Hùng thu được vụ này", approx="nearly"),
    F("được 3 tấn", "3", 3, "measure", "tấn", "mật mới bán được"),
    F("khoảng 50.000 đồng", "50.000", 50000, "money", "đồng", "lãi mỗi đàn ong", approx="about",
      change=CH("decrease", 4, "lần", baseline="vụ trước")),
    F("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí xây dựng điểm thu mua, sơ chế mật ong", Y24b,
      status="forecast"),
    F("xây dựng 2 điểm", "2", 2, "count", "điểm thu mua", "điểm thu mua, sơ chế mật ong đạt chuẩn", Y24b,
      status="forecast"),
    F("có 30% sản lượng", "30", 30, "percent", "%", "sản lượng mật được tiêu thụ qua hợp đồng liên kết", T25,
      status="target"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu mật ong đã làm việc để kết nối tiêu thụ"),
]

COMMENTS = [
    "Đắk Song district portal (Đắk Nông): honey harvest Q1/2024 by flower source, farm-gate price, stock, a farmer's case, 2024-2025 support.",
    "Location: the district (district portal). Not figures: thôn 6, Quốc lộ 14, Tổ dân phố 3, phone, dates.",
    "'trong đó … ; … lần lượt đạt 320 tấn và 250 tấn' continue the breakdown of 1.820 tấn (1.250+320+250 = 1.820): total 1820, estimate continues.",
    "'mới bán được 3 tấn' of the 9 tấn harvested: no part cue (trong đó, trong số, /), so no total. 'thấp hơn 4 lần so với vụ trước' is the change of 50.000 đồng.",
    "'Hiện nay' sentences: no period (unscored). '(gần Quốc lộ 14)' is a road name.",
    "revised after the first run: subject of 3 tấn 'mật đã bán được' -> 'mật mới bán được' (the sentence's own words, FIGURES.md: as the sentence names it).",
]

if __name__ == "__main__":
    emit("p649-2", TEXT, COMMENTS, FIGS, published="2024-04-19", location="Đắk Song")
