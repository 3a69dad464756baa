"""p1323-8: radio/TV site (Đài PT-TH Ninh Thuận, NTV): Tết 2025 tourism, Bàu Trúc pottery and Ninh Hải grapes bought as gifts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH THUẬN
Thời sự | Kinh tế | Văn hóa - Xã hội | Video | Phát thanh

Gốm Bàu Trúc, đặc sản nho, táo đắt hàng dịp Tết

26/02/2025 19:45
▶ 00:00 / 02:48

(NTV) - Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến 2/2/2025), Ninh Thuận đón khoảng 96.500 lượt khách, tăng 12% so với Tết năm trước; doanh thu du lịch ước đạt 145 tỷ đồng, vượt 7% kế hoạch. Các cửa hàng đặc sản, quà lưu niệm dọc Quốc lộ 1A và khu vực biển Bình Sơn - Ninh Chữ luôn đông khách.

Tại làng gốm Bàu Trúc (huyện Ninh Phước), hiện có 45 cơ sở sản xuất gốm, gồm 3 hợp tác xã và 42 hộ cá thể. Từ đầu năm đến nay, Hợp tác xã Gốm Đất Nung Phước Dân đã bán hơn 2.600 sản phẩm cho khách du lịch, gấp đôi cùng kỳ năm 2024. Nghệ nhân Thông Thị Hoa cho biết, bình và tượng vũ nữ Apsara cỡ nhỏ có giá từ 50.000 đến 300.000 đồng, phù hợp làm quà.

Ở huyện Ninh Hải, các vườn nho tại xã Thái An mỗi ngày đón 400-500 lượt khách tham quan, mua nho tươi, rượu nho, mứt nho. Giá nho xanh bán tại vườn 40.000-60.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với bán cho thương lái.

Toàn tỉnh hiện có 104 sản phẩm OCOP, trong đó nhóm đặc sản nho, táo, tỏi, hành chiếm 47%.

Năm 2025, tỉnh đặt mục tiêu đón 3,2 triệu lượt khách; dự kiến mua sắm đặc sản, quà lưu niệm đóng góp khoảng 20% tổng doanh thu du lịch.

Phóng viên: Minh Tú - Biên tập: Thanh Hà
"""

TET = per("từ ngày 25/1 đến 2/2/2025", "2025-01-25", "2025-02-02")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-02-26")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NP, NH = "Ninh Phước", "Ninh Hải"

FIGS = [
    fig("khoảng 96.500 lượt", "96.500", 96500, "count", "lượt khách", approx="about",
        change=chg("increase", 12, "%", "Tết năm trước"), subject="lượt khách Ninh Thuận đón", period=TET),
    fig("ước đạt 145 tỷ", "145", 145e9, "money", "đồng", status="estimate",
        change=chg("increase", 7, "%", "kế hoạch"), subject="doanh thu du lịch", period=TET),
    fig("có 45 cơ sở", "45", 45, "count", "cơ sở", subject="cơ sở sản xuất gốm", location=NP),
    fig("gồm 3 hợp tác xã", "3", 3, "count", "hợp tác xã", total=45, subject="hợp tác xã sản xuất gốm",
        location=NP),
    fig("và 42 hộ", "42", 42, "count", "hộ", total=45, subject="hộ cá thể sản xuất gốm", location=NP),
    fig("hơn 2.600 sản phẩm", "2.600", 2600, "count", "sản phẩm", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm 2024"),
        subject="sản phẩm Hợp tác xã Gốm Đất Nung Phước Dân bán cho khách du lịch", period=YTD, location=NP),
    fig("từ 50.000 đến 300.000", "50.000", 50000, "money", "đồng", value_max=300000,
        subject="giá bình và tượng vũ nữ Apsara cỡ nhỏ", location=NP),
    fig("đón 400-500 lượt", "400", 400, "measure", "lượt khách/ngày", value_max=500,
        subject="lượt khách tham quan các vườn nho mỗi ngày", location=NH),
    fig("vườn 40.000-60.000", "40.000", 40000, "money", "đồng/kg", value_max=60000,
        change=chg("increase", 10000, "đồng/kg", "bán cho thương lái", approx="about"),
        subject="giá nho xanh bán tại vườn", location=NH),
    fig("có 104 sản phẩm", "104", 104, "count", "sản phẩm", subject="sản phẩm OCOP"),
    fig("chiếm 47%", "47", 47, "percent", "%", subject="nhóm đặc sản nho, táo, tỏi, hành trong sản phẩm OCOP"),
    fig("đón 3,2 triệu", "3,2", 3.2e6, "count", "lượt khách", status="target", subject="lượt khách tỉnh đón",
        period=Y25),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
        subject="mua sắm đặc sản, quà lưu niệm đóng góp trong tổng doanh thu du lịch", period=Y25),
]

NOTES = [
    "Radio/TV site (NTV, Đài Phát thanh và Truyền hình Ninh Thuận): menu, date line '26/02/2025 19:45', player '00:00 / 02:48', tag '(NTV) -', credits.",
    "Distractors: 19:45, '00:00 / 02:48', 'Trong 9 ngày nghỉ Tết' (a duration that only locates the figures in time), 'Ất Tỵ', 'Quốc lộ 1A'.",
    "Tết period is the bracketed dates: 2025-01-25 to 2025-02-02, for both figures of that sentence ('ước đạt' governs only its own clause).",
    "'vượt 7% kế hoạch' is a gap to plan → change increase 7% baseline kế hoạch. 'gấp đôi cùng kỳ năm 2024' → change 2 lần.",
    "'45 cơ sở ..., gồm 3 hợp tác xã và 42 hộ cá thể' → total 45 for both parts. Bàu Trúc passage → Ninh Phước; grape passage → Ninh Hải.",
    "'Từ đầu năm đến nay' ends at the dateline 2025-02-26. 'mỗi ngày đón 400-500 lượt khách' is a rate (measure).",
    "'cao hơn khoảng 10.000 đồng/kg so với bán cho thương lái' → change of the price range (increase, 10.000 đồng/kg, about).",
    "'trong đó nhóm ... chiếm 47%' is a percent figure of its own (a share with no base amount).",
    "Last sentence: 'đặt mục tiêu' → target for 3,2 triệu; 'dự kiến' governs its own clause → forecast for 20%.",
]

if __name__ == "__main__":
    write("p1323-8", TEXT, NOTES, FIGS, published="2025-02-26", location="Ninh Thuận")
