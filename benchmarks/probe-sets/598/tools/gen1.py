"""p598-1: Yên Bái province portal — rapid damage report of a rain/flood episode."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Phòng, chống thiên tai
Cập nhật: 06/08/2024 16:45
Lượt xem: 3.482

Yên Bái: Mưa lũ gây sạt lở tại 1.146 điểm, thiệt hại hơn 215 tỷ đồng

Theo báo cáo nhanh của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Yên Bái, đợt mưa lớn từ ngày 28/7 đến ngày 3/8/2024 đã gây sạt lở đất tại 1.146 điểm trên địa bàn tỉnh, trong đó có 412 điểm trên các tuyến quốc lộ, tỉnh lộ. Lượng mưa phổ biến từ 150 đến 250 mm, riêng trạm Mù Cang Chải đo được 386,4 mm.

Mưa lũ đã làm 7 người chết và mất tích, 5 người bị thương; 1.328 ngôi nhà bị hư hỏng, trong đó 96 nhà bị sập đổ hoàn toàn. Nhà hư hỏng tập trung ở các huyện Mù Cang Chải (418 nhà), Trạm Tấu (305 nhà) và Văn Chấn (267 nhà). Khoảng 2.150 ha lúa và hoa màu bị ngập úng, vùi lấp; khoảng 31.426,5 m³ đất đá tràn xuống mặt đường, gây ách tắc Quốc lộ 32 tại Km 221+300 và Km 236+150.

Tổng thiệt hại ước tính hơn 215 tỷ đồng, tăng 38% so với cùng kỳ năm trước. Ngay sau khi mưa ngớt, các địa phương đã di dời khẩn cấp 542 hộ với 2.236 nhân khẩu ra khỏi vùng nguy hiểm, trong đó huyện Trạm Tấu di dời 187 hộ.

UBND tỉnh đã xuất ngân sách dự phòng 20 tỷ đồng hỗ trợ các huyện khắc phục hậu quả, mức hỗ trợ 40 triệu đồng/hộ có nhà bị sập đổ hoàn toàn. Đến ngày 5/8, 85% tuyến đường bị ách tắc đã được thông xe tạm thời.

Mọi thông tin về tình hình thiên tai, đề nghị liên hệ đường dây nóng 0216.3852.115 hoặc Văn phòng thường trực tại số 26 đường Nguyễn Tất Thành, thành phố Yên Bái.
"""

EP = P("từ ngày 28/7 đến ngày 3/8/2024", "2024-07-28", "2024-08-03")

FIGS = [
    F("tại 1.146 điểm, thiệt hại", "1.146", 1146, "count", "điểm", "điểm sạt lở do mưa lũ", I(EP)),
    F("thiệt hại hơn 215 tỷ đồng", "215", 215e9, "money", "đồng", "thiệt hại do mưa lũ", I(EP), approx="over"),
    F("tại 1.146 điểm trên địa bàn", "1.146", 1146, "count", "điểm", "điểm sạt lở đất", EP),
    F("có 412 điểm", "412", 412, "count", "điểm", "điểm sạt lở trên các tuyến quốc lộ, tỉnh lộ", EP, total=1146),
    F("từ 150 đến 250 mm", "150", 150, "measure", "mm", "lượng mưa phổ biến", I(EP), value_max=250),
    F("được 386,4 mm", "386,4", 386.4, "measure", "mm", "lượng mưa tại trạm Mù Cang Chải", I(EP), location="Mù Cang Chải"),
    F("làm 7 người chết", "7", 7, "count", "người", "người chết và mất tích", I(EP)),
    F("5 người bị thương", "5", 5, "count", "người", "người bị thương", I(EP)),
    F("1.328 ngôi nhà", "1.328", 1328, "count", "ngôi nhà", "ngôi nhà bị hư hỏng", I(EP)),
    F("96 nhà bị sập", "96", 96, "count", "nhà", "nhà bị sập đổ hoàn toàn", I(EP), total=1328),
    F("(418 nhà)", "418", 418, "count", "nhà", "nhà hư hỏng", I(EP), location="Mù Cang Chải"),
    F("(305 nhà)", "305", 305, "count", "nhà", "nhà hư hỏng", I(EP), location="Trạm Tấu"),
    F("(267 nhà)", "267", 267, "count", "nhà", "nhà hư hỏng", I(EP), location="Văn Chấn"),
    F("Khoảng 2.150 ha", "2.150", 2150, "measure", "ha", "lúa và hoa màu bị ngập úng, vùi lấp", I(EP), approx="about"),
    F("khoảng 31.426,5 m³", "31.426,5", 31426.5, "measure", "m³", "đất đá tràn xuống mặt đường", I(EP), approx="about"),
    F("ước tính hơn 215 tỷ đồng", "215", 215e9, "money", "đồng", "tổng thiệt hại", I(EP), approx="over",
      change=CH("increase", 38, "%", "cùng kỳ năm trước"), status="estimate"),
    F("khẩn cấp 542 hộ", "542", 542, "count", "hộ", "hộ di dời khẩn cấp ra khỏi vùng nguy hiểm", I(EP)),
    F("2.236 nhân khẩu", "2.236", 2236, "count", "nhân khẩu", "nhân khẩu di dời khẩn cấp ra khỏi vùng nguy hiểm", I(EP)),
    F("di dời 187 hộ", "187", 187, "count", "hộ", "hộ di dời khẩn cấp", I(EP), total=542, location="Trạm Tấu"),
    F("dự phòng 20 tỷ đồng", "20", 20e9, "money", "đồng", "ngân sách dự phòng hỗ trợ các huyện khắc phục hậu quả"),
    F("hỗ trợ 40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị sập đổ hoàn toàn"),
    F("5/8, 85%", "85", 85, "percent", "%", "tuyến đường bị ách tắc đã được thông xe tạm thời",
      P("Đến ngày 5/8", None, "2024-08-05")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Yên Bái (invented): rapid damage report of the rain/flood episode 28/7-3/8/2024.",
    "Headline figures are figures of their own (as shared h21). District items in brackets after 'tập trung ở' follow no part cue",
    "and do not add up to 1.328: no total, district as location. 'Mù Cang Chải' station rainfall: location the district.",
    "Distractors: Cập nhật line, Lượt xem 3.482, Quốc lộ 32, Km 221+300, Km 236+150, hotline, 'số 26 đường Nguyễn Tất Thành', dates.",
]

if __name__ == "__main__":
    emit("p598-1", TEXT, COMMENTS, FIGS, published="2024-08-06", location="Yên Bái")
