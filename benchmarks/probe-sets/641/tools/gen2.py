"""p641-2: district portal (huyện Diễn Châu, Nghệ An) — thực hiện kiến nghị kiểm toán đầu tư công."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Ba, 22/10/2024 - 15:30

Diễn Châu: Thu hồi nộp ngân sách đạt 74,4% số kiến nghị của Kiểm toán Nhà nước

Chiều 21/10, UBND huyện tổ chức hội nghị đánh giá việc thực hiện kết luận, kiến nghị của Kiểm toán Nhà nước khu vực II tại cuộc kiểm toán chuyên đề quản lý, sử dụng vốn đầu tư công giai đoạn 2021-2023.

Theo báo cáo, Đoàn kiểm toán đã kiểm toán 12 dự án với tổng mức đầu tư 642,5 tỷ đồng. Trong số 12 dự án này, có 5 dự án chậm tiến độ từ 6 đến 18 tháng, 3 dự án điều chỉnh tổng mức đầu tư tăng thêm khoảng 47 tỷ đồng.

Kiểm toán Nhà nước kiến nghị xử lý tài chính 8,37 tỷ đồng, trong đó: thu hồi nộp ngân sách nhà nước 2,15 tỷ đồng; giảm thanh toán, giảm giá trị quyết toán 4,9 tỷ đồng; xử lý khác 1,32 tỷ đồng. Ngoài ra, Đoàn đề nghị UBND huyện sửa đổi 3 văn bản về quản lý đầu tư và làm rõ trách nhiệm của 4 chủ đầu tư.

Tính đến ngày 15/10/2024, các đơn vị đã nộp 1,6 tỷ đồng vào tài khoản tạm giữ của Kiểm toán Nhà nước, đạt 74,4% số phải thu hồi. Số chưa nộp tập trung ở Ban Quản lý dự án đầu tư xây dựng huyện (320 triệu đồng), Phòng Kinh tế - Hạ tầng (145 triệu đồng) và Trung tâm Phát triển quỹ đất (85 triệu đồng). Các khoản giảm thanh toán, giảm giá trị quyết toán đã được chủ đầu tư thực hiện xong 100%.

Kết luận hội nghị, Phó Chủ tịch UBND huyện Nguyễn Văn Hùng yêu cầu các đơn vị nộp đủ số tiền còn lại trước ngày 30/11/2024, phấn đấu đến hết năm 2024 hoàn thành 100% kiến nghị. Người dân có thể phản ánh qua đường dây nóng 0238.3862.214.

Minh Châu - Trung tâm VH-TT&TT huyện
"""

GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh=True)
ASOF = P("Tính đến ngày 15/10/2024", None, "2024-10-15")
T = 8.37e9

FIGS = [
    F("đạt 74,4% số kiến nghị", "74,4", 74.4, "percent", "%",
      "thu hồi nộp ngân sách so với số kiến nghị của Kiểm toán Nhà nước"),
    F("kiểm toán 12 dự án", "12", 12, "count", "dự án", "dự án được kiểm toán", GD),
    F("tổng mức đầu tư 642,5 tỷ đồng", "642,5", 642.5e9, "money", "đồng", "tổng mức đầu tư của các dự án được kiểm toán", GD),
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án chậm tiến độ", GD, total=12),
    F("từ 6 đến 18 tháng", "6", 6, "measure", "tháng", "thời gian chậm tiến độ", value_max=18),
    F("3 dự án điều chỉnh", "3", 3, "count", "dự án", "dự án điều chỉnh tổng mức đầu tư", GD, total=12),
    F("khoảng 47 tỷ đồng", "47", 47e9, "money", "đồng", "tổng mức đầu tư điều chỉnh tăng thêm", GD, approx="about"),
    F("tài chính 8,37 tỷ đồng", "8,37", T, "money", "đồng", "kiến nghị xử lý tài chính", GD),
    F("nhà nước 2,15 tỷ đồng", "2,15", 2.15e9, "money", "đồng", "kiến nghị thu hồi nộp ngân sách nhà nước", GD, total=T),
    F("quyết toán 4,9 tỷ đồng", "4,9", 4.9e9, "money", "đồng", "kiến nghị giảm thanh toán, giảm giá trị quyết toán", GD,
      total=T),
    F("khác 1,32 tỷ đồng", "1,32", 1.32e9, "money", "đồng", "kiến nghị xử lý khác", GD, total=T),
    F("sửa đổi 3 văn bản", "3", 3, "count", "văn bản", "văn bản về quản lý đầu tư đề nghị sửa đổi"),
    F("của 4 chủ đầu tư", "4", 4, "count", "chủ đầu tư", "chủ đầu tư phải làm rõ trách nhiệm"),
    F("nộp 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "số tiền đã nộp vào tài khoản tạm giữ của Kiểm toán Nhà nước",
      ASOF, percent=74.4),
    F("(320 triệu đồng)", "320", 320e6, "money", "đồng", "số chưa nộp của Ban Quản lý dự án đầu tư xây dựng huyện",
      I(ASOF)),
    F("(145 triệu đồng)", "145", 145e6, "money", "đồng", "số chưa nộp của Phòng Kinh tế - Hạ tầng", I(ASOF)),
    F("(85 triệu đồng)", "85", 85e6, "money", "đồng", "số chưa nộp của Trung tâm Phát triển quỹ đất", I(ASOF)),
    F("thực hiện xong 100%", "100", 100, "percent", "%", "các khoản giảm thanh toán, giảm giá trị quyết toán đã thực hiện",
      I(ASOF)),
    F("hoàn thành 100% kiến nghị", "100", 100, "percent", "%", "kiến nghị hoàn thành",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Diễn Châu (Nghệ An): thực hiện kiến nghị của KTNN khu vực II, kiểm toán vốn đầu tư công 2021-2023 (invented).",
    "Dateline 'Thứ Ba, 22/10/2024 - 15:30'; byline at the end. 'Chiều 21/10', 'trước ngày 30/11/2024', the hotline and 'khu vực II'",
    "are not figures. 'Trong số 12 dự án này' restates the 12 as the total of the 5 and the 3 (attribute only, not a figure).",
    "'từ 6 đến 18 tháng' is an amount of delay (measure range), not a period. 'tăng thêm khoảng 47 tỷ' is its own money figure",
    "(no base amount stated). The three bracketed units' unpaid sums add up to 550 triệu, a number the text never states: no total.",
    "District portal: location Diễn Châu throughout.",
]

if __name__ == "__main__":
    emit("p641-2", TEXT, COMMENTS, FIGS, published="2024-10-22", location="Diễn Châu")
