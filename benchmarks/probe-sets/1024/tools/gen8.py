from lib import F, P, I, C, T, emit

TEXT = """Báo Bắc Giang điện tử > Xã hội

Gần 200 nghìn suất cơm miễn phí cho người bệnh khó khăn

Cập nhật: 07/06/2025 14:10

(BGĐT) - Từ đầu năm đến nay, 6 bếp ăn từ thiện tại các bệnh viện trên địa bàn tỉnh Bắc Giang đã phát gần 200 nghìn suất cơm, cháo miễn phí cho người bệnh và người nhà có hoàn cảnh khó khăn.

Riêng bếp ăn tại Bệnh viện Đa khoa tỉnh do Hội Chữ thập đỏ tỉnh phối hợp với Công đoàn bệnh viện duy trì đã phát 86.000 suất, chiếm 43%. Các bếp tại Trung tâm Y tế các huyện Lục Ngạn, Yên Thế, Sơn Động phát lần lượt 32.500 suất, 21.800 suất và 18.600 suất. Trung bình mỗi suất có giá 18.000-22.000 đồng.

Tổng kinh phí 5 tháng đầu năm khoảng 3,9 tỷ đồng, tăng 15% so với cùng kỳ năm 2024, trong đó nguồn vận động từ các doanh nghiệp khoảng 2,1 tỷ đồng. Công ty TNHH May Hoàng Long (Cụm công nghiệp Song Khê - Nội Hoàng) hỗ trợ 300 triệu đồng và 5 tấn gạo.

Đây là lần thứ 3 tỉnh tổ chức Ngày hội "Bữa cơm yêu thương" tại bệnh viện. Nhờ phong trào này, Bắc Giang được Trung ương Hội Chữ thập đỏ Việt Nam xếp thứ 2 toàn quốc về mô hình bếp ăn từ thiện trong đợt đánh giá năm 2024. Đến nay, các bếp có 312 tình nguyện viên, tăng 48 người so với cuối năm 2024.

Tỉnh phấn đấu đến hết năm 2025 phục vụ 450.000 suất, mở thêm 2 bếp tại Trung tâm Y tế huyện Lạng Giang và Tân Yên.

Ngọc Thúy
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-07")
M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 200 nghìn suất cơm", "200", 200000, "count", "suất cơm", approx="nearly",
      subject="suất cơm miễn phí cho người bệnh khó khăn", period=I(YTD)),
    F("6 bếp ăn từ thiện", "6", 6, "count", "bếp ăn từ thiện",
      subject="bếp ăn từ thiện tại các bệnh viện", period=YTD),
    F("phát gần 200 nghìn suất", "200", 200000, "count", "suất cơm, cháo", approx="nearly",
      subject="suất cơm, cháo miễn phí đã phát", period=YTD),
    F("phát 86.000 suất", "86.000", 86000, "count", "suất", percent=43,
      subject="suất bếp ăn tại Bệnh viện Đa khoa tỉnh đã phát", period=I(YTD)),
    F("lần lượt 32.500 suất", "32.500", 32500, "count", "suất", location="Lục Ngạn",
      subject="suất cơm, cháo các bếp tại Trung tâm Y tế huyện phát", period=I(YTD)),
    F("21.800 suất", "21.800", 21800, "count", "suất", location="Yên Thế",
      subject="suất cơm, cháo các bếp tại Trung tâm Y tế huyện phát", period=I(YTD)),
    F("18.600 suất", "18.600", 18600, "count", "suất", location="Sơn Động",
      subject="suất cơm, cháo các bếp tại Trung tâm Y tế huyện phát", period=I(YTD)),
    F("18.000-22.000 đồng", "18.000", 18000, "money", "đồng", value_max=22000,
      subject="giá mỗi suất", period=I(YTD)),
    F("khoảng 3,9 tỷ đồng", "3,9", 3.9e9, "money", "đồng", approx="about",
      change=C("increase", 15, "%", "cùng kỳ năm 2024"),
      subject="tổng kinh phí", period=M5),
    F("khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", approx="about", total=3.9e9,
      subject="nguồn vận động từ các doanh nghiệp", period=M5),
    F("hỗ trợ 300 triệu đồng", "300", 300e6, "money", "đồng",
      subject="tiền Công ty TNHH May Hoàng Long hỗ trợ", period=I(M5)),
    F("5 tấn gạo", "5", 5, "measure", "tấn",
      subject="gạo Công ty TNHH May Hoàng Long hỗ trợ", period=I(M5)),
    F("xếp thứ 2 toàn quốc", "2", 2, "rank", "hạng",
      subject="xếp hạng mô hình bếp ăn từ thiện toàn quốc", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 312 tình nguyện viên", "312", 312, "count", "tình nguyện viên",
      change=C("increase", 48, "người", "cuối năm 2024"),
      subject="tình nguyện viên của các bếp", period=P("Đến nay", None, "2025-06-07")),
    F("phục vụ 450.000 suất", "450.000", 450000, "count", "suất", status="target",
      subject="suất ăn phục vụ", period=T25),
    F("thêm 2 bếp", "2", 2, "count", "bếp", status="target",
      subject="bếp mở thêm tại Trung tâm Y tế huyện", period=T25),
]

emit("p1024-8", TEXT, FIGS, published="2025-06-07", location="Bắc Giang", comments=[
    "Provincial newspaper online (Báo Bắc Giang, '(BGĐT) -' tag, 'Cập nhật: 07/06/2025 14:10'), headline with a figure.",
    "'Từ đầu năm đến nay' = 2025-01-01..dateline; '5 tháng đầu năm' takes 2025; 'đến hết năm 2025' (target) is end-only like 'đến năm 2030'.",
    "'đã phát 86.000 suất, chiếm 43%' gives percent 43 (no part-of cue 'Riêng' -> no total). The 'lần lượt' district list gives each",
    "district as location with the list's indicator; '2,1 tỷ' follows 'trong đó' after the 3,9 tỷ whole: total.",
    "Not figures: 'lần thứ 3' (ordinal), '14:10', 'Cụm công nghiệp Song Khê - Nội Hoàng', 'cuối năm 2024' (baseline).",
    "'xếp thứ 2 toàn quốc' is a rank of Bắc Giang; its period is the assessment year named in the sentence.",
])
