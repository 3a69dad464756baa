"""p1123-2: Na Rì district portal (Bắc Kạn) - dong riềng and miến dong, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NA RÌ - TỈNH BẮC KẠN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

Miến dong Na Rì vào vụ chế biến mới

Đăng ngày: 05/12/2024 | Tác giả: Hoàng Thu

Năm 2024, toàn huyện trồng 312 ha dong riềng, giảm 46 ha so với năm 2023, tập trung tại các xã Côn Minh, Quang Phong, Dương Sơn. Năng suất bình quân ước đạt 65 tấn củ/ha, sản lượng khoảng 20.280 tấn củ.

Trên địa bàn huyện có 4 hợp tác xã và 57 hộ chế biến miến dong, trong đó HTX Nông nghiệp Côn Minh là đơn vị lớn nhất với công suất 3 tấn miến/ngày. 10 tháng năm 2024, các cơ sở đã sản xuất hơn 850 tấn miến, đạt 85% kế hoạch năm, doanh thu trên 55 tỷ đồng.

Giá miến dong loại 1 hiện bán tại xưởng 75.000-80.000 đồng/kg, loại 2 khoảng 60 ngàn đồng/kg. Giá củ dong thu mua đầu vụ từ 2.200 đến 2.500 đồng/kg, thấp hơn khoảng 300 đồng/kg so với vụ trước.

Theo Phòng Tài nguyên và Môi trường huyện, mỗi tấn củ dong khi chế biến thải ra từ 8 đến 10 m³ nước thải; hiện mới có 19/57 hộ có bể lắng, xử lý nước thải. Theo Kế hoạch số 168/KH-UBND, năm 2025 huyện phấn đấu 100% hộ chế biến có hệ thống xử lý nước thải, phát triển vùng nguyên liệu lên 350 ha.

Địa chỉ: Tổ 5, thị trấn Yến Lạc, huyện Na Rì, tỉnh Bắc Kạn
Điện thoại: 0209.3884.125 - Email: ubndnari@backan.gov.vn
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("trồng 312 ha", "312", 312, "measure", "ha",
        change=chg("decrease", 46, "ha", "năm 2023"),
        subject="diện tích trồng dong riềng", period=Y24),
    fig("ước đạt 65 tấn", "65", 65, "measure", "tấn/ha", status="estimate",
        subject="năng suất bình quân dong riềng", period=inh(Y24)),
    fig("khoảng 20.280 tấn", "20.280", 20280, "measure", "tấn", approx="about", status="estimate",
        subject="sản lượng củ dong riềng", period=inh(Y24)),
    fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", subject="hợp tác xã chế biến miến dong"),
    fig("và 57 hộ", "57", 57, "count", "hộ", subject="hộ chế biến miến dong"),
    fig("công suất 3 tấn", "3", 3, "measure", "tấn/ngày",
        subject="công suất HTX Nông nghiệp Côn Minh"),
    fig("hơn 850 tấn", "850", 850, "measure", "tấn", approx="over", percent=85,
        subject="miến các cơ sở đã sản xuất", period=M10),
    fig("trên 55 tỷ", "55", 55e9, "money", "đồng", approx="over",
        subject="doanh thu các cơ sở", period=M10),
    fig("75.000-80.000", "75.000", 75000, "money", "đồng/kg", value_max=80000,
        subject="giá miến dong loại 1 bán tại xưởng"),
    fig("khoảng 60 ngàn", "60", 60000, "money", "đồng/kg", approx="about",
        subject="giá miến dong loại 2 bán tại xưởng"),
    fig("từ 2.200 đến 2.500", "2.200", 2200, "money", "đồng/kg", value_max=2500,
        change=chg("decrease", 300, "đồng/kg", "vụ trước", approx="about"),
        subject="giá củ dong thu mua đầu vụ"),
    fig("từ 8 đến 10 m³", "8", 8, "measure", "m³", value_max=10,
        subject="nước thải mỗi tấn củ dong khi chế biến"),
    fig("có 19/57 hộ", "19", 19, "count", "hộ", total=57,
        subject="hộ chế biến có bể lắng, xử lý nước thải"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="hộ chế biến có hệ thống xử lý nước thải", period=Y25),
    fig("lên 350 ha", "350", 350, "measure", "ha", status="target",
        subject="vùng nguyên liệu dong riềng", period=Y25),
]

NOTES = [
    "District portal (huyện Na Rì, Bắc Kạn): dong riềng area, miến dong processing, prices, wastewater. 'Đăng ngày: 05/12/2024'.",
    "Distractors: 'loại 1', 'loại 2' (grade labels), 'Kế hoạch số 168/KH-UBND', 'Tổ 5', phone 0209.3884.125.",
    "'ước đạt 65 tấn củ/ha, sản lượng khoảng 20.280 tấn củ': the estimate cue continues into the next clause; both inherit 'Năm 2024'.",
    "'trong đó HTX ... công suất 3 tấn miến/ngày' is a capacity, not a part of 57 hộ: no total. '60 ngàn' = 60 000.",
    "revised after the first run: units tấn củ/ha -> tấn/ha and tấn miến/ngày -> tấn/ngày (shortest noun phrase; material goes to the subject, as for '20.280 tấn củ');",
    "revised: subject of 55 tỷ -> 'doanh thu các cơ sở' ('chế biến miến' was taken from another sentence).",
    "Location: the district portal's own district, Na Rì (default).",
]

if __name__ == "__main__":
    write("p1123-2", TEXT, NOTES, FIGS, published="2024-12-05", location="Na Rì")
