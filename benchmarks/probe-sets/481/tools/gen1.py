"""p481-1: province portal (Thanh Hóa) — land-use fee revenue, 9 months of 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Thu tiền sử dụng đất 9 tháng đạt 62,4% dự toán
Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.128

(Cổng TTĐT Thanh Hóa) - Theo báo cáo của Sở Tài chính, 9 tháng năm 2024, thu tiền sử dụng đất trên địa bàn tỉnh Thanh Hóa ước đạt 5.615 tỷ đồng, bằng 62,4% dự toán HĐND tỉnh giao (9.000 tỷ đồng), giảm 18,2% so với cùng kỳ năm 2023; trong đó, thu từ đấu giá quyền sử dụng đất đạt 3.870 tỷ đồng, thu từ giao đất không qua đấu giá và chuyển mục đích sử dụng đất đạt 1.745 tỷ đồng. Khoản thu này chiếm khoảng 31% tổng thu ngân sách nội địa của tỉnh.

Một số địa phương có số thu lớn gồm TP Thanh Hóa (1.920 tỷ đồng), thị xã Nghi Sơn (615 tỷ đồng), TP Sầm Sơn (480 tỷ đồng) và huyện Quảng Xương (352 tỷ đồng). Toàn tỉnh có 11/27 huyện, thị xã, thành phố đạt trên 75% kế hoạch thu; 9 địa phương đạt dưới 50%, chủ yếu do thị trường bất động sản trầm lắng, nhiều phiên đấu giá không có người tham gia.

Tại TP Thanh Hóa, giá trúng đấu giá đất ở tại các mặt bằng quy hoạch dao động từ 18 đến 25 triệu đồng/m², có lô trên Đại lộ Lê Lợi đạt 42,5 triệu đồng/m². Giá khởi điểm được xác định theo bảng giá đất nhân hệ số điều chỉnh giá đất năm 2024 ban hành kèm Quyết định số 44/2024/QĐ-UBND.

Dự kiến quý IV/2024, tỉnh sẽ tổ chức đấu giá 146 khu đất với tổng diện tích khoảng 98,6 ha, dự kiến thu khoảng 3.200 tỷ đồng. Sở Tài chính đề nghị các địa phương phấn đấu hoàn thành 100% dự toán thu tiền sử dụng đất năm 2024.

Liên hệ: Sở Tài chính Thanh Hóa, số 28 Đại lộ Lê Lợi, TP Thanh Hóa. ĐT: 0237.3852.366
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T = 1e9

FIGS = [
    fig("9 tháng đạt 62,4% dự toán", "62,4", 62.4, "percent", "%",
        "thu tiền sử dụng đất so với dự toán", per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("ước đạt 5.615 tỷ đồng", "5.615", 5615 * T, "money", "đồng",
        "thu tiền sử dụng đất", P9, percent=62.4,
        change=chg("decrease", 18.2, baseline="cùng kỳ năm 2023"), target=tgt(9000 * T, "đồng"),
        status="estimate"),
    fig("đạt 3.870 tỷ đồng", "3.870", 3870 * T, "money", "đồng",
        "thu từ đấu giá quyền sử dụng đất", P9, total=5615 * T, status="estimate"),
    fig("đạt 1.745 tỷ đồng", "1.745", 1745 * T, "money", "đồng",
        "thu từ giao đất không qua đấu giá và chuyển mục đích sử dụng đất", P9, total=5615 * T,
        status="estimate"),
    fig("chiếm khoảng 31%", "31", 31, "percent", "%",
        "tỷ trọng thu tiền sử dụng đất trong tổng thu ngân sách nội địa", inh(P9), approx="about"),
    fig("(1.920 tỷ đồng)", "1.920", 1920 * T, "money", "đồng", "số thu tiền sử dụng đất", inh(P9),
        location="TP Thanh Hóa"),
    fig("(615 tỷ đồng)", "615", 615 * T, "money", "đồng", "số thu tiền sử dụng đất", inh(P9),
        location="Nghi Sơn"),
    fig("(480 tỷ đồng)", "480", 480 * T, "money", "đồng", "số thu tiền sử dụng đất", inh(P9),
        location="Sầm Sơn"),
    fig("(352 tỷ đồng)", "352", 352 * T, "money", "đồng", "số thu tiền sử dụng đất", inh(P9),
        location="Quảng Xương"),
    fig("11/27 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố đạt trên 75% kế hoạch thu", inh(P9), total=27),
    fig("trên 75% kế hoạch", "75", 75, "percent", "%", "kế hoạch thu", approx="over", optional=True),
    fig("9 địa phương", "9", 9, "count", "địa phương", "địa phương đạt dưới 50% kế hoạch thu", inh(P9)),
    fig("dưới 50%", "50", 50, "percent", "%", "kế hoạch thu", approx="under", optional=True),
    fig("từ 18 đến 25 triệu", "18", 18e6, "money", "đồng/m²",
        "giá trúng đấu giá đất ở tại các mặt bằng quy hoạch", value_max=25e6, location="TP Thanh Hóa"),
    fig("đạt 42,5 triệu", "42,5", 42.5e6, "money", "đồng/m²",
        "giá trúng đấu giá đất ở lô trên Đại lộ Lê Lợi", location="TP Thanh Hóa"),
    fig("đấu giá 146 khu đất", "146", 146, "count", "khu đất", "khu đất tổ chức đấu giá", Q4,
        status="forecast"),
    fig("khoảng 98,6 ha", "98,6", 98.6, "measure", "ha", "tổng diện tích khu đất đấu giá", Q4,
        approx="about", status="forecast"),
    fig("thu khoảng 3.200 tỷ đồng", "3.200", 3200 * T, "money", "đồng", "số thu từ đấu giá", Q4,
        approx="about", status="forecast"),
    fig("hoàn thành 100% dự toán", "100", 100, "percent", "%",
        "tỷ lệ hoàn thành dự toán thu tiền sử dụng đất", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Thanh Hóa: thu tiền sử dụng đất 9 tháng năm 2024, by district; auction prices; Q4 auction plan.",
    "Dateline 'Cập nhật: 14/10/2024 08:45'; 'Lượt xem: 3.128', 'Quyết định số 44/2024/QĐ-UBND', address 'số 28 Đại lộ Lê Lợi',",
    "phone '0237.3852.366' are not figures. '(9.000 tỷ đồng)' after 'dự toán' is the target of 5.615 tỷ (attribute only).",
    "Headline '9 tháng' has no year: the year of published (2024). The district list starts a new sentence: no 'ước', status actual.",
    "'trên 75%'/'dưới 50%' are thresholds of a criterion: optional.",
]

if __name__ == "__main__":
    emit("p481-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thanh Hóa")
