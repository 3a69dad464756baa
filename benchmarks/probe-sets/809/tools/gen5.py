"""p809-5: Party newspaper (Hà Nội), đào Nhật Tân, quận Tây Hồ, Tết Ất Tỵ 2025; byline and bare date at the end."""
from lib import F, write, year, span, asof, inherit, up

TEXT = """Làng đào Nhật Tân rộn ràng vào vụ Tết

Những ngày này, khắp các vườn đào ở phường Nhật Tân, Phú Thượng (quận Tây Hồ) tấp nập người mua, kẻ bán. Theo UBND quận Tây Hồ, vụ Tết Ất Tỵ năm nay toàn quận có khoảng 150 ha trồng đào, quất với gần 1.000 hộ tham gia; trong đó diện tích đào khoảng 95 ha.

Sau cơn bão số 3 hồi tháng 9/2024, khoảng 60% diện tích đào, quất của quận bị ảnh hưởng, nhiều vườn thiệt hại 70-80%. Nhờ được hỗ trợ 1,2 tỷ đồng giống và vật tư, các nhà vườn đã phục hồi được khoảng 85% diện tích.

Giá đào cành năm nay dao động từ 200.000 đến 1,5 triệu đồng/cành, tăng khoảng 20% so với năm ngoái do nguồn cung giảm. Đào thế, đào cổ thụ được cho thuê chơi Tết với giá 5-20 triệu đồng/gốc. Ông Lê Văn Hai, một nhà vườn ở phường Nhật Tân, cho biết gia đình có 300 gốc đào, đến nay đã bán và cho thuê được 210/300 gốc.

Để phục vụ người dân, từ ngày 15/01 đến 28/01/2025 (tức 29 tháng Chạp), quận bố trí 12 điểm chợ hoa xuân, tăng ba điểm so với năm 2024. Trên đường Âu Cơ và đường Lạc Long Quân, nhiều xe máy chở đào đi khắp nội thành, mỗi chuyến chở 1-2 cây đào thế với cước 150.000-300.000 đồng.

Quận Tây Hồ đặt mục tiêu đến năm 2030 giữ ổn định khoảng 100 ha đào Nhật Tân, gắn với phát triển du lịch làng nghề.

MINH ANH
20/01/2025
"""

SEP = span("tháng 9/2024", "2024-09-01", "2024-09-30")
MARKET = span("từ ngày 15/01 đến 28/01/2025", "2025-01-15", "2025-01-28")

FIGS = [
    F("khoảng 150 ha", "150", 150, "measure", "ha", "diện tích trồng đào, quất", approx="about"),
    F("gần 1.000 hộ", "1.000", 1000, "count", "hộ", "hộ tham gia trồng đào, quất", approx="nearly"),
    F("khoảng 95 ha", "95", 95, "measure", "ha", "diện tích đào", approx="about", total=150),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "diện tích đào, quất bị ảnh hưởng", SEP,
      approx="about"),
    F("thiệt hại 70-80%", "70", 70, "percent", "%", "mức thiệt hại của nhiều vườn", SEP, value_max=80),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ giống và vật tư"),
    F("khoảng 85% diện tích", "85", 85, "percent", "%", "diện tích đào, quất được phục hồi", approx="about"),
    F("từ 200.000 đến 1,5 triệu đồng/cành", "200.000", 200000, "money", "đồng/cành", "giá đào cành",
      value_max=1.5e6, change=up(20, baseline="năm ngoái", approx="about")),
    F("5-20 triệu đồng/gốc", "5", 5e6, "money", "đồng/gốc", "giá cho thuê đào thế, đào cổ thụ chơi Tết",
      value_max=20e6),
    F("có 300 gốc đào", "300", 300, "count", "gốc", "gốc đào của gia đình ông Hai"),
    F("được 210/300 gốc", "210", 210, "count", "gốc", "gốc đào đã bán và cho thuê",
      asof("đến nay", "2025-01-20"), total=300),
    F("bố trí 12 điểm chợ hoa xuân", "12", 12, "count", "điểm chợ hoa xuân", "điểm chợ hoa xuân", MARKET,
      change=up(3, "điểm", "năm 2024")),
    F("chở 1-2 cây", "1", 1, "count", "cây", "cây đào thế mỗi chuyến xe máy", value_max=2, optional=True),
    F("cước 150.000-300.000 đồng", "150.000", 150000, "money", "đồng", "cước chở đào bằng xe máy mỗi chuyến",
      value_max=300000),
    F("khoảng 100 ha", "100", 100, "measure", "ha", "diện tích đào Nhật Tân", asof("đến năm 2030", "2030-12-31"),
      approx="about", status="target"),
]

NOTES = [
    "Party newspaper (Hà Nội), byline MINH ANH and bare date 20/01/2025 at the end. Location: quận Tây Hồ (phường Nhật Tân,",
    "Phú Thượng lie in it). Distractors: cơn bão số 3, tháng 9/2024 (period of the damage figures), Ông Lê Văn Hai (number",
    "word in a name), 29 tháng Chạp, đường Âu Cơ, Lạc Long Quân, 15/01 and 28/01/2025. '210/300 gốc' → total 300; 'tăng ba",
    "điểm' is the change of the 12 market points (number word). The 1-2 trees per trip is optional (typical-trip detail).",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2025-01-20", location="Tây Hồ")
