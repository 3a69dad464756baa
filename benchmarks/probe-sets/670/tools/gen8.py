"""p670-8: Công an tỉnh Tây Ninh portal, conditional early release (tha tù trước thời hạn có điều kiện), 9 months 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CÔNG AN TỈNH TÂY NINH
Trang chủ » Tin tức » Thi hành án hình sự và hỗ trợ tư pháp

Tây Ninh: 134 phạm nhân được tha tù trước thời hạn có điều kiện trong 9 tháng

22/11/2024 08:30 | Lượt đọc: 612

Từ đầu năm đến ngày 30/9/2024, Tòa án nhân dân các cấp trên địa bàn tỉnh đã quyết định tha tù trước thời hạn có điều kiện theo Điều 66 Bộ luật Hình sự cho 134/141 phạm nhân được đề nghị, đạt 95%, tăng 21 người so với cùng kỳ năm 2023. Riêng quý III/2024 có 52 người được tha tù trước thời hạn, cao nhất từ trước đến nay.

Tính đến ngày 30/9/2024, Công an cấp xã đang phối hợp quản lý 219 người trong thời gian thử thách; trong đó 187 người chấp hành tốt nghĩa vụ, 29 người vi phạm bị nhắc nhở, 3 người bị hủy quyết định tha tù trước thời hạn, phải chấp hành phần hình phạt còn lại.

Số người được quản lý tập trung tại thị xã Trảng Bàng (41 người), huyện Gò Dầu (36 người) và thị xã Hòa Thành (28 người).

Trong 9 tháng, chỉ có 1 người được tha tù trước thời hạn có điều kiện tái phạm tội, chiếm 0,46% số người đang được quản lý. Tỷ lệ xét duyệt hồ sơ tha tù trước thời hạn của tỉnh đứng thứ 3 khu vực Đông Nam Bộ.

Công an tỉnh đã phối hợp Hội Liên hiệp Phụ nữ tỉnh trao 65 suất quà, mỗi suất 1,5 triệu đồng, cho người có hoàn cảnh khó khăn. Dự kiến quý IV/2024, Trại tạm giam Công an tỉnh tiếp tục lập hồ sơ đề nghị xét tha tù trước thời hạn có điều kiện cho khoảng 40 phạm nhân.

Trụ sở: số 2 đường 30/4, Phường 1, TP. Tây Ninh. Điện thoại: 0276.3822.113
"""

YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
S = "người được tha tù trước thời hạn có điều kiện đang được quản lý"

FIGS = [
    F("Tây Ninh: 134 phạm nhân", "134", 134, "count", "phạm nhân",
      "phạm nhân được tha tù trước thời hạn có điều kiện", M9),
    F("134/141 phạm nhân", "134", 134, "count", "phạm nhân",
      "phạm nhân được tha tù trước thời hạn có điều kiện", YTD,
      total=141, percent=95, change=CH("increase", 21, "người", "cùng kỳ năm 2023")),
    F("có 52 người", "52", 52, "count", "người", "người được tha tù trước thời hạn",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("quản lý 219 người", "219", 219, "count", "người", "người trong thời gian thử thách Công an cấp xã quản lý", AS),
    F("187 người", "187", 187, "count", "người", "người chấp hành tốt nghĩa vụ", AS, total=219),
    F("29 người", "29", 29, "count", "người", "người vi phạm bị nhắc nhở", AS, total=219),
    F("3 người bị", "3", 3, "count", "người", "người bị hủy quyết định tha tù trước thời hạn", AS, total=219),
    F("Trảng Bàng (41 người)", "41", 41, "count", "người", S, INH(AS), location="Trảng Bàng"),
    F("Gò Dầu (36 người)", "36", 36, "count", "người", S, INH(AS), location="Gò Dầu"),
    F("Hòa Thành (28 người)", "28", 28, "count", "người", S, INH(AS), location="Hòa Thành"),
    F("có 1 người", "1", 1, "count", "người", "người được tha tù trước thời hạn có điều kiện tái phạm tội", M9,
      percent=0.46),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ xét duyệt hồ sơ tha tù trước thời hạn"),
    F("trao 65 suất", "65", 65, "count", "suất quà", "suất quà trao cho người có hoàn cảnh khó khăn"),
    F("1,5 triệu", "1,5", 1.5e6, "money", "đồng", "giá trị mỗi suất quà"),
    F("khoảng 40 phạm nhân", "40", 40, "count", "phạm nhân",
      "phạm nhân được lập hồ sơ đề nghị xét tha tù trước thời hạn có điều kiện",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Công an tỉnh Tây Ninh portal (dateline '22/11/2024 08:30 | Lượt đọc: 612'): conditional early release, 9 months 2024, supervision.",
    "Headline '9 tháng' (no year) takes 2024 from the dateline. 134/141 -> total 141, 'đạt 95%' its share, 'tăng 21 người' its change.",
    "'trong đó' parts of 219 total 219 and share the as-of date of their sentence. District items get no total (no cue after a figure).",
    "Distractors: 'Lượt đọc: 612', 'Điều 66 Bộ luật Hình sự', 'số 2 đường 30/4, Phường 1', phone, dates 30/9/2024.",
]

if __name__ == "__main__":
    emit("p670-8", TEXT, COMMENTS, FIGS, published="2024-11-22", location="Tây Ninh")
