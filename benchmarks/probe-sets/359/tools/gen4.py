from lib import F, P, emit

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Pháp luật

Cảnh sát môi trường xử lý hàng loạt doanh nghiệp xả thải trái phép
THANH HƯƠNG
10/09/2024 07:45

(BBD) - Từ đầu năm đến nay, Phòng Cảnh sát phòng, chống tội phạm về môi trường (PC03) Công an tỉnh đã phát hiện, xử lý 73 vụ vi phạm pháp luật về môi trường, tăng 12 vụ so với cùng kỳ năm 2023; xử phạt vi phạm hành chính hơn 4,6 tỷ đồng, chuyển cơ quan điều tra 2 vụ có dấu hiệu tội phạm.

Trong số các vụ vi phạm, có 41 vụ liên quan đến xả nước thải chưa qua xử lý ra môi trường, chiếm 56,2%; 18 vụ vi phạm về quản lý chất thải nguy hại; còn lại là các vi phạm về khí thải, tiếng ồn. Các địa bàn có nhiều vi phạm là TP. Thuận An (15 vụ), TP. Dĩ An (12 vụ), TP. Tân Uyên (11 vụ) và huyện Bàu Bàng (9 vụ).

Điển hình, ngày 22/7, lực lượng chức năng phát hiện Công ty TNHH MTV Dệt nhuộm Tân Phát (KCN Nam Tân Uyên) xả khoảng 150 m3/ngày nước thải ra rạch Ông Đành. Kết quả phân tích mẫu cho thấy COD vượt quy chuẩn 4,8 lần, độ màu vượt 3,2 lần. Doanh nghiệp bị xử phạt 520 triệu đồng và bị đình chỉ hoạt động 6 tháng.

Lũy kế 8 tháng năm 2024, tổng số tiền xử phạt đã nộp ngân sách đạt 3,9 tỷ đồng, đạt 84,8% tổng số tiền phạt. Theo Thượng tá Lê Văn Hải, Trưởng PC03, ý thức chấp hành của doanh nghiệp đã chuyển biến, song một số cơ sở vẫn lợi dụng trời mưa, ban đêm để xả thải.

Thời gian tới, PC03 phấn đấu tỷ lệ phát hiện, xử lý tội phạm về môi trường đạt trên 80%; kiểm tra ít nhất 120 cơ sở có nguy cơ gây ô nhiễm cao, tập trung vào ngành dệt nhuộm, xi mạ, chế biến gỗ.

Người dân phát hiện hành vi xả thải trái phép có thể phản ánh qua số điện thoại 0274.3855.114.
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-10")
TDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-10", inh=True)

FIGS = [
    F("xử lý 73 vụ", "73", 73, "count", "vụ", "vụ vi phạm pháp luật về môi trường", TD,
      change={"direction": "increase", "value": 12, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}),
    F("hơn 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "xử phạt vi phạm hành chính", TD, approx="over"),
    F("điều tra 2 vụ", "2", 2, "count", "vụ", "vụ có dấu hiệu tội phạm chuyển cơ quan điều tra", TD),
    F("có 41 vụ", "41", 41, "count", "vụ", "vụ liên quan đến xả nước thải chưa qua xử lý ra môi trường", TDi,
      total=73, percent=56.2),
    F("; 18 vụ", "18", 18, "count", "vụ", "vụ vi phạm về quản lý chất thải nguy hại", TDi, total=73),
    F("Thuận An (15 vụ)", "15", 15, "count", "vụ", "vụ vi phạm", TDi, location="Thuận An"),
    F("Dĩ An (12 vụ)", "12", 12, "count", "vụ", "vụ vi phạm", TDi, location="Dĩ An"),
    F("TP. Tân Uyên (11 vụ)", "11", 11, "count", "vụ", "vụ vi phạm", TDi, location="Tân Uyên"),
    F("Bàu Bàng (9 vụ)", "9", 9, "count", "vụ", "vụ vi phạm", TDi, location="Bàu Bàng"),
    F("khoảng 150 m3/ngày", "150", 150, "measure", "m3/ngày", "nước thải xả ra rạch Ông Đành", approx="about"),
    F("quy chuẩn 4,8 lần", "4,8", 4.8, "multiple", "lần", "COD vượt quy chuẩn"),
    F("vượt 3,2 lần", "3,2", 3.2, "multiple", "lần", "độ màu vượt quy chuẩn"),
    F("phạt 520 triệu đồng", "520", 520000000, "money", "đồng", "tiền xử phạt doanh nghiệp"),
    F("hoạt động 6 tháng", "6", 6, "measure", "tháng", "đình chỉ hoạt động", optional=True),
    F("đạt 3,9 tỷ đồng", "3,9", 3900000000, "money", "đồng", "tổng số tiền xử phạt đã nộp ngân sách",
      P("8 tháng năm 2024", "2024-01-01", "2024-08-31"), percent=84.8),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ phát hiện, xử lý tội phạm về môi trường", approx="over",
      status="target"),
    F("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", "cơ sở có nguy cơ gây ô nhiễm cao được kiểm tra",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper of Bình Dương (BBD tag): environmental police (PC03) results 'từ đầu năm đến nay', a textile firm fined, district list, targets.",
    "Dateline '10/09/2024 07:45' with the byline above it. 'Từ đầu năm đến nay' = 2024-01-01 … dateline. Distractors: 'ngày 22/7', phone 0274.3855.114,",
    "'PC03', 'KCN Nam Tân Uyên' (a place inside an organisation name: not the location), 'Thượng tá Lê Văn Hải', 'cùng kỳ năm 2023' baseline.",
    "'tăng 12 vụ so với cùng kỳ năm 2023' is the change of 73 vụ (unit vụ). 'Trong số các vụ vi phạm, có 41 …; 18 …' → total 73 (the whole stated in the previous sentence).",
    "District list (TP. Thuận An, TP. Dĩ An, TP. Tân Uyên, huyện Bàu Bàng): location per item, subject the list's indicator, period inherited.",
    "'COD vượt quy chuẩn 4,8 lần', 'độ màu vượt 3,2 lần': no concentration stated, so each multiple stands as the claim. 'đình chỉ hoạt động 6 tháng' (sanction length): optional.",
    "'đạt 3,9 tỷ đồng, đạt 84,8% tổng số tiền phạt' → percent 84,8. 'phấn đấu … trên 80%; kiểm tra ít nhất 120 cơ sở' → targets without a period.",
]

emit("p359-4", TEXT, COMMENTS, FIGS, published="2024-09-10", location="Bình Dương")
