"""p654-5: Báo Bình Định (Party newspaper) — làng mai vàng An Nhơn, Tết Giáp Thìn 2024."""
from lib import emit, fig, per, year, chg

TEXT = """BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Kinh tế » Nông nghiệp

Làng mai An Nhơn vượt khó sau mưa lũ, đưa 1,5 triệu chậu mai ra thị trường Tết

(BĐ) - Vụ Tết Giáp Thìn 2024, thị xã An Nhơn có khoảng 1.450 hộ trồng mai vàng với diện tích 335 ha, sản xuất hơn 1,5 triệu chậu mai, tăng 7% so với năm trước. Trong đó, xã Nhơn An có 620 hộ, phường Nhơn Hưng 410 hộ.

Đợt mưa lũ lớn trong tháng 11/2023 làm hơn 120.000 chậu mai bị ngập sâu, trong đó khoảng 18.000 chậu bị chết, thiệt hại ước 9 tỷ đồng. Ông Võ Văn Tính (xã Nhơn An) cho biết gia đình có 1.200 chậu mai, bị chết khoảng 150 chậu do ngập.

Hiện mai ghép giá từ 300.000 đến 1 triệu đồng/chậu, mai bonsai dáng đẹp từ 5 đến 30 triệu đồng/chậu; một số cây mai cổ thụ có giá hàng trăm triệu đồng. Bình quân mỗi ha mai vàng cho thu nhập 400-500 triệu đồng/năm.

Năm 2023, doanh thu từ mai vàng của thị xã đạt khoảng 350 tỷ đồng, chiếm gần 40% giá trị sản xuất nông nghiệp. Toàn tỉnh Bình Định hiện có khoảng 2.300 ha mai vàng, trong đó An Nhơn chiếm 14,6%.

Thị xã phấn đấu đến năm 2025 có 400 ha mai vàng, trong đó 50 ha đạt tiêu chuẩn VietGAP. Chợ hoa Xuân Giáp Thìn của thị xã bố trí trên đường Trần Phú và Quốc lộ 19 (đoạn qua phường Bình Định) với 180 gian hàng, khai mạc ngày 2/2/2024 (23 tháng Chạp).

Theo ông Nguyễn Văn Quang, Trưởng phòng Kinh tế thị xã, để giữ thương hiệu làng mai, địa phương hỗ trợ nông dân xây dựng 2 hợp tác xã chuyên mai và đăng ký nhãn hiệu tập thể "Mai vàng An Nhơn".

NGUYỄN HÂN
05/02/2024
"""

N11 = per("tháng 11/2023", "2023-11-01", "2023-11-30")
T25 = per("đến năm 2025", end="2025-12-31")
FIGS = [
    fig("đưa 1,5 triệu chậu", "1,5", 1.5e6, "count", "chậu", "chậu mai đưa ra thị trường Tết"),
    fig("khoảng 1.450 hộ", "1.450", 1450, "count", "hộ", "hộ trồng mai vàng", approx="about"),
    fig("diện tích 335 ha", "335", 335, "measure", "ha", "diện tích mai vàng"),
    fig("hơn 1,5 triệu chậu", "1,5", 1.5e6, "count", "chậu", "chậu mai sản xuất", approx="over",
        change=chg("increase", 7, baseline="năm trước")),
    fig("có 620 hộ", "620", 620, "count", "hộ", "hộ trồng mai vàng xã Nhơn An", total=1450),
    fig("Nhơn Hưng 410 hộ", "410", 410, "count", "hộ", "hộ trồng mai vàng phường Nhơn Hưng", total=1450),
    fig("hơn 120.000 chậu", "120.000", 120000, "count", "chậu", "chậu mai bị ngập sâu do mưa lũ", approx="over", period=N11),
    fig("khoảng 18.000 chậu", "18.000", 18000, "count", "chậu", "chậu mai bị chết", approx="about", total=120000, period=N11),
    fig("ước 9 tỷ", "9", 9e9, "money", "đồng", "thiệt hại do mưa lũ", status="estimate", period=N11),
    fig("có 1.200 chậu", "1.200", 1200, "count", "chậu", "chậu mai của gia đình ông Võ Văn Tính"),
    fig("khoảng 150 chậu", "150", 150, "count", "chậu", "chậu mai bị chết do ngập", approx="about"),
    fig("từ 300.000 đến 1 triệu", "300.000", 300000, "money", "đồng/chậu", "giá mai ghép", value_max=1e6),
    fig("từ 5 đến 30 triệu", "5", 5e6, "money", "đồng/chậu", "giá mai bonsai dáng đẹp", value_max=30e6),
    fig("hàng trăm triệu", "trăm", 100e6, "money", "đồng", "giá cây mai cổ thụ", approx="about", optional=True),
    fig("thu nhập 400-500", "400", 400e6, "money", "đồng/ha/năm", "thu nhập bình quân mỗi ha mai vàng", value_max=500e6),
    fig("khoảng 350 tỷ", "350", 350e9, "money", "đồng", "doanh thu từ mai vàng", approx="about", percent=40,
        period=year(2023, "Năm 2023")),
    fig("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích mai vàng", approx="about", location="Bình Định"),
    fig("chiếm 14,6%", "14,6", 14.6, "percent", "%", "tỷ trọng diện tích mai vàng của An Nhơn trong toàn tỉnh"),
    fig("có 400 ha", "400", 400, "measure", "ha", "diện tích mai vàng", status="target", period=T25),
    fig("trong đó 50 ha", "50", 50, "measure", "ha", "diện tích mai vàng đạt tiêu chuẩn VietGAP", status="target",
        total=400, period=T25),
    fig("với 180 gian", "180", 180, "count", "gian hàng", "gian hàng chợ hoa Xuân Giáp Thìn"),
    fig("xây dựng 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã chuyên mai được hỗ trợ xây dựng"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper): làng mai vàng An Nhơn — households, area, pots, Nov-2023 flood losses, prices, income/ha, 2023 revenue,",
    "province area, 2025 target, market stalls. Byline 'NGUYỄN HÂN' and bare date '05/02/2024' at the end give `published`.",
    "Thị xã An Nhơn is district-level: location 'An Nhơn'; its communes (Nhơn An, Nhơn Hưng) stay 'An Nhơn'; the province total is 'Bình Định'.",
    "'hàng trăm triệu đồng' (a vague amount) is optional; 'An Nhơn chiếm 14,6%' (share of a part with no amount) is a percent figure.",
    "Not figures: 'Quốc lộ 19', 'ngày 2/2/2024 (23 tháng Chạp)', 'Tết Giáp Thìn 2024', '(BĐ)'. 'chiếm gần 40%' is the 350 tỷ's percent.",
]

if __name__ == "__main__":
    emit("p654-5", TEXT, COMMENTS, FIGS, published="2024-02-05", location="An Nhơn")
