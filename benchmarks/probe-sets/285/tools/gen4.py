from lib import F, per, chg, tgt, write

text = """Đoàn ĐBQH và HĐND tỉnh: Nâng cao chất lượng tiếp công dân, xử lý đơn thư
12/07/2024 08:30

(BĐL) - Trong 6 tháng đầu năm 2024, Đoàn ĐBQH và HĐND tỉnh đã tổ chức 14 buổi tiếp công dân định kỳ và đột xuất, tiếp 236 lượt công dân với 98 vụ việc, tăng 11,4% so với cùng kỳ năm 2023.

Cũng trong 6 tháng đầu năm, Văn phòng Đoàn ĐBQH và HĐND tỉnh tiếp nhận 412 đơn thư, trong đó 187 đơn đủ điều kiện xử lý, chiếm 45,39%; 225 đơn trùng lặp, nặc danh hoặc không đủ điều kiện. Đơn khiếu nại chiếm khoảng 38% tổng số đơn, chủ yếu liên quan đến đất đai, bồi thường, hỗ trợ tái định cư. Đơn thư tập trung nhiều ở huyện Cư M'gar (47 đơn), huyện Krông Pắc (39 đơn) và thành phố Buôn Ma Thuột (35 đơn).

Qua phân loại, Đoàn đã chuyển 164 đơn đến cơ quan có thẩm quyền giải quyết; đến ngày 30/6/2024 đã nhận được văn bản trả lời đối với 129 đơn, đạt 78,66%. Các đại biểu Quốc hội của Đoàn cũng tham gia tiếp xúc cử tri tại 12/15 huyện, thị xã, thành phố, với gần 3.000 lượt cử tri tham dự.

Phát biểu tại buổi làm việc ngày 10/7, Phó Trưởng Đoàn chuyên trách ĐBQH tỉnh đề nghị các cơ quan thực hiện nghiêm Luật Tiếp công dân năm 2013 và Nghị quyết số 623/2022/UBTVQH15; phấn đấu trong 6 tháng cuối năm 2024, tỷ lệ đơn thư được cơ quan có thẩm quyền trả lời đạt trên 85%, không để phát sinh điểm nóng.

Công dân có thể gửi đơn thư về Văn phòng Đoàn ĐBQH và HĐND tỉnh, số 09 Lê Duẩn, TP Buôn Ma Thuột hoặc liên hệ ĐT: 0262.3852.314.

HOÀNG LAN
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("Cũng trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = dict(H1, inherited=True)
figs = [
    F("tổ chức 14 buổi", "14", 14, "count", "buổi", "buổi tiếp công dân định kỳ và đột xuất", period=H1),
    F("tiếp 236 lượt", "236", 236, "count", "lượt công dân", "lượt công dân được tiếp", period=H1),
    F("với 98 vụ việc", "98", 98, "count", "vụ việc", "vụ việc",
      change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"), period=H1),
    F("nhận 412 đơn thư", "412", 412, "count", "đơn thư", "đơn thư tiếp nhận", period=H1b),
    F("187 đơn", "187", 187, "count", "đơn", "đơn đủ điều kiện xử lý", total=412, percent=45.39, period=H1b),
    F("225 đơn", "225", 225, "count", "đơn", "đơn trùng lặp, nặc danh hoặc không đủ điều kiện", total=412, period=H1b),
    F("khoảng 38%", "38", 38, "percent", "%", "Đơn khiếu nại", approx="about", period=H1i),
    F("(47 đơn)", "47", 47, "count", "đơn", "Đơn thư", location="Cư M'gar", period=H1i),
    F("(39 đơn)", "39", 39, "count", "đơn", "Đơn thư", location="Krông Pắc", period=H1i),
    F("(35 đơn)", "35", 35, "count", "đơn", "Đơn thư", location="Buôn Ma Thuột", period=H1i),
    F("chuyển 164 đơn", "164", 164, "count", "đơn", "đơn chuyển đến cơ quan có thẩm quyền giải quyết", period=H1i),
    F("129 đơn", "129", 129, "count", "đơn", "đơn nhận được văn bản trả lời", percent=78.66,
      period=per("đến ngày 30/6/2024", None, "2024-06-30")),
    F("12/15 huyện", "12", 12, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tiếp xúc cử tri",
      total=15, period=H1i),
    F("gần 3.000 lượt", "3.000", 3000, "count", "lượt cử tri", "lượt cử tri tham dự", approx="nearly", period=H1i),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ đơn thư được cơ quan có thẩm quyền trả lời",
      approx="over", status="target", period=per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")),
]

write(4, [
    "Báo Đắk Lắk (Party newspaper): the provincial NA delegation and People's Council receiving citizens and handling petitions, H1 2024.",
    "Bare dateline '12/07/2024 08:30', tag '(BĐL)', byline at the end. Distractors: 'buổi làm việc ngày 10/7', 'Luật Tiếp công dân năm 2013',",
    "Nghị quyết số 623/2022/UBTVQH15, 'số 09 Lê Duẩn' (address), phone 0262.3852.314.",
    "98 vụ việc takes the change 'tăng 11,4% so với cùng kỳ năm 2023'. 187 and 225 after 'trong đó' take total 412; 187 'chiếm 45,39%' percent.",
    "'Đơn khiếu nại chiếm khoảng 38%' has no count of its own: a percent figure (about). District list: places go to location.",
    "129 'đạt 78,66%' carries its percent; no part-of cue to 164, so no total; its as-of period is 'đến ngày 30/6/2024'.",
    "164 takes the inherited H1 2024 (the as-of phrase governs the next clause). '12/15 huyện, thị xã, thành phố' total 15.",
    "'phấn đấu trong 6 tháng cuối năm 2024 ... đạt trên 85%': status target, approx over.",
], text, figs, published="2024-07-12", location="Đắk Lắk")
