from lib import F, P, emit

TEXT = """Kinh doanh › Thương mại điện tử

Khiếu nại về mua sắm trực tuyến tăng gần gấp đôi

Thứ hai, 15/7/2024, 10:20 (GMT+7)

Sáu tháng đầu năm, Ủy ban Cạnh tranh Quốc gia nhận gần 1.900 yêu cầu hỗ trợ liên quan đến mua sắm trực tuyến, tăng 94% so với cùng kỳ năm ngoái.

Theo báo cáo Ủy ban Cạnh tranh Quốc gia (Bộ Công Thương) công bố ngày 12/7, 6 tháng đầu năm 2024, cơ quan này cùng các tổ chức xã hội tiếp nhận tổng cộng 2.964 yêu cầu hỗ trợ của người tiêu dùng, trong đó 1.872 yêu cầu liên quan thương mại điện tử, chiếm 63,2%. Số yêu cầu đã được giải quyết là 2.518, tương đương 85%.

Các vấn đề bị phản ánh nhiều nhất gồm giao hàng không đúng mô tả (chiếm khoảng 41%), chậm hoàn tiền (27%), hàng giả, hàng nhái (18%). Về địa bàn, Hà Nội chiếm tới 31,6% số yêu cầu, TP HCM chiếm 26,8%; tiếp đến là Bình Dương 143 yêu cầu, Đồng Nai 97 yêu cầu, Hải Phòng 86 yêu cầu.

Ông Nguyễn Quỳnh Anh, Phó Chủ tịch Ủy ban Cạnh tranh Quốc gia cho biết, quy mô thị trường thương mại điện tử bán lẻ năm 2023 ước đạt 20,5 tỷ USD, chiếm khoảng 8% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước. Riêng 5 sàn lớn nhất đạt doanh thu khoảng 232 nghìn tỷ đồng trong năm 2023. Theo Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021-2025, đến năm 2025 có 55% dân số tham gia mua sắm trực tuyến, giá trị mua hàng trực tuyến đạt 600 USD/người/năm.

Người tiêu dùng cần hỗ trợ có thể gọi Tổng đài 1800.6838 hoặc truy cập Cổng thông tin về bảo vệ người tiêu dùng. Ủy ban cũng đang thẩm định 14 hồ sơ đăng ký hợp đồng theo mẫu của các sàn giao dịch thương mại điện tử.

Minh Sơn
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Hi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng gần gấp đôi", "đôi", 2, "multiple", "lần", "khiếu nại về mua sắm trực tuyến tăng", approx="nearly", optional=True),
    F("nhận gần 1.900 yêu cầu", "1.900", 1900, "count", "yêu cầu", "yêu cầu hỗ trợ liên quan đến mua sắm trực tuyến",
      P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly",
      change={"direction": "increase", "value": 94, "unit": "%", "baseline": "cùng kỳ năm ngoái"}),
    F("tổng cộng 2.964 yêu cầu", "2.964", 2964, "count", "yêu cầu", "yêu cầu hỗ trợ của người tiêu dùng", H),
    F("trong đó 1.872 yêu cầu", "1.872", 1872, "count", "yêu cầu", "yêu cầu liên quan thương mại điện tử", H,
      total=2964, percent=63.2),
    F("là 2.518", "2.518", 2518, "count", "yêu cầu", "Số yêu cầu đã được giải quyết", Hi, percent=85),
    F("(chiếm khoảng 41%)", "41", 41, "percent", "%", "yêu cầu phản ánh giao hàng không đúng mô tả", Hi, approx="about"),
    F("hoàn tiền (27%)", "27", 27, "percent", "%", "yêu cầu phản ánh chậm hoàn tiền", Hi),
    F("hàng nhái (18%)", "18", 18, "percent", "%", "yêu cầu phản ánh hàng giả, hàng nhái", Hi),
    F("chiếm tới 31,6%", "31,6", 31.6, "percent", "%", "số yêu cầu", Hi, location="Hà Nội"),
    F("HCM chiếm 26,8%", "26,8", 26.8, "percent", "%", "số yêu cầu", Hi, location="TP Hồ Chí Minh"),
    F("Bình Dương 143 yêu cầu", "143", 143, "count", "yêu cầu", "số yêu cầu", Hi, location="Bình Dương"),
    F("Đồng Nai 97 yêu cầu", "97", 97, "count", "yêu cầu", "số yêu cầu", Hi, location="Đồng Nai"),
    F("Hải Phòng 86 yêu cầu", "86", 86, "count", "yêu cầu", "số yêu cầu", Hi, location="Hải Phòng"),
    F("ước đạt 20,5 tỷ USD", "20,5", 20500000000, "money", "USD", "quy mô thị trường thương mại điện tử bán lẻ",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=8, status="estimate"),
    F("Riêng 5 sàn", "5", 5, "count", "sàn", "sàn lớn nhất", optional=True),
    F("khoảng 232 nghìn tỷ đồng", "232", 232000000000000, "money", "đồng", "doanh thu 5 sàn lớn nhất",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("có 55% dân số", "55", 55, "percent", "%", "dân số tham gia mua sắm trực tuyến", T25, status="target"),
    F("đạt 600 USD/người/năm", "600", 600, "money", "USD/người/năm", "giá trị mua hàng trực tuyến", T25, status="target"),
    F("thẩm định 14 hồ sơ", "14", 14, "count", "hồ sơ", "hồ sơ đăng ký hợp đồng theo mẫu đang thẩm định"),
]

COMMENTS = [
    "National press (VnExpress style): consumer requests about online shopping, 6 months 2024. Dateline 'Thứ hai, 15/7/2024, 10:20 (GMT+7)'.",
    "Headline 'tăng gần gấp đôi': a multiple standing as the claim; 'đôi' as a number word is debatable, so optional.",
    "Sapo 'Sáu tháng đầu năm' (no year) takes 2024 from the dateline; 'tăng 94% so với cùng kỳ năm ngoái' is the change of gần 1.900.",
    "'trong đó 1.872 ..., chiếm 63,2%': total 2.964, percent 63.2. '2.518, tương đương 85%': percent 85, no cue for a total.",
    "Problem list (shares) and place list: Hà Nội / TP HCM shares and Bình Dương / Đồng Nai / Hải Phòng counts take those places; subject 'số yêu cầu'.",
    "'ước đạt 20,5 tỷ USD, chiếm khoảng 8%': estimate, percent 8. 'Riêng 5 sàn lớn nhất' is a group label (optional); 232 nghìn tỷ = 2,32e14.",
    "Targets of the 2021-2025 plan: 'đến năm 2025' (start null, end 2025-12-31); 600 USD/người/năm is money with a rate unit.",
    "Distractors: 'ngày 12/7', '(GMT+7)', hotline 1800.6838, 'giai đoạn 2021-2025', byline. '14 hồ sơ đang thẩm định' has no period (present).",
]

emit("p342-7", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
