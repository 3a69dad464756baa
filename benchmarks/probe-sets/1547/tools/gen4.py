"""p1547-4: ministry site (Bộ Xây dựng): national building-glass supply, exports, prices, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Ngành kính xây dựng: Cung vượt cầu, doanh nghiệp tìm hướng xuất khẩu
20/03/2024 | 14:45 | Vụ Vật liệu xây dựng

Theo Vụ Vật liệu xây dựng, cả nước hiện có 13 dây chuyền kính nổi với tổng công suất thiết kế khoảng 4.200 tấn/ngày, tương đương khoảng 270 triệu m2/năm. Năm 2023, sản lượng kính xây dựng ước đạt 205 triệu m2, giảm 9,5% so với năm 2022 và chỉ bằng khoảng 76% công suất thiết kế. Tiêu thụ nội địa đạt 148 triệu m2, giảm 12%; tồn kho đến cuối năm 2023 khoảng 21 triệu m2.

Xuất khẩu là điểm sáng: kim ngạch xuất khẩu kính và sản phẩm kính năm 2023 đạt 398 triệu USD, tăng 6,4% so với năm trước. Hoa Kỳ vẫn là thị trường lớn nhất, chiếm 31% kim ngạch; tiếp đến là Hàn Quốc (14%) và Australia (9%). Việt Nam hiện đứng thứ 3 Đông Nam Á về công suất kính nổi, sau Indonesia và Thái Lan.

Về giá, kính nổi dày 5 mm được bán tại nhà máy từ 82.000 đến 88.000 đồng/m2, thấp hơn khoảng 7% so với đầu năm 2023.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), mục tiêu đến năm 2030 tỷ lệ kính tiết kiệm năng lượng đạt ít nhất 30% tổng sản lượng kính xây dựng; tiêu hao nhiên liệu cho lò nấu giảm 10-15% so với năm 2020. Bộ dự kiến năm 2024 công suất toàn ngành tăng thêm khoảng 1.000 tấn/ngày khi 2 dây chuyền mới tại Bà Rịa - Vũng Tàu và Quảng Nam đi vào hoạt động.

Ý kiến bạn đọc | In trang | Gửi email
Cơ quan chủ quản: Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
EOY = per("đến cuối năm 2023", None, "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 13 dây chuyền", "13", 13, "count", "dây chuyền", subject="dây chuyền kính nổi"),
    fig("khoảng 4.200 tấn/ngày", "4.200", 4200, "measure", "tấn/ngày", approx="about",
        subject="tổng công suất thiết kế"),
    fig("khoảng 270 triệu", "270", 270e6, "measure", "m2/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("ước đạt 205 triệu", "205", 205e6, "measure", "m2", status="estimate", percent=76,
        change=chg("decrease", 9.5, "%", "năm 2022"), subject="sản lượng kính xây dựng", period=Y23),
    fig("đạt 148 triệu", "148", 148e6, "measure", "m2", change=chg("decrease", 12, "%"),
        subject="tiêu thụ nội địa", period=inh(Y23)),
    fig("khoảng 21 triệu", "21", 21e6, "measure", "m2", approx="about", subject="tồn kho", period=EOY),
    fig("đạt 398 triệu", "398", 398e6, "money", "USD", change=chg("increase", 6.4, "%", "năm trước"),
        subject="kim ngạch xuất khẩu kính và sản phẩm kính", period=Y23b),
    fig("chiếm 31%", "31", 31, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu kính sang Hoa Kỳ",
        period=inh(Y23b)),
    fig("Hàn Quốc (14%)", "14", 14, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu kính sang Hàn Quốc",
        period=inh(Y23b)),
    fig("Australia (9%)", "9", 9, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu kính sang Australia",
        period=inh(Y23b)),
    fig("thứ 3 Đông Nam Á", "3", 3, "rank", "hạng", subject="công suất kính nổi"),
    fig("dày 5 mm", "5", 5, "measure", "mm", subject="độ dày kính nổi", optional=True),
    fig("từ 82.000 đến 88.000", "82.000", 82000, "money", "đồng/m2", value_max=88000,
        change=chg("decrease", 7, "%", "đầu năm 2023", approx="about"),
        subject="giá kính nổi dày 5 mm bán tại nhà máy"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ kính tiết kiệm năng lượng", period=T30),
    fig("giảm 10-15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="tiêu hao nhiên liệu cho lò nấu", period=T30),
    fig("khoảng 1.000 tấn/ngày", "1.000", 1000, "measure", "tấn/ngày", approx="about", status="forecast",
        subject="công suất toàn ngành tăng thêm", period=Y24),
    fig("khi 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền mới đi vào hoạt động", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): banner, breadcrumb, '20/03/2024 | 14:45 | Vụ Vật liệu xây dựng', reader links, owner footer with address.",
    "National figures: location Việt Nam throughout; trade partners (Hoa Kỳ, Hàn Quốc, Australia) and the two provinces named after",
    "the national count of new lines do not change it. Rank 'thứ 3 Đông Nam Á' is Việt Nam's.",
    "'tương đương khoảng 270 triệu m2/năm' restates the capacity in m2: a measure figure of its own (no percent, so no share attribute).",
    "'ước đạt 205 triệu m2, giảm 9,5% ..., chỉ bằng khoảng 76% công suất thiết kế' → change and percent attributes; 'giảm 12%' after 148 triệu → change (no baseline).",
    "'tồn kho đến cuối năm 2023' → as-of period (start null).",
    "The shares by market: 'chiếm 31% kim ngạch; tiếp đến là Hàn Quốc (14%) và Australia (9%)' → three percent figures, period inherited from the previous sentence.",
    "'dày 5 mm' is a product spec (optional, like a bottle size). The price range gets a change 'thấp hơn khoảng 7% so với đầu năm 2023'; no period.",
    "'mục tiêu đến năm 2030 ... ít nhất 30%; ... giảm 10-15% so với năm 2020' → both target, period up to 2030; the 10-15% is a rate as the claim.",
    "'Bộ dự kiến năm 2024 ... khoảng 1.000 tấn/ngày khi 2 dây chuyền mới ...' → forecast, period 2024.",
    "Distractors: 14:45, 'thời kỳ 2021-2030, định hướng đến năm 2050', Quyết định số 1266/QĐ-TTg, '37 Lê Đại Hành'.",
]

if __name__ == "__main__":
    write("p1547-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
