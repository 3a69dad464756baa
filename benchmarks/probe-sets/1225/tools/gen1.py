"""p1225-1: province portal (Lai Châu), mỏ đất hiếm Đông Pao, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 15/10/2024 08:30 | Lượt xem: 2.415

Mỏ đất hiếm Đông Pao: 9 tháng nộp ngân sách hơn 86 tỷ đồng

Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, Công ty cổ phần Đất hiếm Lai Châu đã khai thác 148.500 tấn quặng tại mỏ đất hiếm Đông Pao, đạt 74,3% kế hoạch năm, tăng 12,6% so với cùng kỳ năm 2023. Trong đó, quặng nghèo 96.200 tấn, quặng giàu 52.300 tấn; hàm lượng tổng oxit đất hiếm (TR2O3) trung bình khoảng 4,8%.

Doanh nghiệp đã nộp ngân sách nhà nước hơn 86 tỷ đồng, bằng 81% dự toán năm, trong đó tiền cấp quyền khai thác khoáng sản 31,4 tỷ đồng. Quý IV, công ty dự kiến khai thác thêm khoảng 50.000 tấn quặng.

Mỏ có diện tích khai thác 2,36 km2, trữ lượng được phê duyệt gần 5,3 triệu tấn quặng, công suất thiết kế 200.000 tấn quặng/năm. Dự án hiện sử dụng 412 lao động, trong đó 287 người là đồng bào địa phương, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Tại xã Bản Hon (huyện Tam Đường), nơi có khai trường chính, từ năm 2022 đến nay doanh nghiệp đã hỗ trợ 4,5 tỷ đồng làm đường giao thông, nhà văn hóa bản; 36 hộ có đất bị thu hồi được bố trí tái định cư tại bản Thẳm, mỗi hộ được hỗ trợ từ 80 đến 120 triệu đồng. Tỷ lệ hộ nghèo của xã giảm từ 31,2% năm 2021 xuống còn 18,6%.

Năm 2025, tỉnh phấn đấu thu ngân sách từ hoạt động khai thác đất hiếm đạt 150 tỷ đồng, đồng thời nâng cấp đường tỉnh 132 nối khu mỏ với Quốc lộ 4D.

Tin cùng chuyên mục
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-10-15")
Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TD = "Tam Đường"

FIGS = [
    fig("nộp ngân sách hơn 86 tỷ", "86", 86e9, "money", "đồng", approx="over",
        subject="ngân sách nộp từ mỏ đất hiếm Đông Pao", period=NINE_HEAD),
    fig("khai thác 148.500 tấn", "148.500", 148500, "measure", "tấn", percent=74.3,
        change=chg("increase", 12.6, "%", "cùng kỳ năm 2023"),
        subject="quặng khai thác tại mỏ đất hiếm Đông Pao", period=NINE),
    fig("quặng nghèo 96.200 tấn", "96.200", 96200, "measure", "tấn", total=148500,
        subject="quặng nghèo khai thác", period=inh(NINE)),
    fig("quặng giàu 52.300 tấn", "52.300", 52300, "measure", "tấn", total=148500,
        subject="quặng giàu khai thác", period=inh(NINE)),
    fig("khoảng 4,8%", "4,8", 4.8, "percent", "%", approx="about",
        subject="hàm lượng tổng oxit đất hiếm (TR2O3) trung bình", period=inh(NINE)),
    fig("nhà nước hơn 86 tỷ", "86", 86e9, "money", "đồng", approx="over", percent=81,
        subject="ngân sách nhà nước doanh nghiệp đã nộp", period=inh(NINE)),
    fig("khoáng sản 31,4 tỷ", "31,4", 31.4e9, "money", "đồng", total=86e9,
        subject="tiền cấp quyền khai thác khoáng sản", period=inh(NINE)),
    fig("khoảng 50.000 tấn", "50.000", 50000, "measure", "tấn", approx="about", status="forecast",
        subject="quặng khai thác thêm", period=Q4),
    fig("khai thác 2,36 km2", "2,36", 2.36, "measure", "km2", subject="diện tích khai thác của mỏ"),
    fig("gần 5,3 triệu", "5,3", 5.3e6, "measure", "tấn", approx="nearly",
        subject="trữ lượng quặng được phê duyệt"),
    fig("thiết kế 200.000 tấn", "200.000", 200000, "measure", "tấn/năm",
        subject="công suất thiết kế của mỏ"),
    fig("sử dụng 412 lao động", "412", 412, "count", "lao động", subject="lao động dự án sử dụng"),
    fig("trong đó 287 người", "287", 287, "count", "người", total=412,
        subject="lao động là đồng bào địa phương"),
    fig("9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("hỗ trợ 4,5 tỷ", "4,5", 4.5e9, "money", "đồng",
        subject="kinh phí doanh nghiệp hỗ trợ làm đường giao thông, nhà văn hóa bản", period=SINCE, location=TD),
    fig("bản; 36 hộ", "36", 36, "count", "hộ",
        subject="hộ có đất bị thu hồi được bố trí tái định cư", period=SINCE, location=TD),
    fig("từ 80 đến 120 triệu", "80", 80e6, "money", "đồng/hộ", value_max=120e6,
        subject="mức hỗ trợ mỗi hộ tái định cư", period=SINCE, location=TD),
    fig("từ 31,2% năm 2021", "31,2", 31.2, "percent", "%",
        subject="tỷ lệ hộ nghèo của xã Bản Hon", period=Y21, location=TD),
    fig("còn 18,6%", "18,6", 18.6, "percent", "%",
        subject="tỷ lệ hộ nghèo của xã Bản Hon", location=TD),
    fig("đạt 150 tỷ", "150", 150e9, "money", "đồng", status="target",
        subject="thu ngân sách từ hoạt động khai thác đất hiếm", period=Y25),
]

NOTES = [
    "Province portal (Lai Châu): mỏ đất hiếm Đông Pao, 9 months of 2024. Breadcrumb; 'Cập nhật: 15/10/2024 08:30 | Lượt xem: 2.415' (published).",
    "Distractors: view counter 2.415, time 08:30, 'TR2O3' (chemical formula), 'km2', 'đường tỉnh 132', 'Quốc lộ 4D'.",
    "Headline '9 tháng' (no year) takes 2024 from the dateline. 'Trong đó' parts of 148.500 tấn get the whole; 31,4 tỷ is part of 86 tỷ.",
    "The mine passage names no district: Lai Châu. The xã Bản Hon passage names huyện Tam Đường: its figures get Tam Đường.",
    "'giảm từ 31,2% năm 2021 xuống còn 18,6%' is two facts (before / now), not a range; 18,6% states no period ('now').",
    "'từ năm 2022 đến nay' runs to the dateline and covers both clauses of its sentence.",
]

if __name__ == "__main__":
    write("p1225-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Lai Châu")
