from lib import F, P, I, CH, emit

TEXT = """Báo Bình Định
Chính trị » Xây dựng Đảng

Năm 2023: Thi hành kỷ luật 214 đảng viên vi phạm

(BĐ) - Ngày 17/1, Ủy ban Kiểm tra (UBKT) Tỉnh ủy Bình Định tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2023.

Năm 2023, cấp ủy các cấp trong Đảng bộ tỉnh đã kiểm tra 1.236 tổ chức đảng và 2.845 đảng viên; giám sát chuyên đề 982 tổ chức đảng và 1.734 đảng viên. UBKT các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 57 đảng viên, kết luận 49 đảng viên có vi phạm, trong đó 38 đảng viên phải thi hành kỷ luật.

Toàn Đảng bộ đã thi hành kỷ luật 214 đảng viên (khiển trách 126, cảnh cáo 58, cách chức 9, khai trừ 21), tăng 11,5% so với năm 2022; trong đó có 17 đảng viên vi phạm liên quan đến tham nhũng, tiêu cực. Các đơn vị thi hành kỷ luật nhiều là thị xã Hoài Nhơn (27 đảng viên), huyện Phù Cát (22 đảng viên) và TP. Quy Nhơn (19 đảng viên).

UBKT các cấp tiếp nhận 64 đơn tố cáo đảng viên; đã giải quyết 29 vụ, kết luận tố cáo đúng và đúng một phần 12 vụ, chiếm 41,4%. Qua kiểm tra tài chính đảng tại 312 tổ chức đảng, phát hiện 8 tổ chức vi phạm với số tiền gần 356,8 triệu đồng.

Năm 2024, UBKT Tỉnh ủy đặt mục tiêu hoàn thành 100% chương trình kiểm tra, giám sát; dự kiến kiểm tra 15 tổ chức đảng và 24 đảng viên là cán bộ diện Ban Thường vụ Tỉnh ủy quản lý. Hội nghị cũng công bố quyết định khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua chào mừng 93 năm Ngày truyền thống ngành Kiểm tra Đảng (16/10).

HOÀI THU
18/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IY = I(Y23)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KL = "đảng viên bị thi hành kỷ luật"

FIGS = [
    F("kỷ luật 214 đảng viên vi phạm", "214", 214, "count", "đảng viên", "đảng viên vi phạm bị thi hành kỷ luật", Y23),
    F("1.236 tổ chức", "1.236", 1236, "count", "tổ chức đảng", "tổ chức đảng được cấp ủy kiểm tra", Y23),
    F("2.845 đảng viên", "2.845", 2845, "count", "đảng viên", "đảng viên được cấp ủy kiểm tra", Y23),
    F("982 tổ chức", "982", 982, "count", "tổ chức đảng", "tổ chức đảng được giám sát chuyên đề", Y23),
    F("1.734 đảng viên", "1.734", 1734, "count", "đảng viên", "đảng viên được giám sát chuyên đề", Y23),
    F("57 đảng viên", "57", 57, "count", "đảng viên", "đảng viên bị kiểm tra khi có dấu hiệu vi phạm", IY),
    F("49 đảng viên", "49", 49, "count", "đảng viên", "đảng viên có vi phạm", IY),
    F("38 đảng viên", "38", 38, "count", "đảng viên", "đảng viên phải thi hành kỷ luật", IY, total=49),
    F("kỷ luật 214 đảng viên (", "214", 214, "count", "đảng viên", KL, IY,
      change=CH("increase", 11.5, "%", "năm 2022")),
    F("khiển trách 126", "126", 126, "count", "đảng viên", "đảng viên bị kỷ luật khiển trách", IY, total=214),
    F("cảnh cáo 58", "58", 58, "count", "đảng viên", "đảng viên bị kỷ luật cảnh cáo", IY, total=214),
    F("cách chức 9", "9", 9, "count", "đảng viên", "đảng viên bị kỷ luật cách chức", IY, total=214),
    F("khai trừ 21", "21", 21, "count", "đảng viên", "đảng viên bị kỷ luật khai trừ", IY, total=214),
    F("có 17 đảng viên", "17", 17, "count", "đảng viên", "đảng viên vi phạm liên quan đến tham nhũng, tiêu cực", IY, total=214),
    F("(27 đảng viên)", "27", 27, "count", "đảng viên", KL, IY, location="Hoài Nhơn"),
    F("(22 đảng viên)", "22", 22, "count", "đảng viên", KL, IY, location="Phù Cát"),
    F("(19 đảng viên)", "19", 19, "count", "đảng viên", KL, IY, location="Quy Nhơn"),
    F("64 đơn", "64", 64, "count", "đơn", "đơn tố cáo đảng viên tiếp nhận", IY),
    F("29 vụ", "29", 29, "count", "vụ", "vụ tố cáo đã giải quyết", IY),
    F("12 vụ", "12", 12, "count", "vụ", "tố cáo đúng và đúng một phần", IY, percent=41.4),
    F("312 tổ chức", "312", 312, "count", "tổ chức đảng", "tổ chức đảng được kiểm tra tài chính đảng", IY),
    F("8 tổ chức", "8", 8, "count", "tổ chức", "tổ chức vi phạm tài chính đảng", IY),
    F("gần 356,8 triệu", "356,8", 356.8e6, "money", "đồng", "số tiền vi phạm tài chính đảng", IY, approx="nearly"),
    F("100% chương trình", "100", 100, "percent", "%", "hoàn thành chương trình kiểm tra, giám sát", Y24, status="target"),
    F("15 tổ chức", "15", 15, "count", "tổ chức đảng", "tổ chức đảng dự kiến kiểm tra", Y24, status="forecast"),
    F("24 đảng viên", "24", 24, "count", "đảng viên", "đảng viên là cán bộ diện Ban Thường vụ Tỉnh ủy quản lý dự kiến kiểm tra", Y24,
      status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Bình Định, tag '(BĐ)'): UBKT Tỉnh ủy — inspection, supervision and party discipline in 2023. Byline + bare date at the end.",
    "The bracketed breakdown (khiển trách 126, cảnh cáo 58, cách chức 9, khai trừ 21) adds up to 214: total 214; the change after the bracket",
    "belongs to 214; '; trong đó có 17' follows 214 (not the sibling items) → total 214. '49 …, trong đó 38' → total 49.",
    "District list (Hoài Nhơn, Phù Cát, Quy Nhơn) → locations. '12 vụ, chiếm 41,4%' → percent; no part-of cue to 29 vụ.",
    "'93 năm Ngày truyền thống' (anniversary) and '(16/10)' are not figures. 'đặt mục tiêu' → target; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    emit("p548-5", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Bình Định")
