"""p1174-7: department site (Ban ATGT tỉnh Kiên Giang), no dateline, one-cell-per-line table, quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """BAN AN TOÀN GIAO THÔNG TỈNH KIÊN GIANG
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Hỏi đáp

Kết quả kiểm tra, xử lý vi phạm nồng độ cồn quý I/2025

Quý I/2025, lực lượng Cảnh sát giao thông Công an tỉnh Kiên Giang đã kiểm tra 52.318 lượt phương tiện, phát hiện 1.874 trường hợp vi phạm nồng độ cồn, giảm 36,4% so với cùng kỳ năm 2024. Số tiền phạt đã thu hơn 12,7 tỷ đồng, chiếm gần 58% tổng số tiền xử phạt vi phạm trật tự an toàn giao thông trong quý.

Số trường hợp vi phạm nồng độ cồn theo loại phương tiện
Đơn vị tính: trường hợp
Loại phương tiện
Quý I/2024
Quý I/2025
Ô tô
318
207
Mô tô, xe gắn máy
2.571
1.642
Phương tiện khác
57
25
Tổng số
2.946
1.874

Địa phương có số vi phạm cao nhất là TP Rạch Giá với 412 trường hợp, tiếp đến là TP Phú Quốc 356 trường hợp và huyện Châu Thành 198 trường hợp. Tại TP Phú Quốc, lực lượng chức năng tăng cường kiểm tra tại các khu vui chơi về đêm; bình quân mỗi đêm phát hiện khoảng 4 trường hợp, chủ yếu là người điều khiển xe máy thuê.

Quý II/2025, Ban An toàn giao thông tỉnh phấn đấu kéo giảm vi phạm nồng độ cồn từ 20% trở lên so với cùng kỳ; dự kiến tổ chức 2 đợt tuyên truyền tại 15 trường THPT và 40 doanh nghiệp vận tải.

Liên kết website: Cổng TTĐT tỉnh | Công an tỉnh | Sở GTVT
BAN AN TOÀN GIAO THÔNG TỈNH KIÊN GIANG
Địa chỉ: số 1 Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá
Điện thoại: 0297.3862.419
Lượt truy cập: 862.145 | Đang online: 37
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1_24 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Quý II/2025", "2025-04-01", "2025-06-30")
CAP = "vi phạm nồng độ cồn"


def cell(anchor, number, value, row, col):
    per = {"Quý I/2024": Q1_24, "Quý I/2025": Q1}[col]
    return F(anchor, number, value, "count", "trường hợp", subject=f"{CAP} {row.lower()} {col.lower()}", period=per)


FIGS = [
    F("kiểm tra 52.318 lượt", "52.318", 52318, "count", "lượt phương tiện",
      subject="lượt phương tiện được kiểm tra", period=Q1),
    F("phát hiện 1.874 trường hợp", "1.874", 1874, "count", "trường hợp",
      change=C("decrease", 36.4, "%", "cùng kỳ năm 2024"),
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=Q1),
    F("hơn 12,7 tỷ", "12,7", 12700000000, "money", "đồng", approx="over", percent=58,
      subject="số tiền phạt vi phạm nồng độ cồn đã thu", period=P("trong quý", "2025-01-01", "2025-03-31")),
    cell("2025\nÔ tô\n318", "318", 318, "Ô tô", "Quý I/2024"),
    cell("318\n207", "207", 207, "Ô tô", "Quý I/2025"),
    cell("máy\n2.571", "2.571", 2571, "Mô tô, xe gắn máy", "Quý I/2024"),
    cell("2.571\n1.642", "1.642", 1642, "Mô tô, xe gắn máy", "Quý I/2025"),
    cell("khác\n57", "57", 57, "Phương tiện khác", "Quý I/2024"),
    cell("57\n25", "25", 25, "Phương tiện khác", "Quý I/2025"),
    cell("Tổng số\n2.946", "2.946", 2946, "Tổng số", "Quý I/2024"),
    cell("2.946\n1.874", "1.874", 1874, "Tổng số", "Quý I/2025"),
    F("Rạch Giá với 412", "412", 412, "count", "trường hợp", location="Rạch Giá",
      subject="số vi phạm nồng độ cồn", period=I(Q1)),
    F("Phú Quốc 356", "356", 356, "count", "trường hợp", location="Phú Quốc",
      subject="số vi phạm nồng độ cồn", period=I(Q1)),
    F("Châu Thành 198", "198", 198, "count", "trường hợp", location="Châu Thành",
      subject="số vi phạm nồng độ cồn", period=I(Q1)),
    F("khoảng 4 trường hợp", "4", 4, "measure", "trường hợp/đêm", approx="about", location="Phú Quốc",
      subject="trường hợp vi phạm nồng độ cồn phát hiện bình quân mỗi đêm tại các khu vui chơi về đêm"),
    F("từ 20% trở lên", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="mức kéo giảm vi phạm nồng độ cồn so với cùng kỳ", period=Q2),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt tuyên truyền", status="forecast",
      subject="đợt tuyên truyền tổ chức", period=Q2),
    F("tại 15 trường", "15", 15, "count", "trường THPT", status="forecast",
      subject="trường THPT được tuyên truyền", period=Q2),
    F("và 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp vận tải", status="forecast",
      subject="doanh nghiệp vận tải được tuyên truyền", period=Q2),
]

NOTES = [
    "Department site (Ban ATGT tỉnh Kiên Giang): no dateline; menu, 'Liên kết website', footer address, phone, 'Lượt truy cập: 862.145 | Đang online: 37'.",
    "One-cell-per-line table, 'Đơn vị tính: trường hợp'; row = vehicle type, column = quarter (period from the header, scored);",
    "subject = caption indicator + row label + column label. Cells get no total; the 'Tổng số' row is its own figures.",
    "Distractors: 'số 1 Nguyễn Công Trứ', phone 0297.3862.419, counters, 'Quý I/2025' in the headline, 'cùng kỳ năm 2024'.",
    "The district list (Rạch Giá, Phú Quốc, Châu Thành) gets the list's indicator and no total. 'chiếm gần 58%' is the share of 12,7 tỷ.",
    "'phấn đấu' governs the first clause (target); 'dự kiến' the clause after ';' (forecast). 'từ 20% trở lên' = at_least.",
    "'trong quý' in the 12,7 tỷ sentence is that sentence's own period (a quarterly report: the quarter, scored).",
    "Per-night rate at Phú Quốc has no dated period (habitual): no period.",
]

if __name__ == "__main__":
    write("p1174-7", TEXT, NOTES, FIGS, location="Kiên Giang")
