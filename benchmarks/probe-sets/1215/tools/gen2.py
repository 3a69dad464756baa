"""p1215-2: district portal (huyện Đức Hòa, Long An): Tết bonus and a shoe company in xã Hựu Thạnh."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Doanh nghiệp giày da thưởng Tết bình quân 1,5 tháng lương

Thứ Tư, 15/01/2025 - 14:20

Năm 2024, trên địa bàn huyện có 27 doanh nghiệp sản xuất giày dép, túi xách đang hoạt động, tập trung ở các khu công nghiệp Đức Hòa 1, Tân Đức và Xuyên Á, sử dụng gần 38.500 lao động; trong đó lao động nữ chiếm khoảng 72%.

Theo Phòng Lao động - Thương binh và Xã hội huyện, mức thưởng Tết Ất Tỵ 2025 bình quân của khối doanh nghiệp giày da là 1,5 tháng lương (khoảng 11,2 triệu đồng/người); mức thưởng cao nhất 65 triệu đồng, thấp nhất 2 triệu đồng. Có 3 doanh nghiệp chưa xây dựng phương án thưởng Tết.

Tại xã Hựu Thạnh, Công ty TNHH Giày Vĩnh Thành hiện có 4.260 công nhân, trong đó hơn 1.900 người là lao động địa phương. Năm 2024, công ty xuất khẩu 7,8 triệu đôi giày sang Mỹ, EU và Nhật Bản, doanh thu đạt 142 triệu USD, tăng 9,3% so với năm 2023. Lương bình quân của công nhân là 8,9 triệu đồng/người/tháng; công nhân ở trọ được hỗ trợ thêm 400.000 đồng/tháng. Công ty bố trí hai ca làm việc, mỗi ca 8 giờ.

Ông Lê Văn Tâm, Phó Giám đốc công ty cho biết, đơn hàng quý I/2025 đã kín, dự kiến cần tuyển thêm khoảng 300 lao động cho chuyền gò ráp.

Năm 2025, huyện phấn đấu thu hút thêm từ 2 đến 3 dự án sản xuất nguyên phụ liệu ngành giày, nâng tỷ lệ lao động qua đào tạo trong các doanh nghiệp giày da lên trên 70%.

Thanh Tâm (Phòng VH-TT huyện)

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An - ĐT: 0272.3850.123
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24c = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TET = "thưởng Tết Ất Tỵ 2025 bình quân của khối doanh nghiệp giày da"
FIGS = [
    fig("bình quân 1,5 tháng lương", "1,5", 1.5, "measure", "tháng lương",
        subject="thưởng Tết bình quân của doanh nghiệp giày da"),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách đang hoạt động", period=Y24),
    fig("gần 38.500 lao động", "38.500", 38500, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất giày dép, túi xách", period=Y24),
    fig("chiếm khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="tỷ lệ lao động nữ", period=inh(Y24)),
    fig("là 1,5 tháng lương", "1,5", 1.5, "measure", "tháng lương", subject=TET),
    fig("khoảng 11,2 triệu", "11,2", 11.2e6, "money", "đồng/người", approx="about", subject=TET),
    fig("cao nhất 65 triệu", "65", 65e6, "money", "đồng", subject="mức thưởng Tết cao nhất"),
    fig("thấp nhất 2 triệu", "2", 2e6, "money", "đồng", subject="mức thưởng Tết thấp nhất"),
    fig("Có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp chưa xây dựng phương án thưởng Tết"),
    fig("có 4.260 công nhân", "4.260", 4260, "count", "công nhân",
        subject="công nhân Công ty TNHH Giày Vĩnh Thành"),
    fig("hơn 1.900 người", "1.900", 1900, "count", "người", approx="over", total=4260,
        subject="công nhân là lao động địa phương"),
    fig("xuất khẩu 7,8 triệu đôi", "7,8", 7.8e6, "count", "đôi giày",
        subject="giày công ty xuất khẩu", period=Y24c),
    fig("đạt 142 triệu USD", "142", 142e6, "money", "USD",
        change=chg("increase", 9.3, "%", "năm 2023"), subject="doanh thu công ty", period=Y24c),
    fig("là 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="lương bình quân của công nhân", period=inh(Y24c)),
    fig("thêm 400.000 đồng/tháng", "400.000", 400000, "money", "đồng/tháng",
        subject="hỗ trợ công nhân ở trọ"),
    fig("bố trí hai ca", "hai", 2, "count", "ca", subject="ca làm việc"),
    fig("mỗi ca 8 giờ", "8", 8, "measure", "giờ", subject="thời gian mỗi ca làm việc"),
    fig("khoảng 300 lao động", "300", 300, "count", "lao động", approx="about", status="forecast",
        subject="lao động cần tuyển thêm cho chuyền gò ráp", period=Q1),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất nguyên phụ liệu ngành giày thu hút thêm", period=Y25),
    fig("lên trên 70%", "70", 70, "percent", "%", approx="over", status="target",
        subject="tỷ lệ lao động qua đào tạo trong các doanh nghiệp giày da", period=Y25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): dateline 'Thứ Tư, 15/01/2025 - 14:20' (published), byline and address footer at the end.",
    "Distractors: 'khu công nghiệp Đức Hòa 1', 'Tết Ất Tỵ 2025', 'quý I/2025' (order book), 'Khu phố 3', phone 0272.3850.123, time 14:20.",
    "The headline '1,5 tháng lương' and the body's are separate mentions (both figures). '(khoảng 11,2 triệu đồng/người)' restates it in money: own figure.",
    "'trong đó lao động nữ chiếm khoảng 72%' is a percent figure of its own. '1.900 người' after 'trong đó' is part of 4.260 công nhân.",
    "Company figures: xã Hựu Thạnh lies in Đức Hòa, so the default location. 'dự kiến' → forecast; its period quý I/2025 stands in the same",
    "sentence ('đơn hàng quý I/2025 đã kín, dự kiến cần tuyển thêm …'). 'phấn đấu' → target for both figures of the last sentence.",
    "The wage 8,9 triệu takes 'Năm 2024' from the previous sentence (inherited); the 400.000 housing support is a standing rule (no period).",
]

if __name__ == "__main__":
    emit("p1215-2", TEXT, NOTES, FIGS, published="2025-01-15", location="Đức Hòa")
