"""p1199-4: ministry site (Bộ Công Thương), national: EVN grid results 2023 and 2024 targets."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Năng lượng

EVN hoàn thành 154 công trình lưới điện trong năm 2023

Ngày đăng: 08/02/2024 | Lượt xem: 964

Theo báo cáo của Tập đoàn Điện lực Việt Nam (EVN) gửi Bộ Công Thương, năm 2023 toàn Tập đoàn đã khởi công 186 công trình lưới điện từ 110 kV đến 500 kV và hoàn thành đóng điện 154 công trình. Tổng giá trị thực hiện đầu tư xây dựng đạt 93.290 tỷ đồng, bằng 101,3% kế hoạch; trong đó đầu tư lưới điện phân phối khoảng 23.500 tỷ đồng.

Tính đến ngày 31/12/2023, lưới điện phân phối của EVN có hơn 530.000 trạm biến áp với tổng dung lượng khoảng 142.600 MVA. Trong năm, các tổng công ty điện lực đã lắp đặt mới 14.860 máy biến áp phân phối.

Tỷ lệ tổn thất điện năng toàn Tập đoàn năm 2023 là 6,23%, giảm 0,03 điểm phần trăm so với năm 2022. Tỷ lệ tổn thất của các tổng công ty điện lực lần lượt là: miền Bắc 5,12%, miền Trung 4,23%, miền Nam 3,98%, TP Hà Nội 3,75% và TP Hồ Chí Minh 3,02%.

Chỉ số thời gian mất điện trung bình của lưới điện phân phối (SAIDI) năm 2023 là 257 phút, giảm 30,8% so với năm 2022. Giá bán lẻ điện bình quân hiện là 2.006,79 đồng/kWh.

Năm 2024, EVN đặt mục tiêu chỉ số SAIDI không quá 220 phút, tỷ lệ tổn thất điện năng dưới 6%; phấn đấu đóng điện 151 công trình lưới điện, trong đó có 21 công trình 500 kV như Đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.22202222
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LOSS = "tỷ lệ tổn thất điện năng của các tổng công ty điện lực"

FIGS = [
    fig("hoàn thành 154 công trình", "154", 154, "count", "công trình",
        subject="công trình lưới điện hoàn thành", period=per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("khởi công 186 công trình", "186", 186, "count", "công trình",
        subject="công trình lưới điện khởi công", period=Y23),
    fig("từ 110 kV", "110", 110, "measure", "kV", value_max=500, optional=True,
        subject="cấp điện áp công trình lưới điện"),
    fig("đóng điện 154 công trình", "154", 154, "count", "công trình",
        subject="công trình lưới điện hoàn thành đóng điện", period=Y23),
    fig("đạt 93.290 tỷ đồng", "93.290", 93290e9, "money", "đồng", percent=101.3,
        subject="tổng giá trị thực hiện đầu tư xây dựng", period=inh(Y23)),
    fig("khoảng 23.500 tỷ", "23.500", 23500e9, "money", "đồng", approx="about", total=93290e9,
        subject="đầu tư lưới điện phân phối", period=inh(Y23)),
    fig("hơn 530.000 trạm", "530.000", 530000, "count", "trạm biến áp", approx="over",
        subject="trạm biến áp lưới điện phân phối của EVN",
        period=per("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    fig("khoảng 142.600 MVA", "142.600", 142600, "measure", "MVA", approx="about",
        subject="tổng dung lượng trạm biến áp lưới điện phân phối",
        period=per("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    fig("mới 14.860 máy", "14.860", 14860, "count", "máy biến áp",
        subject="máy biến áp phân phối lắp đặt mới", period=per("Trong năm", "2023-01-01", "2023-12-31")),
    fig("là 6,23%", "6,23", 6.23, "percent", "%",
        change=chg("decrease", 0.03, "điểm phần trăm", "năm 2022"),
        subject="tỷ lệ tổn thất điện năng toàn Tập đoàn", period=Y23),
    fig("miền Bắc 5,12%", "5,12", 5.12, "percent", "%", subject=LOSS, period=inh(Y23)),
    fig("miền Trung 4,23%", "4,23", 4.23, "percent", "%", subject=LOSS, period=inh(Y23)),
    fig("miền Nam 3,98%", "3,98", 3.98, "percent", "%", subject=LOSS, period=inh(Y23)),
    fig("TP Hà Nội 3,75%", "3,75", 3.75, "percent", "%", subject=LOSS, period=inh(Y23),
        location="Hà Nội"),
    fig("TP Hồ Chí Minh 3,02%", "3,02", 3.02, "percent", "%", subject=LOSS, period=inh(Y23),
        location="Hồ Chí Minh"),
    fig("là 257 phút", "257", 257, "measure", "phút",
        change=chg("decrease", 30.8, "%", "năm 2022"),
        subject="chỉ số thời gian mất điện trung bình của lưới điện phân phối (SAIDI)", period=Y23),
    fig("là 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh",
        subject="giá bán lẻ điện bình quân"),
    fig("không quá 220 phút", "220", 220, "measure", "phút", approx="at_most", status="target",
        subject="chỉ số SAIDI", period=Y24),
    fig("dưới 6%", "6", 6, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tổn thất điện năng", period=Y24),
    fig("đóng điện 151 công trình", "151", 151, "count", "công trình", status="target",
        subject="công trình lưới điện đóng điện", period=Y24),
    fig("có 21 công trình", "21", 21, "count", "công trình", status="target", total=151,
        subject="công trình lưới điện 500 kV", period=Y24),
    fig("21 công trình 500 kV", "500", 500, "measure", "kV", optional=True,
        subject="cấp điện áp công trình"),
    fig("Đường dây 500 kV mạch 3", "500", 500, "measure", "kV", optional=True,
        subject="cấp điện áp đường dây"),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national figures (Việt Nam). 'Ngày đăng: 08/02/2024 | Lượt xem: 964', address/phone footer.",
    "Distractors: view counter, '54 Hai Bà Trưng', phone 024.22202222, 'mạch 3', 'Đường dây 500 kV' (name), date 31/12/2023 as as-of.",
    "Voltage classes ('từ 110 kV đến 500 kV', '21 công trình 500 kV') name types: optional.",
    "Loss list of the five power corporations: regions stay Việt Nam (like ministries in h01); 'TP Hà Nội', 'TP Hồ Chí Minh' name their city.",
    "'phấn đấu ... 151 công trình, trong đó có 21 ...' : the part continues the target clause. 2.006,79 = 2006.79 (thousands dot, decimal comma).",
]

if __name__ == "__main__":
    build("p1199-4", TEXT, NOTES, FIGS, published="2024-02-08", location="Việt Nam")
