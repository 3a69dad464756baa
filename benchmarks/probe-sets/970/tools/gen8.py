"""p970-8: Báo Bình Thuận online, Q1/2025, headline figure and (BBT) tag."""
from lib import F, P, I, C, T, write_set

TEXT = """Gần 400 vụ việc được hòa giải thành trong quý I
Thứ Năm, 24/04/2025 | 07:12

(BBT) - Quý I/2025, các tổ hòa giải ở cơ sở trên địa bàn tỉnh tiếp nhận 461 vụ việc, hòa giải thành 398 vụ việc; tỷ lệ hòa giải thành đạt 86,3%, tăng 2,1 điểm phần trăm so với cùng kỳ năm 2024. Kết quả này đưa Bình Thuận xếp thứ 2 khu vực Nam Trung Bộ về tỷ lệ hòa giải thành.

Trong số vụ việc tiếp nhận, tranh chấp đất đai, ranh giới chiếm 41,6%; mâu thuẫn gia đình chiếm 27,3%; vay mượn tiền, hợp đồng dân sự chiếm 19,5%. Các địa phương có nhiều vụ việc là TP Phan Thiết (87 vụ việc), Hàm Thuận Bắc (72 vụ việc), Đức Linh (56 vụ việc) và Tuy Phong (49 vụ việc).

Tại khu phố 7, phường Đức Thắng (TP Phan Thiết), tổ hòa giải gồm 5 thành viên đã hòa giải thành cả 6 vụ việc phát sinh từ đầu năm, phần lớn liên quan đến lấn chiếm lối đi, xây dựng nhà ở dọc Quốc lộ 1A.

Toàn tỉnh hiện có 1.083 tổ hòa giải với 7.215 hòa giải viên. Năm 2024, tỉnh bố trí gần 1,2 tỷ đồng cho công tác hòa giải ở cơ sở, bình quân khoảng 1,1 triệu đồng/tổ. Năm 2025, Sở Tư pháp đặt mục tiêu tỷ lệ hòa giải thành đạt ít nhất 87%; tổ chức 12 lớp tập huấn cho khoảng 1.500 hòa giải viên, ưu tiên các xã có đông đồng bào dân tộc thiểu số.

NGỌC LÂN
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "vụ việc tiếp nhận"

FIGS = [
    F("Gần 400 vụ việc", "400", 400, "count", "vụ việc", "vụ việc được hòa giải thành",
      P("quý I", "2025-01-01", "2025-03-31"), approx="nearly"),
    F("tiếp nhận 461 vụ việc", "461", 461, "count", "vụ việc", "vụ việc các tổ hòa giải ở cơ sở tiếp nhận", Q1),
    F("thành 398 vụ việc", "398", 398, "count", "vụ việc", "vụ việc hòa giải thành", Q1),
    F("đạt 86,3%", "86,3", 86.3, "percent", "%", "tỷ lệ hòa giải thành", Q1,
      change=C("increase", 2.1, "điểm phần trăm", "cùng kỳ năm 2024")),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "tỷ lệ hòa giải thành khu vực Nam Trung Bộ", I(Q1)),
    F("ranh giới chiếm 41,6%", "41,6", 41.6, "percent", "%", "vụ việc tranh chấp đất đai, ranh giới", I(Q1)),
    F("gia đình chiếm 27,3%", "27,3", 27.3, "percent", "%", "vụ việc mâu thuẫn gia đình", I(Q1)),
    F("dân sự chiếm 19,5%", "19,5", 19.5, "percent", "%", "vụ việc vay mượn tiền, hợp đồng dân sự", I(Q1)),
    F("Phan Thiết (87 vụ việc)", "87", 87, "count", "vụ việc", LIST, I(Q1), location="Phan Thiết"),
    F("Hàm Thuận Bắc (72 vụ việc)", "72", 72, "count", "vụ việc", LIST, I(Q1), location="Hàm Thuận Bắc"),
    F("Đức Linh (56 vụ việc)", "56", 56, "count", "vụ việc", LIST, I(Q1), location="Đức Linh"),
    F("Tuy Phong (49 vụ việc)", "49", 49, "count", "vụ việc", LIST, I(Q1), location="Tuy Phong"),
    F("gồm 5 thành viên", "5", 5, "count", "thành viên", "thành viên tổ hòa giải khu phố 7", location="Phan Thiết"),
    F("cả 6 vụ việc", "6", 6, "count", "vụ việc", "vụ việc tổ hòa giải khu phố 7 hòa giải thành",
      P("từ đầu năm", "2025-01-01", "2025-04-24"), location="Phan Thiết"),
    F("có 1.083 tổ hòa giải", "1.083", 1083, "count", "tổ hòa giải", "tổ hòa giải"),
    F("với 7.215 hòa giải viên", "7.215", 7215, "count", "hòa giải viên", "hòa giải viên"),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí cho công tác hòa giải ở cơ sở", Y24,
      approx="nearly"),
    F("khoảng 1,1 triệu đồng/tổ", "1,1", 1.1e6, "money", "đồng/tổ", "kinh phí hòa giải bình quân mỗi tổ", Y24,
      approx="about"),
    F("ít nhất 87%", "87", 87, "percent", "%", "tỷ lệ hòa giải thành", Y25, approx="at_least", status="target"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn", Y25, status="target"),
    F("khoảng 1.500 hòa giải viên", "1.500", 1500, "count", "hòa giải viên", "hòa giải viên được tập huấn", Y25,
      approx="about", status="target"),
]

NOTES = [
    "Báo Bình Thuận online: headline figure, 'Thứ Năm, 24/04/2025 | 07:12', tag '(BBT) -' (implies Bình Thuận), byline at end.",
    "Headline 'quý I' takes 2025 from the dateline. The rate 86,3% stands as its own clause with its change in điểm phần trăm.",
    "Shares of received cases after 'Trong số vụ việc tiếp nhận' are percent figures (no base amount), period inherited.",
    "District list does not add up to 461 (ranking): no total; location each district/city.",
    "Example team in khu phố 7, phường Đức Thắng -> Phan Thiết; 'từ đầu năm' ends at the dateline; team size has no period.",
    "'đặt mục tiêu' governs the whole sentence after ';' (12 lớp, 1.500 hòa giải viên are targets).",
    "'khu phố 7', 'Quốc lộ 1A', time '07:12' are not figures.",
]

write_set(8, TEXT, FIGS, NOTES, published="2025-04-24", location="Bình Thuận")
