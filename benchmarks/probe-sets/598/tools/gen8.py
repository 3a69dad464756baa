"""p598-8: commune portal, xã Trà Leng (huyện Nam Trà My, Quảng Nam) — resettlement three years after a landslide."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND XÃ TRÀ LENG - HUYỆN NAM TRÀ MY - TỈNH QUẢNG NAM
Trang chủ > Tin tức > Tin địa phương
Đăng ngày: 22/11/2023 | Người đăng: Hồ Thị Hoa | Lượt xem: 617

Trà Leng: 3 năm sau sạt lở, 89 hộ đã có nhà mới tại khu tái định cư

Sau trận sạt lở đất nghiêm trọng tháng 10/2020 tại thôn 1, xã Trà Leng, khu tái định cư Tak Pỏ đến nay đã cơ bản hoàn thành với diện tích 9,7 ha, bố trí 89 hộ dân với 356 nhân khẩu. Tổng vốn đầu tư khu tái định cư là 62 tỷ đồng, trong đó hạ tầng kỹ thuật 41,3 tỷ đồng, hỗ trợ làm nhà 7,1 tỷ đồng.

Mỗi hộ được bố trí lô đất ở 200 m², hỗ trợ làm nhà 80 triệu đồng và giao 1,5 ha đất sản xuất. Tính đến ngày 15/11/2023, 76/89 hộ đã hoàn thành xây dựng nhà ở, đạt 85,4%; 13 hộ còn lại dự kiến hoàn thành trước Tết Nguyên đán.

Về sinh kế, 9 tháng năm 2023, xã đã hỗ trợ 1.250 cây quế giống và 42 con bò sinh sản cho các hộ tái định cư. Thu nhập bình quân đầu người năm 2023 ước đạt 21,6 triệu đồng/người/năm, tăng 3,2 triệu đồng so với năm 2022. Tỷ lệ hộ nghèo của xã giảm từ 68,2% năm 2021 xuống còn 51,7%.

Về phòng, chống thiên tai, xã đã lắp đặt 6 trạm đo mưa tự động và 12 cụm loa cảnh báo tại 6/6 thôn; tổ chức 4 đợt diễn tập sơ tán với hơn 1.100 lượt người tham gia. Phấn đấu đến năm 2025, tỷ lệ hộ nghèo của xã giảm xuống dưới 40%.

Mọi chi tiết xin liên hệ: Văn phòng UBND xã Trà Leng, thôn 3; điện thoại 0235.3881.027.
"""

NOW = P("đến nay", None, "2023-11-22")
ASOF = P("Tính đến ngày 15/11/2023", None, "2023-11-15")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    F("sạt lở, 89 hộ", "89", 89, "count", "hộ", "hộ có nhà mới tại khu tái định cư", I(NOW)),
    F("diện tích 9,7 ha", "9,7", 9.7, "measure", "ha", "diện tích khu tái định cư Tak Pỏ", NOW),
    F("bố trí 89 hộ", "89", 89, "count", "hộ dân", "hộ dân bố trí tại khu tái định cư Tak Pỏ", NOW),
    F("356 nhân khẩu", "356", 356, "count", "nhân khẩu", "nhân khẩu bố trí tại khu tái định cư Tak Pỏ", NOW),
    F("là 62 tỷ đồng", "62", 62e9, "money", "đồng", "tổng vốn đầu tư khu tái định cư"),
    F("thuật 41,3 tỷ đồng", "41,3", 41.3e9, "money", "đồng", "vốn đầu tư hạ tầng kỹ thuật", total=62e9),
    F("nhà 7,1 tỷ đồng", "7,1", 7.1e9, "money", "đồng", "vốn hỗ trợ làm nhà", total=62e9),
    F("ở 200 m²", "200", 200, "measure", "m²", "lô đất ở bố trí cho mỗi hộ"),
    F("nhà 80 triệu đồng", "80", 80e6, "money", "đồng", "hỗ trợ làm nhà mỗi hộ"),
    F("giao 1,5 ha", "1,5", 1.5, "measure", "ha", "đất sản xuất giao cho mỗi hộ"),
    F("76/89 hộ", "76", 76, "count", "hộ", "hộ đã hoàn thành xây dựng nhà ở", ASOF, total=89, percent=85.4),
    F("13 hộ còn lại", "13", 13, "count", "hộ", "hộ còn lại hoàn thành xây dựng nhà ở trước Tết Nguyên đán", ASOF,
      status="forecast"),
    F("1.250 cây", "1.250", 1250, "count", "cây quế giống", "cây quế giống hỗ trợ các hộ tái định cư", M9),
    F("42 con bò", "42", 42, "count", "con bò", "bò sinh sản hỗ trợ các hộ tái định cư", M9),
    F("21,6 triệu đồng/người/năm", "21,6", 21.6e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 3.2e6, "đồng", "năm 2022"), status="estimate"),
    F("từ 68,2%", "68,2", 68.2, "percent", "%", "tỷ lệ hộ nghèo của xã", P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 51,7%", "51,7", 51.7, "percent", "%", "tỷ lệ hộ nghèo của xã"),
    F("đặt 6 trạm", "6", 6, "count", "trạm", "trạm đo mưa tự động lắp đặt"),
    F("12 cụm loa", "12", 12, "count", "cụm loa", "cụm loa cảnh báo lắp đặt"),
    F("tại 6/6 thôn", "6", 6, "count", "thôn", "thôn được lắp đặt loa cảnh báo", total=6),
    F("chức 4 đợt", "4", 4, "count", "đợt", "đợt diễn tập sơ tán"),
    F("hơn 1.100 lượt", "1.100", 1100, "count", "lượt người", "lượt người tham gia diễn tập sơ tán", approx="over"),
    F("dưới 40%", "40", 40, "percent", "%", "tỷ lệ hộ nghèo của xã", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Commune portal (invented) of xã Trà Leng, huyện Nam Trà My, Quảng Nam, 22/11/2023: resettlement site Tak Pỏ, livelihoods, warnings.",
    "Location: communes are not locations in FIGURES.md, so the commune's figures take its district, Nam Trà My.",
    "'đến nay' ends at the dateline. '76/89 hộ ..., đạt 85,4%' -> total 89, percent 85,4; '13 hộ còn lại' has no part cue: no total.",
    "'giảm từ 68,2% năm 2021 xuống còn 51,7%': two percent figures, the first dated 2021, the second with no period and no change",
    "(the drop is not stated as a number). 'dưới 40%' target -> approx under.",
    "Distractors: 'thôn 1', 'thôn 3', '3 năm sau', 'tháng 10/2020', Lượt xem 617, phone 0235.3881.027.",
]

if __name__ == "__main__":
    emit("p598-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Nam Trà My")
