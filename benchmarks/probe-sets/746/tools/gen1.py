"""p746-1: Tiền Giang province portal — pineapple (khóm) area, output, prices, VietGAP, canning plants, 2025 targets."""
from lib import emit, fig, per, inh, chg

TEXT = """Cổng Thông tin điện tử tỉnh Tiền Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp
Cập nhật: 15/01/2024 08:42
Lượt xem: 3.184

Tiền Giang: Năm 2023, diện tích khóm đạt hơn 18.500 ha

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 toàn tỉnh có 18.536 ha khóm, tăng 438 ha so với năm 2022; trong đó huyện Tân Phước có 16.870 ha, phần còn lại ở các huyện Cai Lậy (1.105 ha) và Châu Thành (561 ha). Sản lượng khóm cả năm ước đạt 412.300 tấn, tăng 5,8% so với năm trước; năng suất bình quân 22,4 tấn/ha.

Giá khóm nguyên liệu tại ruộng dao động từ 6.000 đến 8.500 đồng/kg, cao hơn khoảng 1.500 đồng/kg so với cùng kỳ. Lợi nhuận bình quân của nông dân trồng khóm đạt khoảng 92 triệu đồng/ha/năm.

Toàn tỉnh hiện có 1.250 ha khóm đạt chứng nhận VietGAP, chiếm 6,7% tổng diện tích; 32 mã số vùng trồng khóm phục vụ xuất khẩu với diện tích 2.480 ha, chủ yếu dọc Đường tỉnh 866 và Quốc lộ 1.

Về chế biến, trên địa bàn có 4 nhà máy chế biến khóm đóng hộp và nước ép, tổng công suất 95.000 tấn/năm. Năm 2023, các nhà máy thu mua 128.600 tấn khóm trái, chiếm 31,2% sản lượng. Kim ngạch xuất khẩu khóm chế biến đạt 46,3 triệu USD, tăng 12,4% so với năm 2022, chủ yếu sang thị trường EU, Mỹ và Nhật Bản.

Theo Quyết định số 1846/QĐ-UBND của UBND tỉnh, phấn đấu đến năm 2025, diện tích khóm toàn tỉnh ổn định khoảng 19.000 ha, trong đó diện tích sản xuất theo tiêu chuẩn VietGAP đạt từ 15 đến 20%.

Sở NN&PTNT tỉnh Tiền Giang - Số 35 đường 30 Tháng 4, Phường 1, TP. Mỹ Tho. ĐT: 0273.3872.416
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("đạt hơn 18.500 ha", "18.500", 18500, "measure", "ha", "diện tích khóm",
        per("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    fig("có 18.536 ha khóm", "18.536", 18536, "measure", "ha", "diện tích khóm", Y23,
        change=chg("increase", 438, "ha", "năm 2022")),
    fig("Tân Phước có 16.870 ha", "16.870", 16870, "measure", "ha", "diện tích khóm", Y23,
        total=18536, location="Tân Phước"),
    fig("Cai Lậy (1.105 ha)", "1.105", 1105, "measure", "ha", "diện tích khóm", Y23,
        total=18536, location="Cai Lậy"),
    fig("Châu Thành (561 ha)", "561", 561, "measure", "ha", "diện tích khóm", Y23,
        total=18536, location="Châu Thành"),
    fig("ước đạt 412.300 tấn", "412.300", 412300, "measure", "tấn", "sản lượng khóm cả năm", inh(Y23),
        change=chg("increase", 5.8, "%", "năm trước"), status="estimate"),
    fig("bình quân 22,4 tấn/ha", "22,4", 22.4, "measure", "tấn/ha", "năng suất khóm bình quân", inh(Y23),
        status="estimate"),
    fig("từ 6.000 đến 8.500 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá khóm nguyên liệu tại ruộng",
        value_max=8500, change=chg("increase", 1500, "đồng/kg", "cùng kỳ", approx="about")),
    fig("khoảng 92 triệu đồng/ha/năm", "92", 92000000, "money", "đồng/ha/năm",
        "lợi nhuận bình quân của nông dân trồng khóm", approx="about"),
    fig("có 1.250 ha khóm", "1.250", 1250, "measure", "ha", "diện tích khóm đạt chứng nhận VietGAP", percent=6.7),
    fig("32 mã số vùng trồng", "32", 32, "count", "mã số vùng trồng", "mã số vùng trồng khóm phục vụ xuất khẩu"),
    fig("diện tích 2.480 ha", "2.480", 2480, "measure", "ha", "diện tích mã số vùng trồng khóm phục vụ xuất khẩu"),
    fig("có 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy chế biến khóm đóng hộp và nước ép"),
    fig("95.000 tấn/năm", "95.000", 95000, "measure", "tấn/năm", "tổng công suất nhà máy chế biến khóm"),
    fig("thu mua 128.600 tấn", "128.600", 128600, "measure", "tấn", "khóm trái các nhà máy thu mua",
        per("Năm 2023", "2023-01-01", "2023-12-31"), percent=31.2),
    fig("đạt 46,3 triệu USD", "46,3", 46300000, "money", "USD", "kim ngạch xuất khẩu khóm chế biến",
        inh(Y23), change=chg("increase", 12.4, "%", "năm 2022")),
    fig("khoảng 19.000 ha", "19.000", 19000, "measure", "ha", "diện tích khóm", T25,
        approx="about", status="target"),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", "tỷ lệ diện tích sản xuất theo tiêu chuẩn VietGAP", T25,
        value_max=20, status="target"),
]

COMMENTS = [
    "Tiền Giang province portal (breadcrumb, Cập nhật, Lượt xem): khóm (pineapple) 2023 — area, districts, output, prices, VietGAP,",
    "export growing-area codes, canning plants, 2025 targets.",
    "Cai Lậy / Châu Thành bracketed items continue the `trong đó` breakdown ('phần còn lại') and add up with Tân Phước to 18.536 ha: total 18536.",
    "The yield clause after ';' continues the 'ước đạt' clause: estimate. Price and profit sentences state no period.",
    "Distractors: Lượt xem 3.184, Đường tỉnh 866, Quốc lộ 1, Quyết định số 1846/QĐ-UBND, address 'Số 35 đường 30 Tháng 4, Phường 1', phone.",
]

if __name__ == "__main__":
    emit("p746-1", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Tiền Giang")
