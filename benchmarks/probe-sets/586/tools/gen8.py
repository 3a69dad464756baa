"""p586-8: Côn Đảo National Park site — sea-turtle nesting season 2024, hatchlings released."""
from lib import F, P, I, CH, emit

TEXT = """VƯỜN QUỐC GIA CÔN ĐẢO
Trang chủ » Tin tức » Bảo tồn biển
Ngày đăng: 14/11/2024 - 15:20

Mùa sinh sản 2024: Côn Đảo thả hơn 108.000 rùa con về biển

Tính đến ngày 31/10/2024, Vườn quốc gia Côn Đảo ghi nhận 1.486 lượt rùa mẹ lên bãi đẻ trứng, tăng 9,3% so với cùng kỳ năm 2023; số tổ trứng được bảo vệ là 1.402 tổ. Lực lượng kiểm lâm đã di dời 127.640 quả trứng vào khu ấp, trong đó riêng Hòn Bảy Cạnh chiếm 68,5%.

Tỷ lệ trứng nở đạt 84,7%, với 108.110 rùa con được thả về biển an toàn. Số rùa con thả về biển năm nay gấp 1,2 lần năm 2023. Ước đến hết năm 2024, số rùa con được thả đạt khoảng 115.000 con.

Mùa sinh sản năm nay, Vườn đã gắn thẻ 326 cá thể rùa mẹ, trong đó 41 cá thể đã được gắn thẻ từ các mùa trước. Ngoài ra, đơn vị còn cứu hộ 5 cá thể rùa biển mắc lưới và 2 cá thể cá heo mắc cạn, phối hợp Đồn Biên phòng Côn Đảo tuần tra 96 chuyến trên biển.

Chương trình tình nguyện "Đêm xem rùa đẻ" thu hút 1.350 lượt du khách, tăng gấp 1,6 lần so với năm 2023, nguồn thu khoảng 2,7 tỷ đồng.

Năm 2025, Vườn dự kiến mở rộng khu ấp trứng thêm 1.500 m² và phấn đấu tỷ lệ trứng nở đạt trên 85%.

Liên hệ: Vườn quốc gia Côn Đảo, số 29 Tôn Đức Thắng, huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu. Điện thoại: 0254.3830.669.
"""

ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
ASOFi = I(ASOF)
SEASON = P("Mùa sinh sản 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 108.000 rùa con", "108.000", 108000, "count", "rùa con", "rùa con thả về biển", SEASON, approx="over"),
    F("ghi nhận 1.486 lượt", "1.486", 1486, "count", "lượt", "lượt rùa mẹ lên bãi đẻ trứng", ASOF,
      change=CH("increase", 9.3, "%", "cùng kỳ năm 2023")),
    F("là 1.402 tổ", "1.402", 1402, "count", "tổ", "tổ trứng được bảo vệ", ASOF),
    F("di dời 127.640 quả", "127.640", 127640, "count", "quả trứng", "trứng di dời vào khu ấp", ASOFi),
    F("chiếm 68,5%", "68,5", 68.5, "percent", "%", "trứng di dời tại Hòn Bảy Cạnh", ASOFi),
    F("đạt 84,7%", "84,7", 84.7, "percent", "%", "tỷ lệ trứng nở", ASOFi),
    F("với 108.110 rùa con", "108.110", 108110, "count", "rùa con", "rùa con được thả về biển an toàn", ASOFi),
    F("gấp 1,2 lần", "1,2", 1.2, "multiple", "lần", "số rùa con thả về biển năm nay so với năm 2023",
      P("năm nay", "2024-01-01", "2024-12-31")),
    F("khoảng 115.000 con", "115.000", 115000, "count", "con", "rùa con được thả",
      P("đến hết năm 2024", None, "2024-12-31"), approx="about", status="estimate"),
    F("thẻ 326 cá thể", "326", 326, "count", "cá thể", "cá thể rùa mẹ gắn thẻ", SEASON),
    F("đó 41 cá thể", "41", 41, "count", "cá thể", "cá thể đã được gắn thẻ từ các mùa trước", SEASON, total=326),
    F("cứu hộ 5 cá thể", "5", 5, "count", "cá thể", "cá thể rùa biển mắc lưới được cứu hộ", SEASON),
    F("và 2 cá thể", "2", 2, "count", "cá thể", "cá thể cá heo mắc cạn được cứu hộ", SEASON),
    F("tuần tra 96 chuyến", "96", 96, "count", "chuyến", "chuyến tuần tra trên biển", SEASON),
    F("thu hút 1.350 lượt", "1.350", 1350, "count", "lượt du khách", "lượt du khách tham gia chương trình tình nguyện",
      SEASON, change=CH("increase", 1.6, "lần", "năm 2023")),
    F("khoảng 2,7 tỷ đồng", "2,7", 2700000000, "money", "đồng", "nguồn thu chương trình tình nguyện", SEASON,
      approx="about"),
    F("thêm 1.500 m²", "1.500", 1500, "measure", "m²", "mở rộng khu ấp trứng", Y25, status="forecast"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ trứng nở", Y25, approx="over", status="target"),
]

COMMENTS = [
    "Vườn quốc gia Côn Đảo site: mùa rùa biển sinh sản 2024 (invented probe article, set 586). 'Ngày đăng: 14/11/2024 - 15:20' is the dateline.",
    "'Hòn Bảy Cạnh' (number word in a name), 'số 29 Tôn Đức Thắng', the phone number, 'Mùa sinh sản 2024' are not figures.",
    "Location Côn Đảo (huyện Côn Đảo) throughout. 'chiếm 68,5%' after 'trong đó riêng Hòn Bảy Cạnh' is the share of a part with no amount:",
    "a percent figure of its own. '84,7%' precedes the 108.110 hatchlings: a figure of its own, not their percent.",
    "'gấp 1,2 lần năm 2023' standing alone is a multiple; 'tăng gấp 1,6 lần so với năm 2023' after 1.350 lượt is its change (lần).",
    "'Ước đến hết năm 2024' → estimate, as-of period. 'dự kiến' governs the first clause (forecast), 'phấn đấu' the second (target).",
    "'Mùa sinh sản năm nay' sentences and the headline get the season year as an inherited (unscored) period.",
]

if __name__ == "__main__":
    emit("p586-8", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Côn Đảo")
