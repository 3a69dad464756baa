"""p777-1: Lai Châu province portal — brocade weaving output, revenue, co-operatives, OCOP (6 tháng 2024)."""
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 18/07/2024 08:30
Lượt xem: 1.482

Doanh thu từ thổ cẩm 6 tháng đầu năm đạt hơn 14 tỷ đồng

Theo Sở Công Thương, 6 tháng đầu năm 2024, các hợp tác xã, tổ hợp tác và hộ làm nghề dệt thổ cẩm trên địa bàn tỉnh Lai Châu sản xuất khoảng 38.500 sản phẩm các loại, tăng 12,4% so với cùng kỳ năm 2023; doanh thu đạt hơn 14 tỷ đồng, bằng 58,3% kế hoạch năm.

Toàn tỉnh hiện có 27 hợp tác xã và 46 tổ hợp tác dệt thổ cẩm với 2.315 lao động, trong đó lao động nữ chiếm 94,6%. Các hợp tác xã tập trung ở các huyện Sìn Hồ (9 hợp tác xã), Phong Thổ (7 hợp tác xã), Tam Đường (6 hợp tác xã) và Than Uyên (3 hợp tác xã). Thu nhập bình quân của thợ dệt từ 3 đến 4,5 triệu đồng/người/tháng.

Đến nay, tỉnh có 11 sản phẩm thổ cẩm đạt chuẩn OCOP, trong đó 2 sản phẩm đạt 4 sao, 9 sản phẩm đạt 3 sao. Năm 2023, thực hiện Quyết định số 1236/QĐ-UBND ngày 12/10/2022 của UBND tỉnh, nguồn vốn Chương trình mục tiêu quốc gia (Dự án 6) đã hỗ trợ 3,25 tỷ đồng mua 410 khung dệt, mở 14 lớp truyền dạy nghề cho gần 350 học viên.

Theo kế hoạch, phấn đấu đến năm 2025 toàn tỉnh có 35 hợp tác xã dệt thổ cẩm và ít nhất 15 sản phẩm thổ cẩm đạt chuẩn OCOP; doanh thu năm 2024 dự kiến đạt 24 tỷ đồng.

Liên hệ: Phòng Quản lý Công nghiệp, Sở Công Thương, số 258 đường Trần Phú, phường Tân Phong, TP Lai Châu; điện thoại 0213.3876.125.
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1B = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Đến nay", None, "2024-07-18")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("năm đạt hơn 14 tỷ đồng", "14", 14e9, "money", "đồng", "doanh thu từ thổ cẩm", H1, approx="over"),
    fig("khoảng 38.500 sản phẩm", "38.500", 38500, "count", "sản phẩm",
        "sản phẩm các loại do các hợp tác xã, tổ hợp tác và hộ làm nghề dệt thổ cẩm sản xuất", H1B,
        approx="about", change=ch("increase", 12.4, baseline="cùng kỳ năm 2023")),
    fig("doanh thu đạt hơn 14 tỷ đồng", "14", 14e9, "money", "đồng", "doanh thu nghề dệt thổ cẩm", H1B,
        approx="over", percent=58.3),
    fig("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm"),
    fig("46 tổ hợp tác", "46", 46, "count", "tổ hợp tác", "tổ hợp tác dệt thổ cẩm"),
    fig("với 2.315 lao động", "2.315", 2315, "count", "lao động", "lao động của các hợp tác xã, tổ hợp tác dệt thổ cẩm"),
    fig("chiếm 94,6%", "94,6", 94.6, "percent", "%", "tỷ lệ lao động nữ trong lao động dệt thổ cẩm"),
    fig("(9 hợp tác xã)", "9", 9, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm", location="Sìn Hồ"),
    fig("(7 hợp tác xã)", "7", 7, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm", location="Phong Thổ"),
    fig("(6 hợp tác xã)", "6", 6, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm", location="Tam Đường"),
    fig("(3 hợp tác xã)", "3", 3, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm", location="Than Uyên"),
    fig("từ 3 đến 4,5", "3", 3e6, "money", "đồng/người/tháng", "thu nhập bình quân của thợ dệt", value_max=4.5e6),
    fig("có 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm thổ cẩm đạt chuẩn OCOP", NOW),
    fig("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm thổ cẩm đạt chuẩn OCOP 4 sao", NOW, total=11),
    fig("9 sản phẩm đạt 3 sao", "9", 9, "count", "sản phẩm", "sản phẩm thổ cẩm đạt chuẩn OCOP 3 sao", NOW, total=11),
    fig("hỗ trợ 3,25 tỷ đồng", "3,25", 3.25e9, "money", "đồng",
        "vốn Chương trình mục tiêu quốc gia hỗ trợ mua khung dệt, mở lớp truyền dạy nghề", Y23),
    fig("mua 410 khung dệt", "410", 410, "count", "khung dệt", "khung dệt được hỗ trợ mua", Y23),
    fig("mở 14 lớp", "14", 14, "count", "lớp", "lớp truyền dạy nghề", Y23),
    fig("gần 350 học viên", "350", 350, "count", "học viên", "học viên lớp truyền dạy nghề", Y23, approx="nearly"),
    fig("có 35 hợp tác xã", "35", 35, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm", T25, status="target"),
    fig("ít nhất 15 sản phẩm", "15", 15, "count", "sản phẩm", "sản phẩm thổ cẩm đạt chuẩn OCOP", T25,
        approx="at_least", status="target"),
    fig("dự kiến đạt 24 tỷ đồng", "24", 24e9, "money", "đồng", "doanh thu", Y24, status="forecast"),
]

COMMENTS = [
    "Lai Châu province portal (breadcrumb, Cập nhật, Lượt xem): brocade weaving in the first half of 2024.",
    "Headline '6 tháng đầu năm' takes 2024 from the Cập nhật line above it. 'Hiện có' sentences get no period.",
    "District list (9/7/6/3 = 25, not the 27 co-operatives, no part-of cue): no total; districts are locations.",
    "'lao động nữ chiếm 94,6%' is a share of a part that has no count: its own percent figure, not the 2.315's percent.",
    "OCOP star grades ('4 sao', '3 sao') are classes like 'mức độ 3, 4': not figures. 'Dự án 6', document numbers,",
    "address 'số 258', phone and 'Lượt xem: 1.482' are not figures. 'dự kiến' in the target sentence makes the 24 tỷ a forecast.",
]

if __name__ == "__main__":
    emit("p777-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Lai Châu")
