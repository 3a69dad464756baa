"""p616-7: department site (Sở Xây dựng Hải Phòng), no dateline, permits 2023 with a one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Kết quả cấp giấy phép xây dựng năm 2023

Năm 2023, Sở Xây dựng và UBND các quận, huyện trên địa bàn thành phố Hải Phòng đã cấp 3.412 giấy phép xây dựng, tăng 6,3% so với năm 2022, với tổng diện tích sàn được cấp phép khoảng 1,96 triệu m². Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,6%; 100% thủ tục cấp phép được cung cấp trực tuyến mức độ 4. Trong tổng số giấy phép đã cấp, có 3.187 giấy phép nhà ở riêng lẻ và 225 giấy phép công trình khác.

Bảng: Số giấy phép xây dựng đã cấp tại một số địa phương
Đơn vị tính: giấy phép
Địa phương
Năm 2022
Năm 2023
Quận Hồng Bàng
214
198
Quận Lê Chân
402
437
Quận Hải An
356
421
Huyện Thủy Nguyên
612
705
Huyện An Dương
389
412
Toàn thành phố
3.209
3.412

Cùng với cấp phép, năm 2023 thành phố hoàn thành khoảng 1,2 triệu m² sàn nhà ở; diện tích nhà ở bình quân đạt 29,5 m²/người. Lực lượng thanh tra xây dựng phát hiện 126 công trình vi phạm, đã xử lý dứt điểm 118 công trình, chủ yếu tại các tuyến đường Lạch Tray, Văn Cao và Quốc lộ 5.

Mọi thắc mắc về thủ tục cấp phép xin liên hệ Bộ phận Một cửa Sở Xây dựng.
Địa chỉ: Số 1 Lý Tự Trọng, quận Hồng Bàng, Hải Phòng
Điện thoại: 0225.3842.686
Số lượt truy cập: 4.512.330
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("cấp 3.412 giấy phép", "3.412", 3412, "count", "giấy phép", "giấy phép xây dựng được cấp", Y23,
      change=CH("increase", 6.3, baseline="năm 2022")),
    F("khoảng 1,96 triệu m²", "1,96", 1960000, "measure", "m²", "tổng diện tích sàn được cấp phép", Y23,
      approx="about"),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ hồ sơ cấp phép giải quyết đúng hạn", I(Y23)),
    F("100% thủ tục", "100", 100, "percent", "%", "tỷ lệ thủ tục cấp phép được cung cấp trực tuyến", I(Y23)),
    F("có 3.187 giấy phép", "3.187", 3187, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ", I(Y23),
      total=3412),
    F("và 225 giấy phép", "225", 225, "count", "giấy phép", "giấy phép xây dựng công trình khác", I(Y23), total=3412),
]
ROWS = [("Hồng Bàng", "214", "198"), ("Lê Chân", "402", "437"), ("Hải An", "356", "421"),
        ("Thủy Nguyên", "612", "705"), ("An Dương", "389", "412"), ("Hải Phòng", "3.209", "3.412")]
for place, a, b in ROWS:
    FIGS.append(F(f"\n{a}\n{b}", a, float(a.replace(".", "")), "count", "giấy phép",
                  "số giấy phép xây dựng đã cấp năm 2022", C22, location=place))
    FIGS.append(F(f"{a}\n{b}\n", b, float(b.replace(".", "")), "count", "giấy phép",
                  "số giấy phép xây dựng đã cấp năm 2023", C23, location=place))
FIGS += [
    F("khoảng 1,2 triệu m²", "1,2", 1200000, "measure", "m² sàn", "diện tích sàn nhà ở hoàn thành",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("đạt 29,5 m²", "29,5", 29.5, "measure", "m²/người", "diện tích nhà ở bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phát hiện 126 công trình", "126", 126, "count", "công trình", "công trình vi phạm trật tự xây dựng", I(Y23)),
    F("dứt điểm 118 công trình", "118", 118, "count", "công trình", "công trình vi phạm đã xử lý dứt điểm", I(Y23)),
]

COMMENTS = [
    "Sở Xây dựng Hải Phòng (department site, no dateline): kết quả cấp giấy phép xây dựng năm 2023, table with one cell per line.",
    "'Đơn vị tính: giấy phép' gives the unit; column headers 'Năm 2022'/'Năm 2023' the periods; district rows give the location,",
    "'Toàn thành phố' is Hải Phòng. Table cells have no totals (no part-of cue). 'mức độ 4', 'Số 1 Lý Tự Trọng', 'Quốc lộ 5', phone and",
    "'Số lượt truy cập: 4.512.330' are not figures. 126 detected / 118 handled: no part-of cue, no total.",
    "'Trong tổng số giấy phép đã cấp, có 3.187 … và 225 …' (3.187 + 225 = 3.412): parts of the 3.412 of the previous sentence.",
]

if __name__ == "__main__":
    emit("p616-7", TEXT, COMMENTS, FIGS, location="Hải Phòng")
