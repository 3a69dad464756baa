"""p631-4: Bộ Công Thương ministry site — national market / supermarket network mid-2024, province list, targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Thị trường trong nước
Ngày đăng: 26/08/2024 | Lượt xem: 1.274

Cả nước có hơn 8.300 chợ, chợ nông thôn chiếm khoảng 74%

Theo số liệu của Vụ Thị trường trong nước, tính đến hết tháng 6/2024, cả nước có 8.312 chợ, 1.293 siêu thị và 262 trung tâm thương mại; bình quân 0,83 chợ/1 vạn dân. Trong tổng số chợ, có 246 chợ hạng I, 927 chợ hạng II và 7.139 chợ hạng III; chợ ở khu vực nông thôn là 6.150 chợ, chiếm 74%.

Các địa phương có nhiều chợ nhất lần lượt là Thanh Hóa (452 chợ), Nghệ An (384 chợ) và Hà Nội (371 chợ); Bắc Kạn và Lai Châu có ít chợ nhất, lần lượt 48 và 41 chợ.

Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước đạt 6.231,8 nghìn tỷ đồng, tăng 9,6% so với năm 2022. Kênh bán lẻ hiện đại hiện chiếm khoảng 25-27% tổng mức bán lẻ hàng hóa, thấp hơn nhiều so với các nước trong khu vực (trên 40%). Riêng TP. Hồ Chí Minh có 271 siêu thị, chiếm 21% số siêu thị cả nước; số siêu thị cả nước tăng 4,8% so với cuối năm 2023.

Theo Chiến lược phát triển thương mại trong nước giai đoạn 2021-2030, tầm nhìn đến năm 2045 (Quyết định số 1163/QĐ-TTg), đến năm 2025 tỷ trọng bán lẻ hiện đại đạt 28-30% và đến năm 2030 đạt 38-40%; phấn đấu mỗi xã có ít nhất 1 chợ đạt chuẩn nông thôn mới.

Vụ Thị trường trong nước - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

ASOF = P("tính đến hết tháng 6/2024", None, "2024-06-30")
IA = I(ASOF)

FIGS = [
    F("hơn 8.300 chợ", "8.300", 8300, "count", "chợ", "chợ cả nước", approx="over"),
    F("khoảng 74%", "74", 74, "percent", "%", "tỷ lệ chợ nông thôn", approx="about"),
    F("có 8.312 chợ", "8.312", 8312, "count", "chợ", "chợ cả nước", ASOF),
    F("1.293 siêu thị", "1.293", 1293, "count", "siêu thị", "siêu thị cả nước", ASOF),
    F("262 trung tâm", "262", 262, "count", "trung tâm thương mại", "trung tâm thương mại cả nước", ASOF),
    F("0,83 chợ", "0,83", 0.83, "measure", "chợ/1 vạn dân", "bình quân chợ trên 1 vạn dân", ASOF),
    F("246 chợ", "246", 246, "count", "chợ", "chợ hạng I", IA, total=8312),
    F("927 chợ", "927", 927, "count", "chợ", "chợ hạng II", IA, total=8312),
    F("7.139 chợ", "7.139", 7139, "count", "chợ", "chợ hạng III", IA, total=8312),
    F("là 6.150 chợ", "6.150", 6150, "count", "chợ", "chợ ở khu vực nông thôn", IA, total=8312, percent=74),
    F("(452 chợ)", "452", 452, "count", "chợ", "số chợ", IA, location="Thanh Hóa"),
    F("(384 chợ)", "384", 384, "count", "chợ", "số chợ", IA, location="Nghệ An"),
    F("(371 chợ)", "371", 371, "count", "chợ", "số chợ", IA, location="Hà Nội"),
    F("lần lượt 48", "48", 48, "count", "chợ", "số chợ", IA, location="Bắc Kạn"),
    F("và 41 chợ", "41", 41, "count", "chợ", "số chợ", IA, location="Lai Châu"),
    F("đạt 6.231,8 nghìn tỷ", "6.231,8", 6231800000000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 9.6, "%", "năm 2022")),
    F("khoảng 25-27%", "25", 25, "percent", "%", "tỷ trọng kênh bán lẻ hiện đại trong tổng mức bán lẻ hàng hóa",
      value_max=27, approx="about"),
    F("(trên 40%)", "40", 40, "percent", "%", "tỷ trọng kênh bán lẻ hiện đại các nước trong khu vực",
      approx="over", location=""),
    F("có 271 siêu thị", "271", 271, "count", "siêu thị", "siêu thị", percent=21, location="TP. Hồ Chí Minh"),
    F("tăng 4,8%", "4,8", 4.8, "percent", "%", "số siêu thị cả nước tăng so với cuối năm 2023"),
    F("28-30%", "28", 28, "percent", "%", "tỷ trọng bán lẻ hiện đại", P("đến năm 2025", None, "2025-12-31"),
      value_max=30, status="target"),
    F("38-40%", "38", 38, "percent", "%", "tỷ trọng bán lẻ hiện đại", P("đến năm 2030", None, "2030-12-31"),
      value_max=40, status="target"),
    F("ít nhất 1 chợ", "1", 1, "count", "chợ", "chợ đạt chuẩn nông thôn mới mỗi xã", approx="at_least",
      status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương): national network of markets, supermarkets, trade centres to 6/2024, provinces with most/",
    "fewest markets (lần lượt), retail sales 2023 in 'nghìn tỷ đồng', modern-retail share, 2025/2030 strategy targets.",
    "'Ngày đăng: 26/08/2024 | Lượt xem: 1.274'. Location Việt Nam (national); list items take their province.",
    "Distractors: Quyết định số 1163/QĐ-TTg, 'giai đoạn 2021-2030, tầm nhìn đến năm 2045', '54 Hai Bà Trưng', 'hạng I/II/III',",
    "rate denominator '1 vạn dân'. 'Trong tổng số chợ' is a 'trong số N' cue: 246 + 927 + 7.139 = 8.312; 6.150 after ';' continues it.",
    "'(trên 40%)' describes the region's countries: no Vietnamese place -> location empty (null). 'Riêng' gives no total.",
    "'tăng 4,8%' with no base amount is a percent figure. The last clause ('phấn đấu ... ít nhất 1 chợ') has no period of its own.",
]

if __name__ == "__main__":
    emit("p631-4", TEXT, COMMENTS, FIGS, published="2024-08-26", location="Việt Nam")
