from lib import F, P, Y, C, TG, build

T = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Trang chủ > Tin tức > Văn hóa - Xã hội
Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.236

Chiếu phim lưu động 9 tháng đạt hơn 81% kế hoạch

Theo báo cáo của Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh, 9 tháng đầu năm 2024, các đội chiếu phim lưu động đã tổ chức 1.142 buổi chiếu phim, đạt 81,6% kế hoạch năm, tăng 6,3% so với cùng kỳ năm 2023, phục vụ hơn 215 nghìn lượt người xem. Trong đó, 684 buổi được tổ chức tại các bản, làng vùng đồng bào dân tộc thiểu số và miền núi; 127 buổi phục vụ lực lượng vũ trang, công nhân tại các công trường.

Các huyện có số buổi chiếu nhiều nhất là Minh Hóa (198 buổi), Tuyên Hóa (176 buổi) và Bố Trạch (152 buổi); thị xã Ba Đồn thấp nhất với 64 buổi. Trước mỗi buổi chiếu, các đội lồng ghép tuyên truyền về phòng, chống ma túy, an toàn giao thông, bảo vệ rừng với tổng thời lượng gần 570 giờ.

Hiện toàn tỉnh có sáu đội chiếu phim lưu động với 24 cán bộ, kỹ thuật viên; Đội Chiếu bóng số 2 phụ trách địa bàn biên giới hai huyện Minh Hóa, Bố Trạch. Năm 2024, ngân sách tỉnh bố trí 3,85 tỷ đồng cho hoạt động chiếu phim phục vụ nhiệm vụ chính trị, trong đó 1,2 tỷ đồng mua sắm 2 bộ máy chiếu kỹ thuật số.

Thực hiện Quyết định số 2156/QĐ-UBND ngày 15/8/2023 của UBND tỉnh, năm 2024 toàn tỉnh phấn đấu tổ chức 1.400 buổi chiếu phim; 100% xã đặc biệt khó khăn được chiếu ít nhất 4 buổi/năm. Từ nay đến cuối năm, các đội tập trung chiếu phim kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).

Mọi thông tin xin liên hệ: Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh, số 02 Hùng Vương, TP Đồng Hới; điện thoại: 0232.3822.417.

Thanh Thủy
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
SUBJ = "buổi chiếu phim lưu động"
figs = [
    F("đạt hơn 81% kế hoạch", "81", 81, "percent", "%", "tỷ lệ thực hiện kế hoạch chiếu phim lưu động",
      approx="over", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tổ chức 1.142 buổi", "1.142", 1142, "count", "buổi", "buổi chiếu phim lưu động tổ chức",
      percent=81.6, change=C("increase", 6.3, "%", "cùng kỳ năm 2023"), period=N9),
    F("hơn 215 nghìn lượt", "215", 215000, "count", "lượt người xem", "lượt người xem chiếu phim lưu động",
      approx="over", period=N9),
    F("Trong đó, 684 buổi", "684", 684, "count", "buổi",
      "buổi chiếu tại bản, làng vùng đồng bào dân tộc thiểu số và miền núi", total=1142, period=N9i),
    F("; 127 buổi", "127", 127, "count", "buổi", "buổi chiếu phục vụ lực lượng vũ trang, công nhân",
      total=1142, period=N9i),
    F("Minh Hóa (198 buổi)", "198", 198, "count", "buổi", "số buổi chiếu", location="Minh Hóa", period=N9i),
    F("Tuyên Hóa (176 buổi)", "176", 176, "count", "buổi", "số buổi chiếu", location="Tuyên Hóa", period=N9i),
    F("Bố Trạch (152 buổi)", "152", 152, "count", "buổi", "số buổi chiếu", location="Bố Trạch", period=N9i),
    F("với 64 buổi", "64", 64, "count", "buổi", "số buổi chiếu thấp nhất", location="Ba Đồn", period=N9i),
    F("gần 570 giờ", "570", 570, "measure", "giờ", "tổng thời lượng tuyên truyền lồng ghép trước buổi chiếu",
      approx="nearly", period=N9i),
    F("có sáu đội", "sáu", 6, "count", "đội chiếu phim lưu động", "đội chiếu phim lưu động"),
    F("với 24 cán bộ", "24", 24, "count", "cán bộ, kỹ thuật viên", "cán bộ, kỹ thuật viên đội chiếu phim lưu động"),
    F("biên giới hai huyện", "hai", 2, "count", "huyện", optional=True),
    F("bố trí 3,85 tỷ đồng", "3,85", 3850000000, "money", "đồng",
      "ngân sách tỉnh bố trí cho hoạt động chiếu phim phục vụ nhiệm vụ chính trị", period=Y("Năm 2024", 2024)),
    F("trong đó 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí mua sắm máy chiếu kỹ thuật số",
      total=3850000000, period=Y("Năm 2024", 2024)),
    F("sắm 2 bộ máy chiếu", "2", 2, "count", "bộ máy chiếu kỹ thuật số", "máy chiếu kỹ thuật số mua sắm",
      period=Y("Năm 2024", 2024)),
    F("tổ chức 1.400 buổi", "1.400", 1400, "count", "buổi", "buổi chiếu phim phấn đấu tổ chức",
      status="target", period=Y("năm 2024", 2024)),
    F("; 100% xã đặc biệt", "100", 100, "percent", "%", "xã đặc biệt khó khăn được chiếu phim",
      status="target", period=Y("năm 2024", 2024)),
    F("ít nhất 4 buổi/năm", "4", 4, "measure", "buổi/năm", "số buổi chiếu tối thiểu mỗi xã đặc biệt khó khăn",
      approx="at_least", status="target", optional=True),
    F("kỷ niệm 80 năm", "80", 80, "measure", "năm", optional=True),
]

build("p270-1", T, figs, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): mobile film teams, 9 months 2024. Dateline 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.236'.",
    "Headline '9 tháng' takes 2024 from the dateline. 1.142 buổi carries percent 81,6 (đạt … kế hoạch năm) and change 6,3% vs cùng kỳ.",
    "'Trong đó, 684 buổi …; 127 buổi' are parts of 1.142 (total). District list: location is the district, subject the list's indicator.",
    "'sáu đội' is a number word. '1,2 tỷ đồng' after 'trong đó' is part of 3,85 tỷ. '4 buổi/năm' is a rate criterion (optional);",
    "'80 năm Ngày thành lập' is an anniversary (optional). Distractors: view counter, 'Đội Chiếu bóng số 2', QĐ 2156/QĐ-UBND,",
    "dates 15/8/2023 and 22/12/1944 - 22/12/2024, address 'số 02 Hùng Vương', phone 0232.3822.417.",
], published="2024-10-08", location="Quảng Bình")
