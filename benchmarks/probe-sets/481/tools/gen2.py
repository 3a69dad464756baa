"""p481-2: district portal (Đông Anh, Hà Nội) — land-use-right auction results."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức > Tài nguyên - Môi trường
Thứ Năm, 22/08/2024 - 15:20

Đấu giá thành công 58/61 thửa đất tại xã Tiên Dương, thu hơn 402 tỷ đồng

Ngày 20/8, Trung tâm Phát triển quỹ đất huyện phối hợp với Công ty Đấu giá hợp danh Lạc Việt tổ chức phiên đấu giá quyền sử dụng đất ở tại khu đấu giá X3, thôn Cổ Dương, xã Tiên Dương (gần nút giao đường Vành đai 4). Phiên đấu giá gồm 61 thửa đất với tổng diện tích 6.280 m², diện tích mỗi thửa từ 90 đến 128 m².

Kết quả, trong số 61 thửa, có 58 thửa đã có người trúng đấu giá, 3 thửa không có người đăng ký tham gia. Giá khởi điểm là 45,2 triệu đồng/m²; giá trúng cao nhất đạt 96,5 triệu đồng/m², gấp hơn 2 lần giá khởi điểm; giá trúng thấp nhất 52,1 triệu đồng/m²; giá trúng bình quân khoảng 67,4 triệu đồng/m². Tổng số tiền trúng đấu giá đạt hơn 402 tỷ đồng, cao hơn 132,1 tỷ đồng so với tổng giá khởi điểm.

Theo UBND huyện, từ đầu năm đến nay, huyện đã tổ chức 7 phiên đấu giá với 312 thửa đất, tổng số tiền trúng đấu giá khoảng 1.856 tỷ đồng, đạt 74,2% kế hoạch năm (2.500 tỷ đồng). Nguồn thu này được ưu tiên đầu tư hạ tầng nông thôn mới nâng cao, trong đó có 12 tuyến đường liên xã với tổng mức đầu tư 486 tỷ đồng.

Người trúng đấu giá phải nộp đủ tiền trong thời hạn 90 ngày kể từ ngày có thông báo. Mọi thắc mắc liên hệ Trung tâm Phát triển quỹ đất huyện, số 68 đường Cao Lỗ, thị trấn Đông Anh; điện thoại 024.3883.2517.
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-22")
T = 1e9
M = 1e6

FIGS = [
    fig("thành công 58/61 thửa", "58", 58, "count", "thửa đất", "thửa đất đấu giá thành công", total=61),
    fig("thu hơn 402 tỷ đồng", "402", 402 * T, "money", "đồng", "số tiền thu từ đấu giá", approx="over"),
    fig("gồm 61 thửa đất", "61", 61, "count", "thửa đất", "thửa đất của phiên đấu giá"),
    fig("6.280 m²", "6.280", 6280, "measure", "m²", "tổng diện tích các thửa đất đấu giá"),
    fig("từ 90 đến 128 m²", "90", 90, "measure", "m²", "diện tích mỗi thửa", value_max=128),
    fig("có 58 thửa", "58", 58, "count", "thửa", "thửa đã có người trúng đấu giá", total=61),
    fig("3 thửa không", "3", 3, "count", "thửa", "thửa không có người đăng ký tham gia", total=61),
    fig("là 45,2 triệu", "45,2", 45.2 * M, "money", "đồng/m²", "giá khởi điểm"),
    fig("đạt 96,5 triệu", "96,5", 96.5 * M, "money", "đồng/m²", "giá trúng đấu giá cao nhất",
        change=chg("increase", 2, "lần", baseline="giá khởi điểm", approx="over")),
    fig("thấp nhất 52,1 triệu", "52,1", 52.1 * M, "money", "đồng/m²", "giá trúng đấu giá thấp nhất"),
    fig("khoảng 67,4 triệu", "67,4", 67.4 * M, "money", "đồng/m²", "giá trúng đấu giá bình quân",
        approx="about"),
    fig("đạt hơn 402 tỷ đồng", "402", 402 * T, "money", "đồng", "tổng số tiền trúng đấu giá",
        approx="over", change=chg("increase", 132.1 * T, "đồng", baseline="tổng giá khởi điểm")),
    fig("7 phiên", "7", 7, "count", "phiên đấu giá", "phiên đấu giá huyện đã tổ chức", YTD),
    fig("312 thửa", "312", 312, "count", "thửa đất", "thửa đất đưa ra đấu giá", YTD),
    fig("khoảng 1.856 tỷ đồng", "1.856", 1856 * T, "money", "đồng", "tổng số tiền trúng đấu giá", YTD,
        approx="about", percent=74.2, target=tgt(2500 * T, "đồng")),
    fig("có 12 tuyến đường", "12", 12, "count", "tuyến đường", "tuyến đường liên xã đầu tư từ nguồn thu đấu giá",
        inh(YTD)),
    fig("486 tỷ đồng", "486", 486 * T, "money", "đồng", "tổng mức đầu tư các tuyến đường liên xã", inh(YTD)),
    fig("90 ngày", "90", 90, "measure", "ngày", "thời hạn nộp tiền trúng đấu giá", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): phiên đấu giá 61 thửa đất ở tại xã Tiên Dương, 20/8/2024; results since January.",
    "Dateline 'Thứ Năm, 22/08/2024 - 15:20'. 'Ngày 20/8', 'khu đấu giá X3', 'Vành đai 4', 'số 68 đường Cao Lỗ', '024.3883.2517' are not figures.",
    "'trong số 61 thửa' restates the whole of 58 and 3 (attribute only, not a figure, cf. h02). 'gấp hơn 2 lần giá khởi điểm' after the",
    "price is its change (lần, over), not a multiple standing alone. 'trong đó có 12 tuyến đường' has no whole of the same kind: no total.",
    "Location: the district (Đông Anh) for all figures; the commune is not a location level in FIGURES.md.",
    "'trong thời hạn 90 ngày' is a legal deadline, not a statistic: optional.",
]

if __name__ == "__main__":
    emit("p481-2", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đông Anh")
