"""p976-1: Bến Tre province portal, nghêu harvest in H1/2024, co-op managed flats."""
from lib import F, P, I, CH, build

TEXT = """Cổng thông tin điện tử tỉnh Bến Tre
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Sản lượng nghêu 6 tháng tăng gần 12%
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, các hợp tác xã (HTX) và tổ hợp tác nghêu trên địa bàn tỉnh ước thu hoạch 9.850 tấn nghêu thương phẩm, tăng 11,8% so với cùng kỳ năm 2023, đạt 52,4% kế hoạch năm. Giá trị sản lượng ước đạt 315 tỷ đồng.

Hiện toàn tỉnh có 2.870 ha bãi nghêu ven biển (Bình Đại 1.120 ha, Ba Tri 860 ha, Thạnh Phú 890 ha), trong đó 2.150 ha bãi nghêu tập trung đã được giao cho 12 HTX, tổ hợp tác quản lý, khai thác theo Quyết định số 1325/QĐ-UBND, chiếm 74,9% diện tích. Các HTX thu hút 6.340 thành viên, phần lớn là hộ nghèo, cận nghèo ven biển.

Từ đầu năm đến nay, các HTX thả bổ sung 1.460 tấn nghêu giống, trong đó khoảng 380 tấn được ương từ nguồn giống tự nhiên. Giá nghêu thương phẩm tại bãi hiện dao động 28.000-32.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với đầu năm. Bình quân mỗi thành viên được chia lợi nhuận trên 9 triệu đồng trong 6 tháng đầu năm.

Tại HTX Nghêu Thạnh Phong (huyện Thạnh Phú), mỗi đợt khai thác thu hút từ 300 đến 350 lao động, tiền công 250.000 đồng/người/ngày. Nghêu Bến Tre được cấp lại chứng nhận MSC lần thứ 3, giúp giá xuất khẩu cao hơn 10-15% so với nghêu chưa có chứng nhận; sản lượng nghêu của tỉnh hiện đứng thứ 2 cả nước.

Năm 2024, tỉnh phấn đấu đạt sản lượng nghêu 18.800 tấn; mục tiêu đến năm 2025 nâng diện tích bãi nghêu được giao quản lý lên 2.500 ha. Dự kiến trong quý III, các HTX sẽ khai thác khoảng 4.200 tấn.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
FIGS = [
    F("6 tháng tăng gần 12%", "12", 12, "percent", "%", "tăng trưởng sản lượng nghêu",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("ước thu hoạch 9.850 tấn", "9.850", 9850, "measure", "tấn", "nghêu thương phẩm thu hoạch", H1,
      change=CH("increase", 11.8, "%", "cùng kỳ năm 2023"), percent=52.4, status="estimate"),
    F("ước đạt 315 tỷ đồng", "315", 315e9, "money", "đồng", "giá trị sản lượng nghêu", I(H1), status="estimate"),
    F("có 2.870 ha bãi nghêu", "2.870", 2870, "measure", "ha", "diện tích bãi nghêu ven biển"),
    F("Bình Đại 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích bãi nghêu ven biển", total=2870, location="Bình Đại"),
    F("Ba Tri 860 ha", "860", 860, "measure", "ha", "diện tích bãi nghêu ven biển", total=2870, location="Ba Tri"),
    F("Thạnh Phú 890 ha", "890", 890, "measure", "ha", "diện tích bãi nghêu ven biển", total=2870, location="Thạnh Phú"),
    F("trong đó 2.150 ha", "2.150", 2150, "measure", "ha", "bãi nghêu tập trung giao cho HTX, tổ hợp tác quản lý",
      total=2870, percent=74.9),
    F("giao cho 12 HTX", "12", 12, "count", "HTX, tổ hợp tác", "HTX, tổ hợp tác được giao quản lý bãi nghêu"),
    F("6.340 thành viên", "6.340", 6340, "count", "thành viên", "thành viên các HTX nghêu"),
    F("thả bổ sung 1.460 tấn", "1.460", 1460, "measure", "tấn", "nghêu giống thả bổ sung", SINCE),
    F("khoảng 380 tấn", "380", 380, "measure", "tấn", "nghêu giống ương từ nguồn giống tự nhiên", SINCE,
      approx="about", total=1460),
    F("dao động 28.000-32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá nghêu thương phẩm tại bãi",
      value_max=32000, change=CH("increase", 3000, "đồng/kg", "đầu năm", "about")),
    F("trên 9 triệu đồng", "9", 9e6, "money", "đồng", "lợi nhuận chia cho mỗi thành viên",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("từ 300 đến 350 lao động", "300", 300, "count", "lao động", "lao động mỗi đợt khai thác nghêu",
      value_max=350, location="Thạnh Phú"),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động khai thác nghêu",
      location="Thạnh Phú"),
    F("cao hơn 10-15%", "10", 10, "percent", "%", "giá xuất khẩu nghêu có chứng nhận MSC cao hơn nghêu chưa có chứng nhận",
      value_max=15),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "sản lượng nghêu"),
    F("sản lượng nghêu 18.800 tấn", "18.800", 18800, "measure", "tấn", "sản lượng nghêu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lên 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích bãi nghêu được giao quản lý",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 4.200 tấn", "4.200", 4200, "measure", "tấn", "nghêu các HTX khai thác",
      P("trong quý III", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
]

build("p976-1", TEXT, [
    "Cổng TTĐT tỉnh Bến Tre: nghêu harvest 6 tháng đầu năm 2024, co-op managed clam flats. Dateline 12/07/2024 09:45; Lượt xem is furniture.",
    "Year-less headline '6 tháng' takes 2024 (published). District bracket breakdown adds up to 2.870 ha (total). 'cao hơn 10-15%' is a",
    "comparative, not approx 'over'. Distractors: Quyết định số 1325/QĐ-UBND, 'lần thứ 3' (ordinal).",
], FIGS, published="2024-07-12", location="Bến Tre")
