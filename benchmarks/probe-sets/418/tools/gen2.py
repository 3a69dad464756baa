from lib import F, P, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC

Krông Pắc sẵn sàng cho Tổng điều tra nông thôn, nông nghiệp giữa kỳ năm 2025
Thứ Hai, 30/06/2025 - 16:45

Chiều 27/6, Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp (NTNN) giữa kỳ năm 2025 huyện Krông Pắc tổ chức hội nghị triển khai nhiệm vụ, chuẩn bị cho thời điểm điều tra ngày 1/7/2025.

Theo báo cáo, toàn huyện có 16 xã, thị trấn với 312 thôn, buôn, tổ dân phố. Qua rà soát, lập bảng kê đến ngày 15/6/2025, huyện có 52.846 hộ, trong đó 41.205 hộ nông nghiệp, chiếm 77,97%; 1.236 hộ lâm nghiệp và 384 hộ thủy sản. Số trang trại đáp ứng tiêu chí là 87 trang trại, tăng 19 trang trại so với năm 2020.

Để thực hiện Tổng điều tra, huyện bố trí 178 điều tra viên, trong đó 35 điều tra viên là người đồng bào dân tộc thiểu số thông thạo tiếng Ê Đê, cùng 24 tổ trưởng. Bình quân mỗi điều tra viên phụ trách khoảng 297 hộ. Kinh phí huyện cấp bổ sung là 1,26 tỷ đồng, bên cạnh 2,84 tỷ đồng từ ngân sách trung ương.

Thời gian thu thập thông tin tại địa bàn kéo dài một tháng, từ ngày 1/7 đến 31/7/2025. Huyện phấn đấu 100% phiếu điều tra được thu thập bằng thiết bị điện tử (CAPI), tỷ lệ phiếu phải xác minh lại dưới 2%.

Theo kết quả Tổng điều tra NTNN năm 2020, thu nhập bình quân một nhân khẩu khu vực nông thôn của huyện đạt 38,4 triệu đồng/năm, cao hơn mức bình quân của tỉnh Đắk Lắk 2,1 triệu đồng. Cà phê và hồ tiêu vẫn là hai cây trồng chủ lực của các hộ.

Phát biểu chỉ đạo, Phó Chủ tịch UBND huyện Y Khiêm Niê đề nghị các xã, thị trấn bố trí đủ nhân lực, không để xảy ra tình trạng bỏ sót hộ. Mọi vướng mắc đề nghị liên hệ Chi cục Thống kê khu vực, điện thoại 0262.3521.068.

Hoàng Anh (Phòng VH&TT huyện)
"""

BK = P("đến ngày 15/6/2025", None, "2025-06-15")
BKi = P("đến ngày 15/6/2025", None, "2025-06-15", inh=True)
TK = P("từ ngày 1/7 đến 31/7/2025", "2025-07-01", "2025-07-31", inh=True)

FIGS = [
    F("có 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("với 312 thôn", "312", 312, "count", "thôn, buôn, tổ dân phố", "thôn, buôn, tổ dân phố", optional=True),
    F("có 52.846 hộ", "52.846", 52846, "count", "hộ", "hộ trên địa bàn huyện", BK),
    F("41.205 hộ nông nghiệp", "41.205", 41205, "count", "hộ", "hộ nông nghiệp", BK, total=52846, percent=77.97),
    F("1.236 hộ lâm nghiệp", "1.236", 1236, "count", "hộ", "hộ lâm nghiệp", BK, total=52846),
    F("384 hộ thủy sản", "384", 384, "count", "hộ", "hộ thủy sản", BK, total=52846),
    F("là 87 trang trại", "87", 87, "count", "trang trại", "trang trại đáp ứng tiêu chí", BKi,
      change=CH("+", 19, "trang trại", "năm 2020")),
    F("bố trí 178 điều tra viên", "178", 178, "count", "điều tra viên", "điều tra viên", TK),
    F("trong đó 35 điều tra viên", "35", 35, "count", "điều tra viên",
      "điều tra viên là người đồng bào dân tộc thiểu số", TK, total=178),
    F("cùng 24 tổ trưởng", "24", 24, "count", "tổ trưởng", "tổ trưởng", TK),
    F("khoảng 297 hộ", "297", 297, "count", "hộ", "hộ mỗi điều tra viên phụ trách bình quân", TK, approx="about"),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "kinh phí huyện cấp bổ sung"),
    F("bên cạnh 2,84 tỷ đồng", "2,84", 2840000000, "money", "đồng", "kinh phí từ ngân sách trung ương"),
    F("phấn đấu 100% phiếu", "100", 100, "percent", "%", "phiếu điều tra thu thập bằng thiết bị điện tử", TK,
      status="target"),
    F("lại dưới 2%", "2", 2, "percent", "%", "tỷ lệ phiếu phải xác minh lại", TK, approx="under", status="target"),
    F("đạt 38,4 triệu đồng/năm", "38,4", 38400000, "money", "đồng/năm",
      "thu nhập bình quân một nhân khẩu khu vực nông thôn", Y(2020),
      change=CH("+", 2100000, "đồng", "mức bình quân của tỉnh Đắk Lắk")),
    F("là hai cây trồng", "hai", 2, "count", "cây trồng", "cây trồng chủ lực", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk), district portal: preparation of the 2025 mid-term agricultural census. Dateline 'Thứ Hai, 30/06/2025 - 16:45'.",
    "Distractors: 'Chiều 27/6', 'ngày 1/7/2025' (census moment), 'một tháng' (duration), phone 0262.3521.068, byline at the end, 'Y Khiêm Niê'.",
    "'16 xã, thị trấn', '312 thôn, buôn, tổ dân phố' (structure) and 'hai cây trồng' optional. The bảng kê counts are as of 15/6/2025.",
    "41.205 / 1.236 / 384 hộ follow 'trong đó' after 52.846 hộ (same unit, same date): total 52846. 35 điều tra viên: part of 178 điều tra viên.",
    "Targets ('phấn đấu') carry the fieldwork period of the previous sentence (inherited). 38,4 triệu đồng/năm: the gap 'cao hơn … 2,1 triệu đồng'",
    "to the provincial average is its change; the figure still describes Krông Pắc (Đắk Lắk only names the baseline).",
]

emit("p418-2", TEXT, COMMENTS, FIGS, published="2025-06-30", location="Krông Pắc")
