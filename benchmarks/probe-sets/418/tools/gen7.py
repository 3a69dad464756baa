from lib import F, P, Y, CH, emit

TEXT = """CỤC THỐNG KÊ THÀNH PHỐ CẦN THƠ
Trang chủ / Hoạt động thống kê / Điều tra thống kê

Kết quả Khảo sát mức sống dân cư năm 2024 trên địa bàn thành phố Cần Thơ
Ngày đăng: 05/03/2025 | Lượt xem: 1.207

Năm 2024, Cục Thống kê thành phố Cần Thơ đã tiến hành Khảo sát mức sống dân cư tại 2.340 hộ thuộc 156 địa bàn của 9 quận, huyện, chia làm 4 kỳ khảo sát.

Kết quả cho thấy, thu nhập bình quân đầu người một tháng năm 2024 theo giá hiện hành đạt 5.684 nghìn đồng, tăng 9,1% so với năm 2023; trong đó khu vực thành thị 6.412 nghìn đồng, khu vực nông thôn 4.523 nghìn đồng. Chênh lệch thu nhập giữa nhóm hộ giàu nhất và nhóm hộ nghèo nhất là 6,8 lần.

Chi tiêu bình quân đầu người một tháng đạt 3.960 nghìn đồng, bằng 69,7% thu nhập; trong đó chi cho ăn uống chiếm 46,2%. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 của thành phố năm 2024 là 1,38%, giảm 0,45 điểm phần trăm so với năm 2023.

Theo quận, huyện, thu nhập bình quân đầu người cao nhất thuộc về quận Ninh Kiều (7.215 nghìn đồng), tiếp theo là quận Cái Răng (6.108 nghìn đồng) và quận Bình Thủy (5.947 nghìn đồng); thấp nhất là huyện Cờ Đỏ với 4.102 nghìn đồng.

Về điều kiện sống, 99,6% hộ sử dụng điện lưới quốc gia, 97,8% hộ có nhà vệ sinh hợp vệ sinh; tỷ lệ hộ có máy vi tính đạt 31,4% và có kết nối Internet đạt 88,5%, tăng 4,2 điểm phần trăm so với năm 2022.

Mục tiêu đến năm 2025, thành phố phấn đấu thu nhập bình quân đầu người đạt 6,2 triệu đồng/tháng và tỷ lệ hộ nghèo giảm xuống dưới 1%.

Địa chỉ: số 02 Ngô Hữu Hạnh, phường Tân An, quận Ninh Kiều, TP Cần Thơ. Điện thoại: 0292.3820.645.
"""

N24 = Y(2024)
N24i = Y(2024, inh=True)
D25 = P("đến năm 2025", None, "2025-12-31")
INC = "thu nhập bình quân đầu người"

FIGS = [
    F("tại 2.340 hộ", "2.340", 2340, "count", "hộ", "hộ được khảo sát mức sống", N24),
    F("thuộc 156 địa bàn", "156", 156, "count", "địa bàn", "địa bàn khảo sát", N24),
    F("của 9 quận, huyện", "9", 9, "count", "quận, huyện", "quận, huyện", optional=True),
    F("làm 4 kỳ", "4", 4, "count", "kỳ khảo sát", "kỳ khảo sát", optional=True),
    F("đạt 5.684 nghìn đồng", "5.684", 5684000, "money", "đồng", "thu nhập bình quân đầu người một tháng", N24,
      change=CH("+", 9.1, "%", "năm 2023")),
    F("thị 6.412 nghìn đồng", "6.412", 6412000, "money", "đồng",
      "thu nhập bình quân đầu người một tháng khu vực thành thị", N24),
    F("thôn 4.523 nghìn đồng", "4.523", 4523000, "money", "đồng",
      "thu nhập bình quân đầu người một tháng khu vực nông thôn", N24),
    F("là 6,8 lần", "6,8", 6.8, "multiple", "lần", "chênh lệch thu nhập giữa nhóm hộ giàu nhất và nhóm hộ nghèo nhất", N24i),
    F("đạt 3.960 nghìn đồng", "3.960", 3960000, "money", "đồng", "chi tiêu bình quân đầu người một tháng", N24i,
      percent=69.7),
    F("chiếm 46,2%", "46,2", 46.2, "percent", "%", "chi cho ăn uống trong chi tiêu", N24i),
    F("là 1,38%", "1,38", 1.38, "percent", "%", "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", N24,
      change=CH("-", 0.45, "điểm phần trăm", "năm 2023")),
    F("Ninh Kiều (7.215 nghìn đồng)", "7.215", 7215000, "money", "đồng", INC, N24i, location="Ninh Kiều"),
    F("Cái Răng (6.108 nghìn đồng)", "6.108", 6108000, "money", "đồng", INC, N24i, location="Cái Răng"),
    F("Bình Thủy (5.947 nghìn đồng)", "5.947", 5947000, "money", "đồng", INC, N24i, location="Bình Thủy"),
    F("với 4.102 nghìn đồng", "4.102", 4102000, "money", "đồng", INC, N24i, location="Cờ Đỏ"),
    F("sống, 99,6% hộ", "99,6", 99.6, "percent", "%", "hộ sử dụng điện lưới quốc gia", N24i),
    F("97,8% hộ", "97,8", 97.8, "percent", "%", "hộ có nhà vệ sinh hợp vệ sinh", N24i),
    F("đạt 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ hộ có máy vi tính", N24i),
    F("đạt 88,5%", "88,5", 88.5, "percent", "%", "tỷ lệ hộ có kết nối Internet", N24i,
      change=CH("+", 4.2, "điểm phần trăm", "năm 2022")),
    F("đạt 6,2 triệu đồng/tháng", "6,2", 6200000, "money", "đồng/tháng", INC, D25, status="target"),
    F("dưới 1%", "1", 1, "percent", "%", "tỷ lệ hộ nghèo", D25, approx="under", status="target"),
]

COMMENTS = [
    "Department site (Cục Thống kê TP Cần Thơ): results of the 2024 household living standards survey. 'Ngày đăng: 05/03/2025 | Lượt xem: 1.207'.",
    "Distractors: view counter, 'chuẩn nghèo đa chiều giai đoạn 2022-2025' (the name of the poverty standard, not the figure's period:",
    "the sentence also says 'năm 2024'), address 'số 02 Ngô Hữu Hạnh' (and Ninh Kiều inside it), phone 0292.3820.645.",
    "'9 quận, huyện' and '4 kỳ khảo sát' are structure (optional). Urban/rural average incomes after 'trong đó' are averages, not parts: no total.",
    "'chênh lệch … là 6,8 lần' is a multiple standing as the claim. '3.960 nghìn đồng, bằng 69,7% thu nhập': percent attribute.",
    "'chi cho ăn uống chiếm 46,2%' after 'trong đó' is a percent figure of its own (its whole is money, a different unit: no total).",
    "District list: subject = indicator, district -> location. 'giảm xuống dưới 1%' states the target level only (no change).",
]

emit("p418-7", TEXT, COMMENTS, FIGS, published="2025-03-05", location="Cần Thơ")
