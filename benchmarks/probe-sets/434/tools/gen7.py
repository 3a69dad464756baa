from lib import F, P, C, T, emit

TEXT = """Quảng Ninh thí điểm 'xã thông minh' ở vùng cao

Thứ ba, 5/11/2024, 10:20 (GMT+7)

Quý III/2024, 12 xã vùng cao của Quảng Ninh được phủ sóng Wi-Fi công cộng miễn phí tại nhà văn hóa, trạm y tế và chợ, với tổng cộng 236 điểm phát.

Theo Sở Thông tin và Truyền thông, đến hết quý III, 100% thôn, bản của tỉnh đã có cáp quang, tỷ lệ hộ gia đình sử dụng internet cáp quang đạt 89,5%, tăng 6,1 điểm phần trăm so với cùng kỳ năm 2023. Ba huyện có tỷ lệ thấp nhất là Bình Liêu (71,3%), Ba Chẽ (74,8%) và Tiên Yên (79,6%).

Tại 58 chợ nông thôn, hơn 4.600 tiểu thương đã dùng mã QR để nhận thanh toán; giá trị giao dịch không dùng tiền mặt từ đầu năm đến nay ước khoảng 126 tỷ đồng.

Tổng vốn đầu tư cho dự án giai đoạn 2023-2025 là 185 tỷ đồng, trong đó ngân sách tỉnh 142 tỷ đồng, còn lại là vốn xã hội hóa.

Ông Nguyễn Văn Hưng, Phó giám đốc Sở Thông tin và Truyền thông, cho biết thời gian giải quyết hồ sơ ở các xã thí điểm giảm từ 3 ngày xuống còn 1,5 ngày, người dân đi lại ít hơn khoảng 40%. Ở xã Đồng Văn (huyện Bình Liêu), cán bộ tổ công nghệ số cộng đồng đến từng bản hướng dẫn 312 hộ người Dao dùng ứng dụng Quảng Ninh Smart để gửi phản ánh.

Tỉnh đặt mục tiêu đến năm 2025 nhân rộng mô hình ra 40 xã, trong đó 25 xã thuộc vùng đồng bào dân tộc thiểu số và miền núi.

Minh Cương
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
ASOF = P("đến hết quý III", None, "2024-09-30")
ASOF_I = P("đến hết quý III", None, "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-05")
PH = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
TGT = P("đến năm 2025", None, "2025-12-31")
FIB = "tỷ lệ hộ gia đình sử dụng internet cáp quang"

FIGS = [
    F("12 xã vùng cao", "12", 12, "count", "xã", "xã vùng cao được phủ sóng Wi-Fi công cộng miễn phí", Q3),
    F("236 điểm phát", "236", 236, "count", "điểm phát", "điểm phát Wi-Fi công cộng", Q3),
    F("100% thôn, bản", "100", 100, "percent", "%", "thôn, bản đã có cáp quang", ASOF),
    F("đạt 89,5%", "89,5", 89.5, "percent", "%", FIB, ASOF,
      change=C("increase", 6.1, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("Ba huyện", "Ba", 3, "count", "huyện", optional=True),
    F("Bình Liêu (71,3%)", "71,3", 71.3, "percent", "%", FIB, ASOF_I, location="Bình Liêu"),
    F("Ba Chẽ (74,8%)", "74,8", 74.8, "percent", "%", FIB, ASOF_I, location="Ba Chẽ"),
    F("Tiên Yên (79,6%)", "79,6", 79.6, "percent", "%", FIB, ASOF_I, location="Tiên Yên"),
    F("58 chợ", "58", 58, "count", "chợ nông thôn", "chợ nông thôn có tiểu thương dùng mã QR"),
    F("hơn 4.600 tiểu thương", "4.600", 4600, "count", "tiểu thương", "tiểu thương dùng mã QR để nhận thanh toán",
      approx="over"),
    F("khoảng 126 tỷ đồng", "126", 126000000000, "money", "đồng", "giá trị giao dịch không dùng tiền mặt", YTD,
      approx="about", status="estimate"),
    F("là 185 tỷ đồng", "185", 185000000000, "money", "đồng", "tổng vốn đầu tư cho dự án", PH),
    F("142 tỷ đồng", "142", 142000000000, "money", "đồng", "vốn ngân sách tỉnh", PH, total=185000000000),
    F("từ 3 ngày", "3", 3, "measure", "ngày", "thời gian giải quyết hồ sơ ở các xã thí điểm trước đây"),
    F("còn 1,5 ngày", "1,5", 1.5, "measure", "ngày", "thời gian giải quyết hồ sơ ở các xã thí điểm"),
    F("khoảng 40%", "40", 40, "percent", "%", "mức giảm đi lại của người dân", approx="about"),
    F("312 hộ", "312", 312, "count", "hộ", "hộ người Dao được hướng dẫn dùng ứng dụng Quảng Ninh Smart",
      location="Bình Liêu"),
    F("ra 40 xã", "40", 40, "count", "xã", "xã nhân rộng mô hình xã thông minh", TGT, status="target"),
    F("25 xã", "25", 25, "count", "xã", "xã thuộc vùng đồng bào dân tộc thiểu số và miền núi", TGT, total=40,
      status="target"),
]

COMMENTS = [
    "revised after the first run: 58 chợ and 4.600 tiểu thương lost the period 'từ đầu năm đến nay' (it belongs to the next clause's flow).",
    "National press (e-newspaper style, 'Thứ ba, 5/11/2024, 10:20 (GMT+7)'): Quảng Ninh pilots 'smart communes' in the highlands. Byline at the end.",
    "Distractors: '(GMT+7)', 'Quý III/2024', 'cùng kỳ năm 2023' (baseline), 'Wi-Fi', app name 'Quảng Ninh Smart', person's name.",
    "'đến hết quý III' takes 2024 from 'Quý III/2024' (as-of, end 2024-09-30). 'tăng 6,1 điểm phần trăm …' is the change of 89,5% (a level).",
    "'Ba huyện' is the head of a three-item list (optional). Items take the district as location and the rate as subject (period inherited).",
    "'từ đầu năm đến nay' (in the clause after ';') governs only the transaction value, not the counts of markets and traders before it",
    "(stocks; no period). It runs to the dateline; 'ước khoảng 126 tỷ' approx about, status estimate. 'trong đó ngân sách tỉnh 142 tỷ' total 185 tỷ.",
    "'giảm từ 3 ngày xuống còn 1,5 ngày': both processing times are figures (measure/ngày; the old level is a figure of its own, like",
    "a baseline amount in shared h06); 1,5 carries no change (the gap is not stated as a number). 'ít hơn khoảng 40%' a percent figure.",
    "xã Đồng Văn is a commune: its 312 hộ take the district Bình Liêu. 'mục tiêu đến năm 2025 … 40 xã, trong đó 25 xã': targets, 25 has total 40.",
]

emit("p434-7", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Quảng Ninh")
