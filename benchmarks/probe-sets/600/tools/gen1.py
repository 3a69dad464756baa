from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hải Phòng: 6 tháng đầu năm bàn giao 27 tàu, tổng trọng tải hơn 412.000 DWT

Cập nhật: 09/07/2024 15:42

Theo Sở Công Thương thành phố, 6 tháng đầu năm 2024, các doanh nghiệp đóng tàu trên địa bàn đã hoàn thành và bàn giao 27 tàu các loại với tổng trọng tải hơn 412.000 DWT, tăng 35% so với cùng kỳ năm 2023. Trong đó có 19 tàu xuất khẩu, chiếm 70,4% tổng số tàu bàn giao.

Giá trị sản xuất ngành đóng và sửa chữa tàu biển ước đạt 6.850 tỷ đồng, đạt 52,7% kế hoạch năm; kim ngạch xuất khẩu tàu biển ước đạt 318,5 triệu USD, tăng 21,6% so với cùng kỳ.

Các đơn vị bàn giao nhiều tàu nhất gồm: Công ty TNHH Đóng tàu Damen - Sông Cấm (9 tàu), Tổng công ty Công nghiệp tàu thủy Bạch Đằng (6 tàu), Công ty Đóng tàu Phà Rừng (4 tàu). Riêng Nhà máy Z189 bàn giao 3 tàu tuần tra và tàu dịch vụ dầu khí.

Về sửa chữa, các nhà máy đã sửa chữa 146 lượt tàu, tăng 12 lượt so với cùng kỳ, doanh thu sửa chữa khoảng 520 tỷ đồng.

Hiện nay, toàn ngành có khoảng 11.500 lao động, trong đó lao động kỹ thuật (thợ hàn, thợ vỏ, thợ máy) chiếm trên 60%. Thu nhập bình quân đạt 11,2 triệu đồng/người/tháng.

Tính đến ngày 30/6/2024, các doanh nghiệp đã ký 54 hợp đồng đóng mới với tổng giá trị gần 1,2 tỷ USD, đủ việc làm đến hết năm 2026. Lượng thép đóng tàu tiêu thụ trong 6 tháng ước khoảng 68.000 tấn.

Phấn đấu cả năm 2024, ngành đóng tàu thành phố bàn giao từ 50 đến 55 tàu, giá trị sản xuất đạt 13.000 tỷ đồng.

Lượt xem: 2.481

Sở Công Thương Hải Phòng - Số 1 Hoàng Văn Thụ, quận Hồng Bàng. Điện thoại: 0225.3842.687
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("bàn giao 27 tàu, tổng", "27", 27, "count", "tàu", "tàu bàn giao",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("hơn 412.000 DWT\n", "412.000", 412000, "measure", "DWT", "tổng trọng tải tàu bàn giao",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("bàn giao 27 tàu các loại", "27", 27, "count", "tàu", "tàu các loại hoàn thành và bàn giao", H1),
    F("hơn 412.000 DWT,", "412.000", 412000, "measure", "DWT", "tổng trọng tải tàu bàn giao", H1,
      approx="over", change=CH("increase", 35, "%", "cùng kỳ năm 2023")),
    F("có 19 tàu xuất khẩu", "19", 19, "count", "tàu", "tàu xuất khẩu", H1i, total=27, percent=70.4),
    F("ước đạt 6.850 tỷ đồng", "6.850", 6850e9, "money", "đồng", "giá trị sản xuất ngành đóng và sửa chữa tàu biển",
      H1i, percent=52.7, status="estimate"),
    F("ước đạt 318,5 triệu USD", "318,5", 318.5e6, "money", "USD", "kim ngạch xuất khẩu tàu biển", H1i,
      change=CH("increase", 21.6, "%", "cùng kỳ"), status="estimate"),
    F("Sông Cấm (9 tàu)", "9", 9, "count", "tàu", "tàu bàn giao của Công ty TNHH Đóng tàu Damen - Sông Cấm", H1i),
    F("Bạch Đằng (6 tàu)", "6", 6, "count", "tàu", "tàu bàn giao của Tổng công ty Công nghiệp tàu thủy Bạch Đằng", H1i),
    F("Phà Rừng (4 tàu)", "4", 4, "count", "tàu", "tàu bàn giao của Công ty Đóng tàu Phà Rừng", H1i),
    F("bàn giao 3 tàu tuần tra", "3", 3, "count", "tàu", "tàu tuần tra và tàu dịch vụ dầu khí Nhà máy Z189 bàn giao", H1i),
    F("sửa chữa 146 lượt tàu", "146", 146, "count", "lượt tàu", "lượt tàu sửa chữa", H1i,
      change=CH("increase", 12, "lượt", "cùng kỳ")),
    F("khoảng 520 tỷ đồng", "520", 520e9, "money", "đồng", "doanh thu sửa chữa", H1i, approx="about"),
    F("khoảng 11.500 lao động", "11.500", 11500, "count", "lao động", "lao động toàn ngành", approx="about"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "lao động kỹ thuật trong lao động toàn ngành", approx="over"),
    F("11,2 triệu đồng/người/tháng", "11,2", 11.2e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("ký 54 hợp đồng", "54", 54, "count", "hợp đồng", "hợp đồng đóng mới đã ký", ASOF),
    F("gần 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", "tổng giá trị hợp đồng đóng mới", ASOF, approx="nearly"),
    F("ước khoảng 68.000 tấn", "68.000", 68000, "measure", "tấn", "lượng thép đóng tàu tiêu thụ",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="about", status="estimate"),
    F("từ 50 đến 55 tàu", "50", 50, "count", "tàu", "tàu bàn giao", Y24, value_max=55, status="target"),
    F("đạt 13.000 tỷ đồng", "13.000", 13000e9, "money", "đồng", "giá trị sản xuất ngành đóng tàu", Y24, status="target"),
]

COMMENTS = [
    "Hải Phòng city portal (breadcrumb, Cập nhật line, Lượt xem counter): shipbuilding results in H1/2024.",
    "Headline period '6 tháng đầu năm' takes the year of published (2024). The 35% change follows the tonnage, the nearest figure.",
    "Yard list after 'gồm:' has no whole before the cue in its sentence (27 is in another paragraph), so no total; companies are subjects, not places.",
    "Distractors: Nhà máy Z189, 'đến hết năm 2026', Lượt xem, address Số 1 Hoàng Văn Thụ, phone.",
    "'Hiện nay' sentences carry no period. 'Phấn đấu cả năm 2024' -> target, carrying into the continuing clause.",
]

emit("p600-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Hải Phòng")
