from lib import F, P, I, C, emit

TEXT = """UBND HUYỆN TAM NÔNG - TRANG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Văn hóa - Xã hội

Điểm bưu điện văn hóa xã - "cánh tay nối dài" của chính quyền cơ sở

Những năm gần đây, 12 điểm bưu điện văn hóa xã (BĐVHX) trên địa bàn huyện Tam Nông không chỉ là nơi đọc sách, báo mà đã trở thành điểm tiếp nhận hồ sơ thủ tục hành chính, chi trả lương hưu và bán bảo hiểm cho người dân.

Theo Bưu điện huyện, từ đầu năm 2024 đến hết tháng 8, các điểm BĐVHX đã tiếp nhận 1.874 hồ sơ thủ tục hành chính, gấp đôi cùng kỳ năm 2023; hướng dẫn 956 lượt người dân cài đặt ứng dụng VNeID và thanh toán trực tuyến. Doanh thu bình quân của một điểm đạt khoảng 6,5 triệu đồng/tháng, trong đó điểm BĐVHX xã Dị Nậu cao nhất với 11,2 triệu đồng/tháng. Doanh thu dịch vụ hành chính công tại các điểm năm 2023 tăng gấp 3 lần so với năm 2021.

Mỗi điểm BĐVHX hiện có từ 300 đến 500 đầu sách; riêng 8 tháng đầu năm, các điểm đã đón trên 14 nghìn lượt bạn đọc. Toàn huyện có 4 điểm được trang bị máy tính kết nối Internet miễn phí, 9 điểm có nhân viên đồng thời là cộng tác viên dịch vụ công.

Chị Nguyễn Thị Thu, nhân viên điểm BĐVHX xã Hương Nộn, cho biết mỗi tháng chị chi trả lương hưu, trợ cấp cho hơn 230 người và thu hộ tiền điện, nước cho khoảng 410 hộ gia đình. "Trước đây người dân phải đi hơn 15 km theo Quốc lộ 32 lên thị trấn Hưng Hóa để làm thủ tục", chị Thu nói.

Năm 2025, Bưu điện huyện đặt mục tiêu 100% điểm BĐVHX tham gia tiếp nhận hồ sơ TTHC, doanh thu bình quân mỗi điểm đạt từ 8 triệu đồng/tháng trở lên.

Hồng Nhung
17/09/2024
"""

YTD = P("từ đầu năm 2024 đến hết tháng 8", "2024-01-01", "2024-08-31")
M8 = P("8 tháng đầu năm", "2023-01-01", "2023-08-31")  # revised: spec rule, nearest earlier period is "năm 2023"
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần đây, 12 điểm", "12", 12, "count", "điểm bưu điện văn hóa xã", "điểm bưu điện văn hóa xã (BĐVHX)"),
    F("tiếp nhận 1.874 hồ sơ", "1.874", 1874, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận tại các điểm BĐVHX",
      YTD, change=C("increase", 2, "lần", "cùng kỳ năm 2023")),
    F("hướng dẫn 956 lượt", "956", 956, "count", "lượt người dân",
      "lượt người dân được hướng dẫn cài đặt ứng dụng VNeID và thanh toán trực tuyến", YTD),
    F("khoảng 6,5 triệu đồng/tháng", "6,5", 6_500_000, "money", "đồng/tháng", "Doanh thu bình quân của một điểm",
      I(YTD), approx="about"),
    F("với 11,2 triệu đồng/tháng", "11,2", 11_200_000, "money", "đồng/tháng", "Doanh thu điểm BĐVHX xã Dị Nậu", I(YTD)),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "Doanh thu dịch vụ hành chính công tại các điểm",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 300 đến 500 đầu sách", "300", 300, "count", "đầu sách", "đầu sách mỗi điểm BĐVHX", value_max=500),
    F("trên 14 nghìn lượt", "14", 14000, "count", "lượt bạn đọc", "lượt bạn đọc các điểm đã đón", M8, approx="over"),
    F("có 4 điểm", "4", 4, "count", "điểm", "điểm được trang bị máy tính kết nối Internet miễn phí"),
    F("9 điểm có nhân viên", "9", 9, "count", "điểm", "điểm có nhân viên đồng thời là cộng tác viên dịch vụ công"),
    F("hơn 230 người", "230", 230, "count", "người", "người được chi trả lương hưu, trợ cấp mỗi tháng", approx="over"),
    F("khoảng 410 hộ", "410", 410, "count", "hộ gia đình", "hộ gia đình được thu hộ tiền điện, nước",
      approx="about"),
    F("hơn 15 km", "15", 15, "measure", "km", "quãng đường người dân phải đi lên thị trấn Hưng Hóa", approx="over",
      optional=True),
    F("mục tiêu 100%", "100", 100, "percent", "%", "điểm BĐVHX tham gia tiếp nhận hồ sơ TTHC", Y25, status="target"),
    F("từ 8 triệu đồng/tháng", "8", 8_000_000, "money", "đồng/tháng", "doanh thu bình quân mỗi điểm", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (UBND huyện Tam Nông, Phú Thọ): cultural post offices (BĐVHX) of the district; no dateline at the top, byline and",
    "bare date '17/09/2024' at the end (published).",
    "Distractors: 'Quốc lộ 32' (a road name), 'thị trấn Hưng Hóa', commune names (Dị Nậu, Hương Nộn are below district: location stays",
    "Tam Nông), 'cùng kỳ năm 2023', 'năm 2021' (baseline), 'mỗi tháng'.",
    "'gấp đôi cùng kỳ năm 2023' is the change of 1.874 hồ sơ (2 lần). 'tăng gấp 3 lần so với năm 2021' has no base amount:",
    "a standalone multiple figure. 11,2 triệu after 'trong đó' follows an average, not a whole: no total.",
    "'8 tháng đầu năm' has no year: by FIGURES.md it takes the year of the nearest earlier period, 'năm 2023' of the sentence before",
    "(revised from 2024, the reader's sense in a September 2024 article; a spec gap). '100%' and 'từ 8 triệu đồng/tháng trở lên' are 2025 targets (at_least).",
    "'hơn 15 km' is a remark inside a quotation (optional). The 12/4/9 points carry no period ('hiện', 'Những năm gần đây').",
]

emit("p363-5", TEXT, COMMENTS, FIGS, published="2024-09-17", location="Tam Nông")
