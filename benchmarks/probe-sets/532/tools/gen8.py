"""p532-8: Provincial radio-TV site (Thái Nguyên) — tea: 9-month output and value, area, tea craft villages, OCOP tea, exports."""
from lib import emit, fig, per, inh, chg

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI NGUYÊN
Kinh tế | Nông nghiệp

Chè Thái Nguyên: 9 tháng, giá trị sản phẩm ước đạt 10.350 tỷ đồng

TNTV | 06:45, 15/09/2023

Theo Sở Nông nghiệp và PTNT, 9 tháng năm 2023, sản lượng chè búp tươi toàn tỉnh ước đạt 198.600 tấn, bằng 78,2% kế hoạch năm; giá trị sản phẩm chè ước đạt 10.350 tỷ đồng, tăng 7,1% so với cùng kỳ. Diện tích chè toàn tỉnh hiện là 22.750 ha, trong đó chè giống mới chiếm 92%.

Tỉnh có 98 làng nghề chè, tập trung ở TP. Thái Nguyên (21 làng), huyện Đại Từ (34 làng) và huyện Đồng Hỷ (17 làng). Giá trị thu được từ trồng chè tại các vùng chè đặc sản bình quân đạt 300-350 triệu đồng/ha/năm; một số hộ ở xã Tân Cương đạt trên 1 tỷ đồng/ha. Thu nhập bình quân của lao động tại các làng nghề chè khoảng 7,2 triệu đồng/người/tháng.

Đến nay, Thái Nguyên có 198 sản phẩm OCOP từ chè, chiếm 46,5% tổng số sản phẩm OCOP của tỉnh, trong đó 8 sản phẩm đạt 5 sao. Trong 8 tháng, lượng chè xuất khẩu đạt 3.250 tấn với trị giá 5,4 triệu USD.

Quý IV/2023, tỉnh dự kiến tổ chức 3 phiên chợ chè tại Quảng trường Võ Nguyên Giáp và chuẩn bị Festival Trà Thái Nguyên lần thứ 6. Cả năm 2023, giá trị sản phẩm chè dự kiến đạt khoảng 13.500 tỷ đồng.

Đường dây nóng TNTV: 0208.3855.678
"""

M9h = per("9 tháng", "2023-01-01", "2023-09-30")
M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
NOW = per("Đến nay", None, "2023-09-15")
M8 = per("8 tháng", "2023-01-01", "2023-08-31")
Q4 = per("Quý IV/2023", "2023-10-01", "2023-12-31")
Y23 = per("Cả năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("ước đạt 10.350 tỷ đồng\n", "10.350", 10350000000000, "money", "đồng", "giá trị sản phẩm chè", M9h,
        status="estimate"),
    fig("ước đạt 198.600 tấn", "198.600", 198600, "measure", "tấn", "sản lượng chè búp tươi", M9, percent=78.2,
        status="estimate"),
    fig("ước đạt 10.350 tỷ đồng,", "10.350", 10350000000000, "money", "đồng", "giá trị sản phẩm chè", M9,
        change=chg("increase", 7.1, "%", "cùng kỳ"), status="estimate"),
    fig("hiện là 22.750 ha", "22.750", 22750, "measure", "ha", "diện tích chè"),
    fig("chiếm 92%", "92", 92, "percent", "%", "tỷ lệ diện tích chè giống mới"),
    fig("có 98 làng nghề", "98", 98, "count", "làng nghề", "làng nghề chè"),
    fig("(21 làng)", "21", 21, "count", "làng", "làng nghề chè", location="TP. Thái Nguyên"),
    fig("(34 làng)", "34", 34, "count", "làng", "làng nghề chè", location="Đại Từ"),
    fig("(17 làng)", "17", 17, "count", "làng", "làng nghề chè", location="Đồng Hỷ"),
    fig("đạt 300-350 triệu đồng/ha/năm", "300", 300000000, "money", "đồng/ha/năm",
        "giá trị thu được từ trồng chè tại các vùng chè đặc sản", value_max=350000000),
    fig("trên 1 tỷ đồng/ha", "1", 1000000000, "money", "đồng/ha",
        "giá trị thu được từ trồng chè của một số hộ ở xã Tân Cương", approx="over"),
    fig("khoảng 7,2 triệu đồng/người/tháng", "7,2", 7200000, "money", "đồng/người/tháng",
        "thu nhập bình quân của lao động tại các làng nghề chè", approx="about"),
    fig("có 198 sản phẩm", "198", 198, "count", "sản phẩm", "sản phẩm OCOP từ chè", NOW, percent=46.5),
    fig("trong đó 8 sản phẩm", "8", 8, "count", "sản phẩm", "sản phẩm OCOP từ chè đạt 5 sao", NOW, total=198),
    fig("đạt 3.250 tấn", "3.250", 3250, "measure", "tấn", "lượng chè xuất khẩu", M8),
    fig("trị giá 5,4 triệu USD", "5,4", 5400000, "money", "USD", "trị giá chè xuất khẩu", M8),
    fig("tổ chức 3 phiên chợ", "3", 3, "count", "phiên chợ", "phiên chợ chè", Q4, status="forecast"),
    fig("khoảng 13.500 tỷ đồng", "13.500", 13500000000000, "money", "đồng", "giá trị sản phẩm chè", Y23,
        approx="about", status="forecast"),
]

COMMENTS = [
    "Đài PT-TH Thái Nguyên (TNTV) site, invented: tea 9 months 2023 — output vs plan, value, area, tea craft villages by district,",
    "value per ha, OCOP tea products, exports, Q4 plans. Dateline 'TNTV | 06:45, 15/09/2023'. Not figures: 'lần thứ 6', hotline",
    "0208.3855.678, 'Quảng trường Võ Nguyên Giáp', '5 sao'. Headline '9 tháng' has no year: it takes the year of published (2023).",
    "'trong đó chè giống mới chiếm 92%' is the share of a part with no amount: a percent figure of its own, not the 22.750 ha's percent.",
    "District items in brackets do not add up to 98 and follow no cue: no total; 'TP. Thái Nguyên' is the city (location).",
    "'8 sản phẩm' after 'trong đó' follows 198 (its percent 46,5% between): total 198. 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    emit("p532-8", TEXT, COMMENTS, FIGS, published="2023-09-15", location="Thái Nguyên")
