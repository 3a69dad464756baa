from lib import write, fig, per, inh, chg

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Năng lượng

Năm 2023: Điện gió, điện mặt trời chiếm gần 27% công suất hệ thống điện

Ngày đăng: 12/01/2024 - 16:40

Theo Cục Điện lực và Năng lượng tái tạo, đến hết năm 2023, tổng công suất đặt của hệ thống điện quốc gia đạt khoảng 80.555 MW, tăng 3,1% so với năm 2022. Trong đó, điện gió và điện mặt trời (kể cả điện mặt trời mái nhà) đạt 21.664 MW, chiếm 26,9%; thủy điện 22.872 MW, chiếm 28,4%; nhiệt điện than 26.776 MW, chiếm 33,2%. Riêng điện mặt trời mái nhà có khoảng 103.000 hệ thống với tổng công suất 9.580 MWp.

Tổng sản lượng điện sản xuất và nhập khẩu năm 2023 đạt 280,6 tỷ kWh, tăng 4,56% so với năm 2022; trong đó điện gió và điện mặt trời đạt 36,7 tỷ kWh, chiếm 13,1%. Điện năng tiêu thụ bình quân đầu người đạt khoảng 2.750 kWh/người/năm.

Về lưới điện, trong năm 2023 EVN đã đóng điện 247 công trình lưới điện từ 110 kV đến 500 kV. Dự án đường dây 500 kV mạch 3 từ Quảng Trạch (Quảng Bình) đến Phố Nối (Hưng Yên) dài 519 km, tổng mức đầu tư khoảng 22.356 tỷ đồng, đã khởi công ngày 21/10/2023 và dự kiến hoàn thành trong tháng 6/2024.

Theo Quy hoạch điện VIII ban hành kèm Quyết định số 500/QĐ-TTg ngày 15/5/2023, đến năm 2030 công suất điện gió trên bờ đạt 21.880 MW, điện gió ngoài khơi đạt 6.000 MW, điện mặt trời mái nhà tự sản tự tiêu tăng thêm 2.600 MW; tỷ lệ năng lượng tái tạo (không tính thủy điện) đạt 30,9 - 39,2% tổng sản lượng điện.

Cổng TTĐT Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Lượt xem: 2.105
"""

END23 = per("đến hết năm 2023", end="2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", end="2030-12-31")
TOT = 80555

FIGS = [
    fig("gần 27%", "27", 27, "percent", "%", "tỷ trọng điện gió, điện mặt trời trong công suất hệ thống điện",
        per("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    fig("khoảng 80.555 MW", "80.555", 80555, "measure", "MW", "tổng công suất đặt của hệ thống điện quốc gia", END23,
        approx="about", change=chg("increase", 3.1, baseline="năm 2022")),
    fig("đạt 21.664 MW", "21.664", 21664, "measure", "MW", "công suất điện gió và điện mặt trời", inh(END23),
        total=TOT, percent=26.9),
    fig("thủy điện 22.872 MW", "22.872", 22872, "measure", "MW", "công suất thủy điện", inh(END23), total=TOT, percent=28.4),
    fig("than 26.776 MW", "26.776", 26776, "measure", "MW", "công suất nhiệt điện than", inh(END23), total=TOT, percent=33.2),
    fig("khoảng 103.000 hệ thống", "103.000", 103000, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", inh(END23),
        approx="about"),
    fig("công suất 9.580 MWp", "9.580", 9580, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", inh(END23)),
    fig("đạt 280,6 tỷ kWh", "280,6", 280.6e9, "measure", "kWh", "tổng sản lượng điện sản xuất và nhập khẩu", Y23,
        change=chg("increase", 4.56, baseline="năm 2022")),
    fig("đạt 36,7 tỷ kWh", "36,7", 36.7e9, "measure", "kWh", "sản lượng điện gió và điện mặt trời", Y23,
        total=280.6e9, percent=13.1),
    fig("khoảng 2.750 kWh", "2.750", 2750, "measure", "kWh/người/năm", "điện năng tiêu thụ bình quân đầu người",
        inh(Y23), approx="about"),
    fig("đóng điện 247 công trình", "247", 247, "count", "công trình", "công trình lưới điện đã đóng điện",
        per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("dài 519 km", "519", 519, "measure", "km", "đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối"),
    fig("khoảng 22.356 tỷ", "22.356", 22356e9, "money", "đồng", "tổng mức đầu tư đường dây 500 kV mạch 3", approx="about"),
    fig("đạt 21.880 MW", "21.880", 21880, "measure", "MW", "công suất điện gió trên bờ", T30, status="target"),
    fig("đạt 6.000 MW", "6.000", 6000, "measure", "MW", "công suất điện gió ngoài khơi", T30, status="target"),
    fig("thêm 2.600 MW", "2.600", 2600, "measure", "MW", "điện mặt trời mái nhà tự sản tự tiêu tăng thêm", T30,
        status="target"),
    fig("đạt 30,9 - 39,2%", "30,9", 30.9, "percent", "%", "tỷ lệ năng lượng tái tạo (không tính thủy điện)", T30,
        value_max=39.2, status="target"),
]

HEADER = [
    "Cổng TTĐT Bộ Công Thương: công suất, sản lượng hệ thống điện năm 2023, lưới điện (500 kV mạch 3), mục tiêu Quy hoạch điện VIII.",
    "Ministry site, 'Ngày đăng: 12/01/2024 - 16:40', view counter in the footer (page furniture). National: location Việt Nam",
    "(Quảng Bình, Hưng Yên only name the line's ends). The parts after 'Trong đó' take 80.555 MW / 280,6 tỷ kWh as total and",
    "'chiếm X%' as percent. 'kWh/người/năm' is a rate unit. Not figures: voltage classes ('từ 110 kV đến 500 kV', '500 kV'),",
    "'mạch 3' (circuit name), 'Quy hoạch điện VIII', 'Quyết định số 500/QĐ-TTg ngày 15/5/2023', 'ngày 21/10/2023', 'tháng 6/2024',",
    "the address '54 Hai Bà Trưng', 'Lượt xem: 2.105'. The 519 km and 22.356 tỷ describe the project (actual); 'dự kiến' governs",
    "only its own clause ('hoàn thành trong tháng 6/2024', no figure).",
]

if __name__ == "__main__":
    write("p552-4", TEXT, HEADER, FIGS, published="2024-01-12", location="Việt Nam")
