from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM BÌNH - HUYỆN CẨM THỦY
Trang chủ » Tin tức » Xây dựng nông thôn mới
Cẩm Bình: Nhân dân hiến hơn 12.000 m² đất mở rộng đường giao thông
Ngày đăng: 25/11/2023 | Người đăng: Ban biên tập

Năm 2023, xã Cẩm Bình đã huy động các nguồn lực cứng hóa 8,6 km đường giao thông nông thôn, vượt 2,1 km so với kế hoạch. Trong đó, đường trục xã 2,4 km, đường trục thôn 4,5 km và đường ngõ xóm 1,7 km. Các tuyến được thi công theo tiêu chuẩn đường giao thông nông thôn loại B, mặt đường bê tông xi măng dày 18 cm, có rãnh thoát nước hai bên.

Tổng kinh phí thực hiện 9,75 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 5,2 tỷ đồng (chiếm 53,3%), nhân dân đóng góp gần 3,1 tỷ đồng và hơn 4.500 ngày công, phần còn lại do doanh nghiệp tài trợ.

Đặc biệt, có 137 hộ tự nguyện hiến tổng cộng 12.350 m² đất, tháo dỡ 1.280 m tường rào, cổng ngõ để mở rộng mặt đường từ 3 m lên 5,5 m. Tiêu biểu là thôn 4 với 38 hộ hiến đất; gia đình ông Lê Văn Tám (thôn Đồng Mưa) hiến 420 m² đất vườn.

Năm 2024, xã phấn đấu cứng hóa thêm 5 km đường, nâng tỷ lệ đường trục thôn được cứng hóa lên 100% và đường ngõ xóm đạt trên 85%. Hiện các tỷ lệ này lần lượt là 92,4% và 71,8%.

Thông tin liên hệ: UBND xã Cẩm Bình, thôn Phố Cẩm, Quốc lộ 217; điện thoại: 0237.3876.215.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 12.000 m²", "12.000", 12000, "measure", "m²", "đất nhân dân hiến mở rộng đường giao thông", INH(Y23),
      approx="over"),
    F("cứng hóa 8,6 km", "8,6", 8.6, "measure", "km", "đường giao thông nông thôn được cứng hóa", Y23,
      change=CH("increase", 2.1, "km", "kế hoạch")),
    F("trục xã 2,4 km", "2,4", 2.4, "measure", "km", "đường trục xã được cứng hóa", INH(Y23), total=8.6),
    F("trục thôn 4,5 km", "4,5", 4.5, "measure", "km", "đường trục thôn được cứng hóa", INH(Y23), total=8.6),
    F("ngõ xóm 1,7 km", "1,7", 1.7, "measure", "km", "đường ngõ xóm được cứng hóa", INH(Y23), total=8.6),
    F("dày 18 cm", "18", 18, "measure", "cm", "độ dày mặt đường bê tông xi măng"),
    F("thực hiện 9,75 tỷ", "9,75", 9.75e9, "money", "đồng", "tổng kinh phí thực hiện", INH(Y23)),
    F("hỗ trợ 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", "ngân sách nhà nước hỗ trợ", INH(Y23), total=9.75e9, percent=53.3),
    F("gần 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", "nhân dân đóng góp", INH(Y23), approx="nearly", total=9.75e9),
    F("hơn 4.500 ngày công", "4.500", 4500, "count", "ngày công", "ngày công nhân dân đóng góp", INH(Y23), approx="over"),
    F("có 137 hộ", "137", 137, "count", "hộ", "hộ tự nguyện hiến đất"),
    F("cộng 12.350 m²", "12.350", 12350, "measure", "m²", "đất các hộ tự nguyện hiến"),
    F("dỡ 1.280 m", "1.280", 1280, "measure", "m", "tường rào, cổng ngõ tháo dỡ"),
    F("từ 3 m", "3", 3, "measure", "m", "mặt đường trước khi mở rộng"),
    F("lên 5,5 m", "5,5", 5.5, "measure", "m", "mặt đường sau khi mở rộng"),
    F("với 38 hộ", "38", 38, "count", "hộ", "hộ hiến đất ở thôn 4"),
    F("hiến 420 m²", "420", 420, "measure", "m²", "đất vườn gia đình ông Lê Văn Tám hiến"),
    F("thêm 5 km", "5", 5, "measure", "km", "đường cứng hóa thêm", Y24, status="target"),
    F("lên 100%", "100", 100, "percent", "%", "tỷ lệ đường trục thôn được cứng hóa", Y24, status="target"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ đường ngõ xóm được cứng hóa", Y24, approx="over", status="target"),
    F("là 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ đường trục thôn được cứng hóa"),
    F("và 71,8%", "71,8", 71.8, "percent", "%", "tỷ lệ đường ngõ xóm được cứng hóa"),
]

COMMENTS = [
    "Commune portal (xã Cẩm Bình, huyện Cẩm Thủy, Thanh Hóa): cứng hóa đường giao thông nông thôn, hiến đất (invented probe article, set 518).",
    "Location: the commune's district, Cẩm Thủy (FIGURES.md locates at province / city / district). 'vượt 2,1 km so với kế hoạch' is the",
    "change of 8,6 km (a gap to plan). 'từ 3 m lên 5,5 m' is a before/after pair, not a range: two measures. 'Hiện ... lần lượt' rates are actual.",
    "Distractors: 'thôn 4', the name 'Lê Văn Tám', 'Quốc lộ 217', phone 0237.3876.215, 'Ngày đăng: 25/11/2023'.",
]

if __name__ == "__main__":
    emit("p518-8", TEXT, COMMENTS, FIGS, published="2023-11-25", location="Cẩm Thủy")
