import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Mường La
Tin tức - Sự kiện
Thứ Năm, 12/09/2024 - 15:20

Mường La: Chủ động ứng phó khi thủy điện Sơn La mở 3 cửa xả đáy

Do ảnh hưởng của hoàn lưu bão số 3 (Yagi), từ ngày 8/9 đến ngày 11/9/2024, trên địa bàn huyện có mưa to đến rất to, lượng mưa phổ biến từ 150 đến 250 mm, riêng khu vực thượng nguồn suối Nậm Chiến đo được 312 mm.

Thực hiện lệnh của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, lúc 14h ngày 11/9/2024, Nhà máy thủy điện Sơn La đã mở thêm 1 cửa xả đáy, nâng tổng số cửa xả đang vận hành lên 3 cửa. Thời điểm này, mực nước hồ Sơn La ở cao trình 214,12 m, thấp hơn mực nước dâng bình thường 0,88 m; lưu lượng nước về hồ khoảng 7.500 m³/s, tổng lưu lượng xả về hạ du 5.720 m³/s.

Trên địa bàn huyện hiện có 9 nhà máy thủy điện vừa và nhỏ với tổng công suất 167,4 MW; các nhà máy đều vận hành theo quy trình, chưa ghi nhận sự cố mất an toàn đập.

Mưa lũ đã làm 23 nhà bị hư hỏng, trong đó 5 nhà bị cuốn trôi hoàn toàn; sạt lở khoảng 1.850 m³ đất đá trên Quốc lộ 279D; thiệt hại ước tính 4,6 tỷ đồng. UBND huyện đã di dời khẩn cấp 46 hộ với 187 nhân khẩu ra khỏi vùng nguy hiểm dọc sông Đà, hỗ trợ mỗi hộ 2 triệu đồng.

Huyện đề nghị người dân tuyệt đối không đánh bắt cá, khai thác cát trên lòng hồ và khu vực hạ lưu đập trong phạm vi 1 km. Mọi thông tin cần hỗ trợ liên hệ Ban Chỉ huy PCTT&TKCN huyện, số điện thoại 0212.3831.116.

Quàng Văn Thắng (Trung tâm VH-TT&TT huyện)
"""

RAIN = P("từ ngày 8/9 đến ngày 11/9/2024", "2024-09-08", "2024-09-11")
D11 = P("ngày 11/9/2024", "2024-09-11", "2024-09-11")

FIGS = [
    F("mở 3 cửa xả đáy", "3", 3, "count", "cửa xả đáy", "cửa xả đáy thủy điện Sơn La mở"),
    F("từ 150 đến 250 mm", "150", 150, "measure", "mm", "lượng mưa phổ biến", RAIN, value_max=250),
    F("được 312 mm", "312", 312, "measure", "mm", "lượng mưa khu vực thượng nguồn suối Nậm Chiến", RAIN),
    F("thêm 1 cửa xả đáy", "1", 1, "count", "cửa xả đáy", "cửa xả đáy Nhà máy thủy điện Sơn La mở thêm", D11),
    F("lên 3 cửa", "3", 3, "count", "cửa", "tổng số cửa xả đang vận hành", D11),
    F("cao trình 214,12 m", "214,12", 214.12, "measure", "m", "mực nước hồ Sơn La", I(D11),
      change=CH("decrease", 0.88, "m", "mực nước dâng bình thường")),
    F("khoảng 7.500 m³/s", "7.500", 7500, "measure", "m³/s", "lưu lượng nước về hồ", I(D11), approx="about"),
    F("hạ du 5.720 m³/s", "5.720", 5720, "measure", "m³/s", "tổng lưu lượng xả về hạ du", I(D11)),
    F("có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy thủy điện vừa và nhỏ"),
    F("công suất 167,4 MW", "167,4", 167.4, "measure", "MW", "tổng công suất nhà máy thủy điện vừa và nhỏ"),
    F("làm 23 nhà", "23", 23, "count", "nhà", "nhà bị hư hỏng"),
    F("đó 5 nhà", "5", 5, "count", "nhà", "nhà bị cuốn trôi hoàn toàn", total=23),
    F("khoảng 1.850 m³", "1.850", 1850, "measure", "m³", "đất đá sạt lở trên Quốc lộ 279D", approx="about"),
    F("ước tính 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "thiệt hại do mưa lũ", status="estimate"),
    F("khẩn cấp 46 hộ", "46", 46, "count", "hộ", "hộ di dời khẩn cấp ra khỏi vùng nguy hiểm"),
    F("với 187 nhân khẩu", "187", 187, "count", "nhân khẩu", "nhân khẩu di dời khẩn cấp ra khỏi vùng nguy hiểm"),
    F("mỗi hộ 2 triệu đồng", "2", 2e6, "money", "đồng", "hỗ trợ mỗi hộ di dời"),
    F("phạm vi 1 km", "1", 1, "measure", "km", "phạm vi hạ lưu đập cấm đánh bắt cá, khai thác cát", optional=True),
]

emit("p582-2", TEXT, [
    "District portal (Mường La, Sơn La): storm Yagi rain, Sơn La reservoir opening bottom outlets, level/inflow/outflow, damage, evacuation.",
    "'bão số 3', 'lúc 14h', 'Quốc lộ 279D', phone number are distractors. Level reading day 11/9/2024 = one-day period (start = end).",
    "'thấp hơn mực nước dâng bình thường 0,88 m' is the change of 214,12 m. The 1 km exclusion zone is a threshold (optional).",
], FIGS, published="2024-09-12", location="Mường La")
