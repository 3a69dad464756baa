"""p481-4: ministry site (Bộ TN&MT) — provinces adjusting land price tables; national land-use fee revenue."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Đất đai
Ngày đăng: 28/11/2024 | Lượt xem: 2.406

58 địa phương đã điều chỉnh bảng giá đất theo Luật Đất đai 2024

Theo Cục Quy hoạch và Phát triển tài nguyên đất, tính đến ngày 25/11/2024, cả nước có 58/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành quyết định điều chỉnh bảng giá đất theo quy định tại Điều 257 Luật Đất đai số 31/2024/QH15; trong đó, 41 địa phương điều chỉnh tăng giá đất so với bảng giá cũ, 17 địa phương giữ nguyên hoặc chỉ điều chỉnh cục bộ. 5 địa phương còn lại đang lấy ý kiến, dự kiến hoàn thành trong tháng 12/2024.

Mức tăng phổ biến từ 20 đến 40%; một số vị trí đất ở đô thị tăng gấp 3 đến 5 lần. Hà Nội có mức giá cao nhất cả nước là 695,3 triệu đồng/m² tại các phố Hàng Ngang, Hàng Đào, tăng 86% so với bảng giá trước (374 triệu đồng/m²); TP Hồ Chí Minh cao nhất 687,2 triệu đồng/m² tại đường Đồng Khởi, Nguyễn Huệ. Giá đất nông nghiệp tại nhiều xã miền núi vẫn phổ biến dưới 100.000 đồng/m².

Về thu ngân sách, năm 2023 tổng thu tiền sử dụng đất cả nước đạt khoảng 128.500 tỷ đồng, giảm 29% so với năm 2022 và chỉ đạt 75,6% dự toán. 10 tháng năm 2024, số thu ước đạt 117.300 tỷ đồng, bằng 74,2% dự toán, tăng 8,6% so với cùng kỳ.

Trong quý IV/2024, Bộ thành lập 6 đoàn kiểm tra việc xây dựng, áp dụng bảng giá đất tại 18 địa phương. Thông tin chi tiết liên hệ: số 10 Tôn Thất Thuyết, Hà Nội; đường dây nóng 024.3795.6868.
"""

ASOF = per("tính đến ngày 25/11/2024", None, "2024-11-25")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
T = 1e9

FIGS = [
    fig("58 địa phương đã", "58", 58, "count", "địa phương", "địa phương đã điều chỉnh bảng giá đất"),
    fig("58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đã ban hành quyết định điều chỉnh bảng giá đất", ASOF, total=63),
    fig("41 địa phương", "41", 41, "count", "địa phương", "địa phương điều chỉnh tăng giá đất so với bảng giá cũ",
        ASOF, total=58),
    fig("17 địa phương", "17", 17, "count", "địa phương", "địa phương giữ nguyên hoặc chỉ điều chỉnh cục bộ",
        ASOF, total=58),
    fig("5 địa phương còn lại", "5", 5, "count", "địa phương", "địa phương đang lấy ý kiến bảng giá đất",
        inh(ASOF)),
    fig("từ 20 đến 40%", "20", 20, "percent", "%", "mức tăng giá đất phổ biến", value_max=40),
    fig("gấp 3 đến 5 lần", "3", 3, "multiple", "lần", "giá đất ở đô thị một số vị trí tăng", value_max=5),
    fig("695,3 triệu", "695,3", 695.3e6, "money", "đồng/m²", "mức giá đất cao nhất", location="Hà Nội",
        change=chg("increase", 86, baseline="bảng giá trước")),
    fig("(374 triệu", "374", 374e6, "money", "đồng/m²", "mức giá đất cao nhất bảng giá trước", location="Hà Nội"),
    fig("687,2 triệu", "687,2", 687.2e6, "money", "đồng/m²", "mức giá đất cao nhất", location="TP Hồ Chí Minh"),
    fig("dưới 100.000 đồng/m²", "100.000", 100000, "money", "đồng/m²",
        "giá đất nông nghiệp tại nhiều xã miền núi", approx="under"),
    fig("khoảng 128.500 tỷ đồng", "128.500", 128500 * T, "money", "đồng", "tổng thu tiền sử dụng đất",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about", percent=75.6,
        change=chg("decrease", 29, baseline="năm 2022")),
    fig("ước đạt 117.300 tỷ đồng", "117.300", 117300 * T, "money", "đồng", "số thu tiền sử dụng đất",
        per("10 tháng năm 2024", "2024-01-01", "2024-10-31"), percent=74.2,
        change=chg("increase", 8.6, baseline="cùng kỳ"), status="estimate"),
    fig("6 đoàn", "6", 6, "count", "đoàn kiểm tra", "đoàn kiểm tra việc xây dựng, áp dụng bảng giá đất", Q4),
    fig("tại 18 địa phương", "18", 18, "count", "địa phương", "địa phương được kiểm tra bảng giá đất", Q4),
]

COMMENTS = [
    "Bộ TN&MT site: 58/63 provinces have adjusted their land price tables (as of 25/11/2024); top prices; national land-use fee revenue.",
    "'Ngày đăng: 28/11/2024' is the dateline; 'Lượt xem: 2.406', 'Luật Đất đai 2024', 'Điều 257', 'Luật Đất đai số 31/2024/QH15',",
    "'tháng 12/2024', 'số 10 Tôn Thất Thuyết', '024.3795.6868' are not figures. National figures: location Việt Nam;",
    "the two top prices take their city. 41 + 17 = 58 after 'trong đó': total 58. '5 địa phương còn lại' has no part-of cue: no total;",
    "its 'dự kiến' governs the following clause (completion), not the count. 'tăng gấp 3 đến 5 lần' stands alone: a multiple range.",
    "'(374 triệu đồng/m²)' is the baseline amount of the 86% change of 695,3 triệu: a figure of its own (as h06).",
]

if __name__ == "__main__":
    emit("p481-4", TEXT, COMMENTS, FIGS, published="2024-11-28", location="Việt Nam")
