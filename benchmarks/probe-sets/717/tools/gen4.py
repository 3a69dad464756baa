from lib import F, P, I, CH, TG, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Điện ảnh
Năm 2023, doanh thu phòng vé cả nước ước đạt 4.200 tỷ đồng
Ngày đăng: 12/01/2024 10:25

Theo báo cáo của Cục Điện ảnh, năm 2023 tổng doanh thu phòng vé cả nước ước đạt khoảng 4.200 tỷ đồng, tăng 23,5% so với năm 2022, vượt mức trước dịch Covid-19. Lượng vé bán ra đạt hơn 52 triệu vé; phim Việt Nam thu về khoảng 1.612 tỷ đồng, chiếm 38,4% tổng doanh thu.

Tính đến ngày 31/12/2023, cả nước có 246 cụm rạp với 1.182 phòng chiếu, tăng 76 phòng so với cuối năm 2022; trong đó các doanh nghiệp trong nước quản lý 402 phòng, chiếm 34%. Phòng chiếu tập trung ở Hà Nội (268 phòng) và TP. Hồ Chí Minh (371 phòng); 9 tỉnh chưa có rạp chiếu phim.

Trong năm 2023, Cục đã cấp giấy phép phổ biến cho 398 phim, gồm 56 phim Việt Nam và 342 phim nước ngoài. Có 3 phim Việt đạt doanh thu trên 100 tỷ đồng; phim có doanh thu cao nhất thu về 475 tỷ đồng, xếp thứ 2 trong lịch sử phòng vé Việt Nam.

Theo Chiến lược phát triển điện ảnh Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1755/QĐ-TTg), đến năm 2030 cả nước phấn đấu có 1.800 phòng chiếu, phim Việt Nam đạt 45% tổng doanh thu phòng vé và sản xuất 60 phim truyện điện ảnh/năm.

Cổng thông tin điện tử Bộ VHTTDL - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("ước đạt 4.200 tỷ đồng", "4.200", 4.2e12, "money", "đồng", "doanh thu phòng vé cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("khoảng 4.200 tỷ đồng", "4.200", 4.2e12, "money", "đồng", "tổng doanh thu phòng vé cả nước", Y23,
      approx="about", change=CH("increase", 23.5, baseline="năm 2022"), status="estimate"),
    F("hơn 52 triệu vé", "52", 52e6, "count", "vé", "lượng vé bán ra", I(Y23), approx="over"),
    F("khoảng 1.612 tỷ đồng", "1.612", 1.612e12, "money", "đồng", "doanh thu phim Việt Nam", I(Y23),
      approx="about", percent=38.4),
    F("có 246 cụm rạp", "246", 246, "count", "cụm rạp", "cụm rạp", ASOF),
    F("với 1.182 phòng chiếu", "1.182", 1182, "count", "phòng chiếu", "phòng chiếu", ASOF,
      change=CH("increase", 76, "phòng", baseline="cuối năm 2022")),
    F("quản lý 402 phòng", "402", 402, "count", "phòng", "phòng chiếu do các doanh nghiệp trong nước quản lý", ASOF,
      total=1182, percent=34),
    F("Hà Nội (268 phòng)", "268", 268, "count", "phòng", "phòng chiếu", I(ASOF), location="Hà Nội"),
    F("Minh (371 phòng)", "371", 371, "count", "phòng", "phòng chiếu", I(ASOF), location="TP. Hồ Chí Minh"),
    F("9 tỉnh chưa có", "9", 9, "count", "tỉnh", "tỉnh chưa có rạp chiếu phim", I(ASOF)),
    F("cho 398 phim", "398", 398, "count", "phim", "phim được cấp giấy phép phổ biến",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("gồm 56 phim", "56", 56, "count", "phim Việt Nam", "phim Việt Nam được cấp giấy phép phổ biến",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), total=398),
    F("342 phim nước ngoài", "342", 342, "count", "phim nước ngoài", "phim nước ngoài được cấp giấy phép phổ biến",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), total=398),
    F("Có 3 phim Việt", "3", 3, "count", "phim Việt", "phim Việt đạt doanh thu trên 100 tỷ đồng", I(Y23)),
    F("trên 100 tỷ đồng", "100", 100e9, "money", "đồng", "ngưỡng doanh thu phim", approx="over", optional=True),
    F("thu về 475 tỷ đồng", "475", 475e9, "money", "đồng", "doanh thu phim có doanh thu cao nhất", I(Y23)),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "phim có doanh thu cao nhất trong lịch sử phòng vé Việt Nam"),
    F("có 1.800 phòng chiếu", "1.800", 1800, "count", "phòng chiếu", "phòng chiếu", T30, status="target"),
    F("đạt 45% tổng", "45", 45, "percent", "%", "tỷ trọng phim Việt Nam trong tổng doanh thu phòng vé", T30,
      status="target"),
    F("60 phim truyện", "60", 60, "measure", "phim truyện điện ảnh/năm", "phim truyện điện ảnh sản xuất", T30,
      status="target"),
]

COMMENTS = [
    "Probe 717-4: ministry site (Bộ VHTTDL), Ngày đăng 12/01/2024: national box office 2023, cinemas, licences, 2030 strategy.",
    "National figures: location Việt Nam; Hà Nội / TP. Hồ Chí Minh items in brackets go to location (no cue, no total).",
    "'tăng 76 phòng so với cuối năm 2022' is the change of 1.182 phòng chiếu (unit phòng); '402 phòng' after 'trong đó' is a part",
    "of 1.182, 'chiếm 34%' its share. '60 phim truyện điện ảnh/năm' is a rate: measure, denominator in the unit.",
    "'trên 100 tỷ đồng' is a threshold (optional). 'xếp thứ 2' is a rank.",
    "Distractors: Covid-19, tầm nhìn đến năm 2045, Quyết định số 1755/QĐ-TTg, 51 Ngô Quyền, Ngày đăng line.",
]

if __name__ == "__main__":
    emit("p717-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
