"""p581-8: Báo Long An (provincial paper, BLA tag) — consumer protection association, 9 months 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Báo Long An
Kinh tế | Thị trường
10/10/2024 - 09:12

Hội Bảo vệ quyền lợi người tiêu dùng tỉnh: 9 tháng hỗ trợ giải quyết 76 vụ việc

(BLA) - 9 tháng năm 2024, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Long An tiếp nhận 83 đơn khiếu nại, yêu cầu hỗ trợ của người tiêu dùng, tăng 15 đơn so với cùng kỳ; đã hướng dẫn, hỗ trợ giải quyết 76 vụ việc, đạt 91,6%. Riêng quý III, Hội tiếp nhận 32 đơn, cao nhất từ đầu năm.

Giá trị hàng hóa, dịch vụ được đổi trả, bồi thường cho người tiêu dùng hơn 418 triệu đồng. Các khiếu nại chủ yếu liên quan đến chất lượng hàng điện máy (28 vụ), mua bán trực tuyến (21 vụ) và dịch vụ viễn thông (13 vụ). Bình quân toàn tỉnh có 0,47 đơn khiếu nại/vạn dân.

Dịp Ngày Quyền của người tiêu dùng Việt Nam 15/3, Hội tổ chức 7 buổi tư vấn lưu động (Đức Hòa 3 buổi, Bến Lức 2 buổi, Cần Giuộc 2 buổi) với gần 900 lượt người tham gia; phát hành 12.000 tờ rơi, 350 áp phích tuyên truyền.

Tính đến ngày 30/9/2024, Hội có 1.254 hội viên, sinh hoạt tại 15 chi hội cấp huyện. Phó Chủ tịch Hội Nguyễn Văn Tám cho biết, phấn đấu đến năm 2025, 100% huyện, thị xã, thành phố có chi hội hoạt động hiệu quả; tỷ lệ giải quyết đơn khiếu nại đạt không dưới 90%.

Mọi phản ánh xin gửi về số 16 Nguyễn Huệ, Phường 1, TP. Tân An hoặc điện thoại 0272.3826.155.

THANH HÀ
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giải quyết 76 vụ việc\n", "76", 76, "count", "vụ việc",
      "vụ việc Hội Bảo vệ quyền lợi người tiêu dùng tỉnh hỗ trợ giải quyết", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tiếp nhận 83 đơn", "83", 83, "count", "đơn",
      "đơn khiếu nại, yêu cầu hỗ trợ của người tiêu dùng Hội tiếp nhận", M9,
      change=CH("increase", 15, unit="đơn", baseline="cùng kỳ")),
    F("giải quyết 76 vụ việc,", "76", 76, "count", "vụ việc", "vụ việc đã hướng dẫn, hỗ trợ giải quyết", M9,
      percent=91.6),
    F("tiếp nhận 32 đơn", "32", 32, "count", "đơn", "đơn Hội tiếp nhận", P("quý III", "2024-07-01", "2024-09-30")),
    F("hơn 418 triệu đồng", "418", 418000000, "money", "đồng",
      "giá trị hàng hóa, dịch vụ được đổi trả, bồi thường cho người tiêu dùng", INH(M9), approx="over"),
    F("(28 vụ)", "28", 28, "count", "vụ", "khiếu nại liên quan đến chất lượng hàng điện máy", INH(M9)),
    F("(21 vụ)", "21", 21, "count", "vụ", "khiếu nại liên quan đến mua bán trực tuyến", INH(M9)),
    F("(13 vụ)", "13", 13, "count", "vụ", "khiếu nại liên quan đến dịch vụ viễn thông", INH(M9)),
    F("0,47 đơn", "0,47", 0.47, "measure", "đơn/vạn dân", "đơn khiếu nại bình quân toàn tỉnh", INH(M9)),
    F("tổ chức 7 buổi", "7", 7, "count", "buổi", "buổi tư vấn lưu động dịp Ngày Quyền của người tiêu dùng Việt Nam"),
    F("Đức Hòa 3 buổi", "3", 3, "count", "buổi", "buổi tư vấn lưu động", total=7, location="Đức Hòa"),
    F("Bến Lức 2 buổi", "2", 2, "count", "buổi", "buổi tư vấn lưu động", total=7, location="Bến Lức"),
    F("Cần Giuộc 2 buổi", "2", 2, "count", "buổi", "buổi tư vấn lưu động", total=7, location="Cần Giuộc"),
    F("gần 900 lượt người", "900", 900, "count", "lượt người", "lượt người tham gia tư vấn lưu động",
      approx="nearly"),
    F("phát hành 12.000 tờ rơi", "12.000", 12000, "count", "tờ rơi", "tờ rơi phát hành"),
    F("350 áp phích", "350", 350, "count", "áp phích", "áp phích tuyên truyền phát hành"),
    F("có 1.254 hội viên", "1.254", 1254, "count", "hội viên", "hội viên của Hội", ASOF),
    F("tại 15 chi hội", "15", 15, "count", "chi hội", "chi hội cấp huyện", ASOF),
    F("2025, 100% huyện", "100", 100, "percent", "%",
      "huyện, thị xã, thành phố có chi hội hoạt động hiệu quả", T25, status="target"),
    F("không dưới 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết đơn khiếu nại", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Long An (invented), tag '(BLA)': Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Long An, 9 tháng năm 2024. Dateline '10/10/2024 - 09:12'.",
    "Headline '9 tháng' takes 2024 from the lead. 'tăng 15 đơn so với cùng kỳ' is the change of 83 đơn; 76 vụ việc carries 'đạt 91,6%'.",
    "'Riêng quý III' gives 32 đơn its own period. Bracketed complaint counts by field are list items (no part-of cue: no total).",
    "'7 buổi (Đức Hòa 3 buổi, Bến Lức 2 buổi, Cần Giuộc 2 buổi)' is a bracketed breakdown that adds up: total 7, districts as location.",
    "'0,47 đơn khiếu nại/vạn dân' is a rate (measure; 'vạn dân' is its denominator).",
    "revised: rate unit 'đơn khiếu nại/vạn dân' → 'đơn/vạn dân' (shortest noun phrase + denominator, as shared h07 'doanh nghiệp/1.000 dân'). 'Tính đến ngày 30/9/2024' is an as-of period (start null).",
    "Not figures: '15/3', 'Nguyễn Văn Tám' (a name), 'số 16 Nguyễn Huệ, Phường 1', phone '0272.3826.155'.",
    "'phấn đấu đến năm 2025' governs both targets (as-of period ending 2025-12-31); 'không dưới 90%' is at_least.",
]

if __name__ == "__main__":
    emit("p581-8", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Long An")
