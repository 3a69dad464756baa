"""p699-1: Cà Mau province portal, mud crab area/output H1/2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế
Cà Mau: Diện tích nuôi cua biển 6 tháng đầu năm đạt hơn 185.000 ha
Cập nhật: 10/07/2024 15:42
Lượt xem: 3.184

6 tháng đầu năm 2024, diện tích nuôi cua biển trên địa bàn tỉnh Cà Mau đạt hơn 185.000 ha, tăng 2,3% so với cùng kỳ năm 2023; trong đó, nuôi cua kết hợp trong vuông tôm quảng canh khoảng 176.400 ha, nuôi cua chuyên canh 8.600 ha.

Sản lượng cua thu hoạch đạt 13.450 tấn, bằng 52,7% kế hoạch năm, tăng 5,1% so với cùng kỳ. Một số huyện có sản lượng lớn như Năm Căn (3.120 tấn), Ngọc Hiển (2.870 tấn), Đầm Dơi (2.450 tấn) và Phú Tân (1.630 tấn).

Giá cua thương phẩm loại 1 (3 con/kg) hiện dao động từ 320.000 đến 380.000 đồng/kg; cua gạch son có giá khoảng 450.000 đồng/kg.

Toàn tỉnh hiện có 42 cơ sở sản xuất cua giống. 6 tháng đầu năm, các cơ sở cung ứng khoảng 95 triệu con giống. Lượng giống này mới đáp ứng gần 60% nhu cầu của người nuôi, số còn lại được nhập từ các tỉnh miền Trung. Mô hình nuôi cua chuyên canh cho lợi nhuận từ 80 đến 120 triệu đồng/ha/vụ, cao hơn 30-40% so với nuôi kết hợp.

Thực hiện Kế hoạch số 86/KH-UBND ngày 15/6/2023 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn (số 2 Hùng Vương, Phường 5, TP Cà Mau) phấn đấu đến năm 2025 sản lượng cua biển của tỉnh đạt 30.000 tấn/năm; diện tích nuôi cua biển đạt 200.000 ha, trong đó có ít nhất 5.000 ha nuôi cua đạt chứng nhận ASC hoặc hữu cơ.

Cổng Thông tin điện tử tỉnh Cà Mau - Điện thoại: 0290.3831.296
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1h = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
S_AREA = "diện tích nuôi cua biển"
S_OUT = "sản lượng cua thu hoạch"

FIGS = [
    fig("đầu năm đạt hơn 185.000 ha", "185.000", 185000, "measure", "ha", S_AREA, H1h, approx="over"),
    fig("Cà Mau đạt hơn 185.000 ha", "185.000", 185000, "measure", "ha", S_AREA, H1, approx="over",
        change=chg("increase", 2.3, "%", "cùng kỳ năm 2023")),
    fig("khoảng 176.400 ha", "176.400", 176400, "measure", "ha",
        "diện tích nuôi cua kết hợp trong vuông tôm quảng canh", H1, approx="about", total=185000),
    fig("chuyên canh 8.600 ha", "8.600", 8600, "measure", "ha", "diện tích nuôi cua chuyên canh", H1, total=185000),
    fig("đạt 13.450 tấn", "13.450", 13450, "measure", "tấn", S_OUT, inh(H1), percent=52.7,
        change=chg("increase", 5.1, "%", "cùng kỳ")),
    fig("Năm Căn (3.120 tấn)", "3.120", 3120, "measure", "tấn", S_OUT, location="Năm Căn"),
    fig("Ngọc Hiển (2.870 tấn)", "2.870", 2870, "measure", "tấn", S_OUT, location="Ngọc Hiển"),
    fig("Đầm Dơi (2.450 tấn)", "2.450", 2450, "measure", "tấn", S_OUT, location="Đầm Dơi"),
    fig("Phú Tân (1.630 tấn)", "1.630", 1630, "measure", "tấn", S_OUT, location="Phú Tân"),
    fig("(3 con/kg)", "3", 3, "measure", "con/kg", "kích cỡ cua thương phẩm loại 1", optional=True),
    fig("từ 320.000 đến 380.000 đồng/kg", "320.000", 320000, "money", "đồng/kg", "giá cua thương phẩm loại 1",
        value_max=380000),
    fig("khoảng 450.000 đồng/kg", "450.000", 450000, "money", "đồng/kg", "giá cua gạch son", approx="about"),
    fig("có 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở sản xuất cua giống"),
    fig("khoảng 95 triệu con giống", "95", 95000000, "count", "con giống", "con giống các cơ sở cung ứng",
        per("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="about"),
    fig("gần 60% nhu cầu", "60", 60, "percent", "%", "tỷ lệ đáp ứng nhu cầu con giống của người nuôi",
        inh(H1h), approx="nearly"),
    fig("từ 80 đến 120 triệu đồng/ha/vụ", "80", 80000000, "money", "đồng/ha/vụ",
        "lợi nhuận mô hình nuôi cua chuyên canh", value_max=120000000,
        change=chg("increase", 30, "%", "nuôi kết hợp")),
    fig("đạt 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", "sản lượng cua biển", T25, status="target"),
    fig("đạt 200.000 ha", "200.000", 200000, "measure", "ha", S_AREA, T25, status="target"),
    fig("ít nhất 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích nuôi cua đạt chứng nhận ASC hoặc hữu cơ",
        T25, approx="at_least", total=200000, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Cà Mau: diện tích, sản lượng nuôi cua biển 6 tháng đầu năm 2024; giá cua; con giống; mục tiêu 2025.",
    "Headline '6 tháng đầu năm' has no year: takes the year of published (2024-07-10), scored.",
    "District list after 'như' (no cue, items do not add up to 13.450) gets no total; list items have no period phrase.",
    "'loại 1', 'Kế hoạch số 86/KH-UBND', 'ngày 15/6/2023', 'số 2 Hùng Vương, Phường 5', phone, 'Lượt xem: 3.184' are not figures.",
    "'3 con/kg' is a size grade: optional. 'gần 60% nhu cầu' stands in its own sentence: a percent figure.",
    "'cao hơn 30-40% so với nuôi kết hợp' is the change of the profit range (value 30).",
]

if __name__ == "__main__":
    write("p699-1", TEXT, NOTES, FIGS, published="2024-07-10", location="Cà Mau")
