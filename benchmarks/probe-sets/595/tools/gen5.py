"""p595-5: Báo Cà Mau (Party newspaper), waterway passenger transport during Tết Giáp Thìn."""
from lib import emit, fig, per, chg

TEXT = """Vận tải thủy dịp Tết: Hơn 52.000 lượt khách đi tàu cao tốc

(CM) - Theo Sở Giao thông vận tải tỉnh Cà Mau, trong 15 ngày cao điểm Tết Nguyên đán Giáp Thìn (từ 25 tháng Chạp đến mùng 10 tháng Giêng), các tuyến vận tải thủy nội địa trên địa bàn tỉnh phục vụ hơn 52.000 lượt khách, tăng khoảng 12% so với Tết năm trước.

Trong đó, tuyến Cà Mau - Năm Căn - Đất Mũi chiếm 28.600 lượt, tuyến Cà Mau - Sông Đốc đạt 14.300 lượt, còn lại là các tuyến nội huyện. Các doanh nghiệp đã bố trí 34 tàu cao tốc, tăng 6 tàu so với ngày thường; tổng cộng thực hiện 1.128 chuyến, bình quân mỗi ngày 75 chuyến.

Giá vé tuyến Cà Mau - Đất Mũi giữ ổn định ở mức 200.000 đồng/lượt, tuyến Cà Mau - Sông Đốc 120.000 đồng/lượt, không tăng giá dịp Tết.

Tại các bến phà, bến đò ngang sông, lượng xe qua lại tăng mạnh. Riêng bến phà Năm Căn vận chuyển 96.400 lượt xe mô tô và 3.750 lượt ô tô.

Cảng vụ Đường thủy nội địa tỉnh bố trí 26 tổ kiểm tra trực 24/24 giờ tại các bến, kiểm tra 412 lượt phương tiện, phát hiện 17 trường hợp vi phạm, chủ yếu không trang bị đủ phao cứu sinh cho hành khách; đã xử phạt 48,5 triệu đồng. Dịp Tết năm nay không xảy ra tai nạn giao thông đường thủy.

Năm 2024, tỉnh đặt mục tiêu sản lượng hành khách vận tải thủy đạt 4,8 triệu lượt khách, tăng 5% so với năm 2023. Sở đề nghị các chủ bến tiếp tục nhắc nhở hành khách mặc áo phao, không chở quá số người quy định; hành khách có thể liên hệ đường dây nóng 0290.3831.222 khi phát hiện vi phạm.

HOÀNG VŨ
20/02/2024
"""

LOC = "Cà Mau"

FIGS = [
    fig("Tết: Hơn 52.000 lượt khách", "52.000", 52000, "count", "lượt khách", "lượt khách đi tàu cao tốc",
        approx="over"),
    fig("phục vụ hơn 52.000 lượt khách", "52.000", 52000, "count", "lượt khách",
        "lượt khách các tuyến vận tải thủy nội địa phục vụ", approx="over",
        change=chg("increase", 12, baseline="Tết năm trước", approx="about")),
    fig("chiếm 28.600 lượt", "28.600", 28600, "count", "lượt", "lượt khách tuyến Cà Mau - Năm Căn - Đất Mũi",
        total=52000),
    fig("đạt 14.300 lượt", "14.300", 14300, "count", "lượt", "lượt khách tuyến Cà Mau - Sông Đốc", total=52000),
    fig("bố trí 34 tàu", "34", 34, "count", "tàu cao tốc", "tàu cao tốc được bố trí",
        change=chg("increase", 6, "tàu", baseline="ngày thường")),
    fig("thực hiện 1.128 chuyến", "1.128", 1128, "count", "chuyến", "chuyến tàu cao tốc thực hiện"),
    fig("mỗi ngày 75 chuyến", "75", 75, "count", "chuyến", "chuyến bình quân mỗi ngày"),
    fig("mức 200.000 đồng/lượt", "200.000", 200000, "money", "đồng/lượt", "giá vé tuyến Cà Mau - Đất Mũi"),
    fig("Đốc 120.000 đồng/lượt", "120.000", 120000, "money", "đồng/lượt", "giá vé tuyến Cà Mau - Sông Đốc"),
    fig("96.400 lượt xe", "96.400", 96400, "count", "lượt xe mô tô", "xe mô tô bến phà Năm Căn vận chuyển",
        location="Năm Căn"),
    fig("3.750 lượt ô tô", "3.750", 3750, "count", "lượt ô tô", "ô tô bến phà Năm Căn vận chuyển",
        location="Năm Căn"),
    fig("bố trí 26 tổ", "26", 26, "count", "tổ kiểm tra", "tổ kiểm tra trực tại các bến"),
    fig("kiểm tra 412 lượt", "412", 412, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra"),
    fig("phát hiện 17 trường hợp", "17", 17, "count", "trường hợp", "trường hợp vi phạm"),
    fig("phạt 48,5 triệu đồng", "48,5", 48500000, "money", "đồng", "tiền xử phạt"),
    fig("đạt 4,8 triệu lượt khách", "4,8", 4800000, "count", "lượt khách", "sản lượng hành khách vận tải thủy",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target",
        change=chg("increase", 5, baseline="năm 2023")),
]

COMMENTS = [
    "Báo Cà Mau (invented): waterway passenger transport in the 15 peak days of Tết Giáp Thìn; byline 'HOÀNG VŨ' and bare date '20/02/2024' at the end.",
    "The Tết window (25 tháng Chạp - mùng 10 tháng Giêng, lunar) is no standard period and '15 ngày' only locates the figures: no period given.",
    "Route parts after 'Trong đó' (new sentence) take the whole 52.000 (approx 'hơn' on the whole is not scored on total).",
    "'bình quân mỗi ngày 75 chuyến' is a count of trips per day; ticket prices are money with unit đồng/lượt.",
    "'tăng 6 tàu so với ngày thường' is the change of 34 tàu. Target with its own change: 4,8 triệu lượt khách, +5% vs 2023.",
    "Revised after the first run: the two bến phà Năm Căn figures get location Năm Căn (was Cà Mau): the figure describes one ferry",
    "wharf in that district, and FIGURES.md gives the district the figure describes; a facility name is not a list of recipients.",
    "Distractors: '(CM)' tag, '15 ngày', '25 tháng Chạp', 'mùng 10 tháng Giêng', '24/24 giờ' (round the clock), phone 0290.3831.222, date.",
]

if __name__ == "__main__":
    emit("p595-5", TEXT, COMMENTS, FIGS, published="2024-02-20", location=LOC)
