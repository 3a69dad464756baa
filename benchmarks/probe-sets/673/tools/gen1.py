import sys
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Vĩnh Phúc: Gần 320 ha sản xuất nông nghiệp ứng dụng công nghệ cao
Cập nhật: 18/07/2024 08:45
Lượt xem: 1.582

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có gần 320 ha sản xuất nông nghiệp ứng dụng công nghệ cao, tăng 8,4% so với cùng kỳ. Các địa phương có diện tích lớn là huyện Vĩnh Tường (86,5 ha), huyện Yên Lạc (72,3 ha), huyện Tam Dương (51 ha) và thành phố Phúc Yên (24,8 ha).

Riêng diện tích nhà màng, nhà lưới đạt 486.000 m², gồm 412.500 m² nhà màng và 73.500 m² nhà lưới. Toàn tỉnh hiện có 37 mô hình trồng rau, dưa lưới thủy canh với tổng diện tích khoảng 5,2 ha; diện tích áp dụng tưới nhỏ giọt, tưới phun mưa tiết kiệm nước đạt 1.146 ha, trong đó tưới nhỏ giọt 318 ha.

Giá trị sản xuất bình quân trên 1 ha đất nông nghiệp ứng dụng công nghệ cao ước đạt 650 triệu đồng/ha/năm. Con số này gấp 3,1 lần so với sản xuất truyền thống. Một số mô hình trồng dưa lưới trong nhà màng tại xã Đại Đồng (huyện Vĩnh Tường) cho thu nhập từ 1,2 đến 1,5 tỷ đồng/ha/năm.

Đến nay, toàn tỉnh có 21 doanh nghiệp, 34 hợp tác xã đầu tư sản xuất nông nghiệp ứng dụng công nghệ cao; 3 doanh nghiệp được công nhận là doanh nghiệp nông nghiệp ứng dụng công nghệ cao.

Thực hiện Nghị quyết số 05/2022/NQ-HĐND của HĐND tỉnh, 6 tháng đầu năm, tỉnh đã hỗ trợ 14,7 tỷ đồng cho 126 dự án, mô hình, trong đó hỗ trợ xây dựng nhà màng, nhà lưới 9,3 tỷ đồng.

Phấn đấu đến năm 2025, diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt 450 ha, giá trị sản xuất bình quân đạt trên 700 triệu đồng/ha/năm.

Cổng Thông tin - Giao tiếp điện tử tỉnh Vĩnh Phúc
Địa chỉ: số 38 Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên. Điện thoại: 0211.3862.480
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NOW = per("Đến nay", None, "2024-07-18")
T25 = per("đến năm 2025", None, "2025-12-31")
S_AREA = "diện tích sản xuất nông nghiệp ứng dụng công nghệ cao"

F = [
    fig("Gần 320 ha", "320", 320, "measure", "ha", S_AREA, inh(H1), approx="nearly"),
    fig("có gần 320 ha", "320", 320, "measure", "ha", S_AREA, H1, approx="nearly",
        change=chg("increase", 8.4, "%", "cùng kỳ")),
    fig("(86,5 ha)", "86,5", 86.5, "measure", "ha", S_AREA, inh(H1), location="Vĩnh Tường"),
    fig("(72,3 ha)", "72,3", 72.3, "measure", "ha", S_AREA, inh(H1), location="Yên Lạc"),
    fig("(51 ha)", "51", 51, "measure", "ha", S_AREA, inh(H1), location="Tam Dương"),
    fig("(24,8 ha)", "24,8", 24.8, "measure", "ha", S_AREA, inh(H1), location="Phúc Yên"),
    fig("đạt 486.000 m²", "486.000", 486000, "measure", "m²", "diện tích nhà màng, nhà lưới", inh(H1)),
    fig("412.500 m² nhà màng", "412.500", 412500, "measure", "m²", "diện tích nhà màng", inh(H1), total=486000),
    fig("73.500 m² nhà lưới", "73.500", 73500, "measure", "m²", "diện tích nhà lưới", inh(H1), total=486000),
    fig("37 mô hình", "37", 37, "count", "mô hình", "mô hình trồng rau, dưa lưới thủy canh"),
    fig("khoảng 5,2 ha", "5,2", 5.2, "measure", "ha", "tổng diện tích mô hình trồng rau, dưa lưới thủy canh",
        approx="about"),
    fig("đạt 1.146 ha", "1.146", 1146, "measure", "ha",
        "diện tích áp dụng tưới nhỏ giọt, tưới phun mưa tiết kiệm nước"),
    fig("tưới nhỏ giọt 318 ha", "318", 318, "measure", "ha", "diện tích tưới nhỏ giọt", total=1146),
    fig("ước đạt 650 triệu", "650", 650000000, "money", "đồng/ha/năm",
        "giá trị sản xuất bình quân trên 1 ha đất nông nghiệp ứng dụng công nghệ cao", inh(H1), status="estimate"),
    fig("gấp 3,1 lần", "3,1", 3.1, "multiple", "lần",
        "giá trị sản xuất trên 1 ha đất nông nghiệp ứng dụng công nghệ cao so với sản xuất truyền thống"),
    fig("từ 1,2 đến 1,5 tỷ", "1,2", 1200000000, "money", "đồng/ha/năm",
        "thu nhập của mô hình trồng dưa lưới trong nhà màng", value_max=1500000000, location="Vĩnh Tường"),
    fig("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp",
        "doanh nghiệp đầu tư sản xuất nông nghiệp ứng dụng công nghệ cao", NOW),
    fig("34 hợp tác xã", "34", 34, "count", "hợp tác xã",
        "hợp tác xã đầu tư sản xuất nông nghiệp ứng dụng công nghệ cao", NOW),
    fig("; 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        "doanh nghiệp được công nhận là doanh nghiệp nông nghiệp ứng dụng công nghệ cao", NOW),
    fig("hỗ trợ 14,7 tỷ", "14,7", 14700000000, "money", "đồng", "kinh phí hỗ trợ theo Nghị quyết số 05/2022/NQ-HĐND", H1b),
    fig("126 dự án", "126", 126, "count", "dự án, mô hình", "dự án, mô hình được hỗ trợ", H1b),
    fig("nhà lưới 9,3 tỷ", "9,3", 9300000000, "money", "đồng", "kinh phí hỗ trợ xây dựng nhà màng, nhà lưới", H1b,
        total=14700000000),
    fig("đạt 450 ha", "450", 450, "measure", "ha", S_AREA, T25, status="target"),
    fig("trên 700 triệu", "700", 700000000, "money", "đồng/ha/năm", "giá trị sản xuất bình quân", T25,
        approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Vĩnh Phúc: nông nghiệp ứng dụng công nghệ cao 6 tháng đầu năm 2024 (invented article, probe set 673).",
    "Not figures: 'Cập nhật: 18/07/2024 08:45', 'Lượt xem: 1.582', 'Nghị quyết số 05/2022/NQ-HĐND', 'số 38 Nguyễn Trãi',",
    "'0211.3862.480', the rate denominator 'trên 1 ha đất'. District items in brackets: district in location, no total",
    "(no cue, do not add up). 'gồm' parts in m² add up to 486.000 m². 'Con số này gấp 3,1 lần' stands as its own sentence: a multiple.",
    "'Đến nay' ends at the dateline. '; 3 doanh nghiệp' has no part-of cue: no total.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-1", TEXT, COMMENTS, F, published="2024-07-18", location="Vĩnh Phúc") else 1)
