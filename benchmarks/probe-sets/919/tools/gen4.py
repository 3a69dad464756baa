"""p919-4: ministry site (Bộ Nông nghiệp và Môi trường), national shallot/garlic area, imports, exports."""
from lib import P, I, C, fig, build

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Trồng trọt
Phát triển vùng hành, tỏi hàng hóa gắn với xuất khẩu
Ngày đăng: 14/05/2025 | Lượt xem: 1.047

Theo Cục Trồng trọt và Bảo vệ thực vật, năm 2024 cả nước có khoảng 38.500 ha hành, tỏi các loại, sản lượng đạt gần 620.000 tấn. Trong đó, diện tích hành tím khoảng 14.200 ha, tỏi khoảng 12.600 ha.

Các địa phương có diện tích hành tím lớn nhất lần lượt là Sóc Trăng (6.800 ha), Bạc Liêu (1.650 ha) và Ninh Thuận (1.120 ha). Với cây tỏi, Hải Dương dẫn đầu với khoảng 950 ha, tiếp đến là Quảng Ngãi 420 ha, Ninh Thuận 360 ha. Năng suất hành tím bình quân đạt 21,5 tấn/ha, tỏi đạt 7,8 tấn/ha.

Năm 2024, Việt Nam nhập khẩu 98.600 tấn tỏi, trị giá 142 triệu USD, tăng 18,6% về lượng so với năm 2023; riêng tỏi từ Trung Quốc chiếm 97,2%. Giá tỏi nhập khẩu bình quân 1.440 USD/tấn. Quý I/2025, lượng tỏi nhập khẩu đạt 21.300 tấn, giảm 12% so với cùng kỳ.

Ngược lại, kim ngạch xuất khẩu hành, tỏi năm 2024 chỉ đạt 36,4 triệu USD, giảm 7,5% so với năm trước; thị trường chính là Nhật Bản, Hàn Quốc, Singapore.

Theo Quyết định số 1478/QĐ-BNN-TT, đến năm 2030 diện tích hành, tỏi cả nước đạt 45.000 ha, trong đó ít nhất 30% diện tích sản xuất theo VietGAP; kim ngạch xuất khẩu phấn đấu đạt 100 triệu USD. Dự kiến năm 2025, diện tích hành, tỏi khoảng 39.000 ha.

Cục Trồng trọt và Bảo vệ thực vật - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")


def onion(anchor, number, value, loc):
    return fig(anchor, number, value, "measure", "ha", "diện tích hành tím", I(Y24), location=loc)


def garlic(anchor, number, value, loc, **kw):
    return fig(anchor, number, value, "measure", "ha", "diện tích tỏi", I(Y24), location=loc, **kw)


FIGS = [
    fig("khoảng 38.500 ha", "38.500", 38500, "measure", "ha", "diện tích hành, tỏi các loại", Y24,
        approx="about"),
    fig("gần 620.000 tấn", "620.000", 620000, "measure", "tấn", "sản lượng hành, tỏi", Y24, approx="nearly"),
    fig("khoảng 14.200 ha", "14.200", 14200, "measure", "ha", "diện tích hành tím", I(Y24), approx="about",
        total=38500),
    fig("khoảng 12.600 ha", "12.600", 12600, "measure", "ha", "diện tích tỏi", I(Y24), approx="about",
        total=38500),
    onion("Sóc Trăng (6.800 ha)", "6.800", 6800, "Sóc Trăng"),
    onion("Bạc Liêu (1.650 ha)", "1.650", 1650, "Bạc Liêu"),
    onion("Ninh Thuận (1.120 ha)", "1.120", 1120, "Ninh Thuận"),
    garlic("khoảng 950 ha", "950", 950, "Hải Dương", approx="about"),
    garlic("Quảng Ngãi 420 ha", "420", 420, "Quảng Ngãi"),
    garlic("Ninh Thuận 360 ha", "360", 360, "Ninh Thuận"),
    fig("đạt 21,5 tấn/ha", "21,5", 21.5, "measure", "tấn/ha", "năng suất hành tím bình quân", I(Y24)),
    fig("đạt 7,8 tấn/ha", "7,8", 7.8, "measure", "tấn/ha", "năng suất tỏi bình quân", I(Y24)),
    fig("nhập khẩu 98.600 tấn", "98.600", 98600, "measure", "tấn", "tỏi nhập khẩu", Y24b,
        change=C("increase", 18.6, "%", "năm 2023")),
    fig("trị giá 142 triệu USD", "142", 142e6, "money", "USD", "trị giá tỏi nhập khẩu", Y24b),
    fig("chiếm 97,2%", "97,2", 97.2, "percent", "%", "tỷ trọng tỏi nhập khẩu từ Trung Quốc", Y24b),
    fig("bình quân 1.440 USD/tấn", "1.440", 1440, "money", "USD/tấn", "giá tỏi nhập khẩu bình quân", I(Y24b)),
    fig("đạt 21.300 tấn", "21.300", 21300, "measure", "tấn", "lượng tỏi nhập khẩu",
        P("Quý I/2025", "2025-01-01", "2025-03-31"), change=C("decrease", 12, "%", "cùng kỳ")),
    fig("đạt 36,4 triệu USD", "36,4", 36.4e6, "money", "USD", "kim ngạch xuất khẩu hành, tỏi", Y24,
        change=C("decrease", 7.5, "%", "năm trước")),
    fig("đạt 45.000 ha", "45.000", 45000, "measure", "ha", "diện tích hành, tỏi", TO30, status="target"),
    fig("ít nhất 30% diện tích", "30", 30, "percent", "%", "tỷ lệ diện tích hành, tỏi sản xuất theo VietGAP",
        TO30, approx="at_least", status="target"),
    fig("đạt 100 triệu USD", "100", 100e6, "money", "USD", "kim ngạch xuất khẩu hành, tỏi", TO30,
        status="target"),
    fig("khoảng 39.000 ha", "39.000", 39000, "measure", "ha", "diện tích hành, tỏi",
        P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Nông nghiệp và Môi trường, Cục Trồng trọt và BVTV): national shallot/garlic 2024, imports, exports, 2030 targets.",
    "'Ngày đăng: 14/05/2025' is the dateline. National figures: Việt Nam; ranking lists give the province as location, no total.",
    "'tăng 18,6% về lượng' belongs to the quantity 98.600 tấn, not to the value 142 triệu USD it follows.",
    "'riêng tỏi từ Trung Quốc chiếm 97,2%' is a share of an unstated part: a percent figure, location Việt Nam (a trade partner is no place).",
    "Not figures: 'Lượt xem: 1.047', 'Quyết định số 1478/QĐ-BNN-TT', 'Số 2 Ngọc Hà'.",
]

build(4, TEXT, FIGS, published="2025-05-14", location="Việt Nam", notes=NOTES)
