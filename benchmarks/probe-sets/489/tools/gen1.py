"""p489-1: province portal (Thái Nguyên), online fraud in 6 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Nguyên
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Thái Nguyên: 6 tháng đầu năm xảy ra 127 vụ lừa đảo qua mạng, thiệt hại hơn 46 tỷ đồng
Cập nhật: 16/07/2024 08:45
Lượt xem: 2.961

Theo báo cáo của Công an tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh Thái Nguyên xảy ra 127 vụ lừa đảo chiếm đoạt tài sản trên không gian mạng, tăng 19 vụ so với cùng kỳ năm 2023; tổng số tiền các bị hại bị chiếm đoạt hơn 46 tỷ đồng, tăng 31,4% so với cùng kỳ.

Trong đó, thành phố Thái Nguyên xảy ra nhiều nhất với 52 vụ, tiếp đến là thành phố Sông Công (18 vụ), thành phố Phổ Yên (17 vụ), huyện Phú Bình (11 vụ); các huyện còn lại xảy ra 29 vụ.

Các thủ đoạn phổ biến là giả danh cơ quan công an, viện kiểm sát (chiếm 28%), lừa đảo đầu tư tài chính, tiền ảo (23%) và tuyển cộng tác viên làm nhiệm vụ online (21%). Số tiền bị chiếm đoạt mỗi vụ phổ biến từ 50 đến 300 triệu đồng; có vụ lên tới 4,2 tỷ đồng.

Lực lượng công an đã điều tra, làm rõ 89 vụ, đạt 70,1%; khởi tố 41 vụ/76 bị can; bắt giữ 63 đối tượng, trong đó có 9 đối tượng là người nước ngoài. Cơ quan chức năng đã thu hồi, trả lại cho bị hại gần 7,8 tỷ đồng.

Tính đến ngày 30/6/2024, Công an tỉnh đã phối hợp với các ngân hàng tạm dừng giao dịch 1.245 tài khoản nghi vấn, ngăn chặn kịp thời 37 trường hợp chuyển tiền với tổng số tiền khoảng 3,5 tỷ đồng.

Trong 6 tháng cuối năm, Công an tỉnh phấn đấu tỷ lệ điều tra, khám phá các vụ lừa đảo qua mạng đạt trên 75%; 100% xã, phường, thị trấn tổ chức tuyên truyền về phương thức, thủ đoạn của tội phạm.

Người dân khi phát hiện dấu hiệu lừa đảo đề nghị thông báo ngay cho Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh (số 17 đường Hoàng Văn Thụ, TP. Thái Nguyên), điện thoại trực ban 0208.3855.114.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ = "vụ lừa đảo chiếm đoạt tài sản trên không gian mạng"

FIGS = [
    F("xảy ra 127 vụ lừa đảo qua mạng", "127", 127, "count", "vụ", "vụ lừa đảo qua mạng", H1),
    F("thiệt hại hơn 46 tỷ đồng", "46", 46e9, "money", "đồng", "thiệt hại do lừa đảo qua mạng", H1, approx="over"),
    F("xảy ra 127 vụ lừa đảo chiếm đoạt", "127", 127, "count", "vụ", SUBJ, H1Y,
      change=CH("increase", 19, "vụ", "cùng kỳ năm 2023")),
    F("chiếm đoạt hơn 46 tỷ đồng", "46", 46e9, "money", "đồng", "tổng số tiền các bị hại bị chiếm đoạt", H1Y,
      approx="over", change=CH("increase", 31.4, "%", "cùng kỳ")),
    F("nhiều nhất với 52 vụ", "52", 52, "count", "vụ", SUBJ, I(H1Y), total=127, location="Thái Nguyên"),
    F("Sông Công (18 vụ)", "18", 18, "count", "vụ", SUBJ, I(H1Y), total=127, location="Sông Công"),
    F("Phổ Yên (17 vụ)", "17", 17, "count", "vụ", SUBJ, I(H1Y), total=127, location="Phổ Yên"),
    F("Phú Bình (11 vụ)", "11", 11, "count", "vụ", SUBJ, I(H1Y), total=127, location="Phú Bình"),
    F("còn lại xảy ra 29 vụ", "29", 29, "count", "vụ", "vụ lừa đảo tại các huyện còn lại", I(H1Y), total=127),
    F("(chiếm 28%)", "28", 28, "percent", "%", "tỷ lệ thủ đoạn giả danh cơ quan công an, viện kiểm sát", I(H1Y)),
    F("tiền ảo (23%)", "23", 23, "percent", "%", "tỷ lệ thủ đoạn lừa đảo đầu tư tài chính, tiền ảo", I(H1Y)),
    F("online (21%)", "21", 21, "percent", "%", "tỷ lệ thủ đoạn tuyển cộng tác viên làm nhiệm vụ online", I(H1Y)),
    F("từ 50 đến 300 triệu đồng", "50", 50e6, "money", "đồng", "số tiền bị chiếm đoạt mỗi vụ", I(H1Y),
      value_max=300e6),
    F("lên tới 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "số tiền bị chiếm đoạt của vụ lớn nhất", I(H1Y)),
    F("làm rõ 89 vụ", "89", 89, "count", "vụ", "vụ lừa đảo đã điều tra, làm rõ", I(H1Y), percent=70.1),
    F("khởi tố 41 vụ", "41", 41, "count", "vụ", "vụ án khởi tố", I(H1Y)),
    F("/76 bị can", "76", 76, "count", "bị can", "bị can bị khởi tố", I(H1Y)),
    F("bắt giữ 63 đối tượng", "63", 63, "count", "đối tượng", "đối tượng bị bắt giữ", I(H1Y)),
    F("có 9 đối tượng", "9", 9, "count", "đối tượng", "đối tượng là người nước ngoài bị bắt giữ", I(H1Y), total=63),
    F("gần 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "số tiền thu hồi, trả lại cho bị hại", I(H1Y),
      approx="nearly"),
    F("giao dịch 1.245 tài khoản", "1.245", 1245, "count", "tài khoản", "tài khoản nghi vấn tạm dừng giao dịch", ASOF),
    F("kịp thời 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp chuyển tiền được ngăn chặn kịp thời", ASOF),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "tổng số tiền ngăn chặn chuyển đi", ASOF, approx="about"),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ điều tra, khám phá các vụ lừa đảo qua mạng", H2,
      approx="over", status="target"),
    F("; 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn tổ chức tuyên truyền về phương thức, thủ đoạn của tội phạm",
      H2, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Nguyên: lừa đảo chiếm đoạt tài sản qua mạng 6 tháng đầu năm 2024 (Công an tỉnh).",
    "Headline and lead state the same two figures; both annotated (cf. h20). Headline '6 tháng đầu năm' takes the year of published.",
    "'Trong đó' after a sentence break: the district items (the bracketed ones continue the same list) are parts of 127 vụ; they add up (52+18+17+11+29).",
    "'khởi tố 41 vụ/76 bị can' is two counts of different things, not a part of a whole: no total.",
    "'đạt 70,1%' after 89 vụ is its share (percent attribute); no whole is named, so no total.",
    "'phấn đấu' governs both clauses of the last-paragraph sentence (target). Distractors: Lượt xem, dateline, số 17 đường Hoàng Văn Thụ, 0208.3855.114.",
]

emit("p489-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Thái Nguyên")
