"""p1162-7: department site (Sở Y tế Lâm Đồng), no dateline, one-cell-per-line table of inspected retailers."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Tăng cường quản lý hoạt động bán lẻ thuốc trên địa bàn tỉnh

Toàn tỉnh Lâm Đồng hiện có 1.237 cơ sở bán lẻ thuốc, tăng 48 cơ sở so với cuối năm 2023, tập trung chủ yếu tại TP Đà Lạt (268 cơ sở), TP Bảo Lộc (197 cơ sở) và huyện Đức Trọng (146 cơ sở). Tỷ lệ dược sĩ đại học đạt 3,1 dược sĩ/1 vạn dân, thấp hơn mức bình quân cả nước (khoảng 3,6 dược sĩ/1 vạn dân). Trong năm 2024, Sở đã cấp mới 96 giấy chứng nhận đủ điều kiện kinh doanh dược, thu hồi 14 giấy chứng nhận do cơ sở ngừng hoạt động.

Số cơ sở bán lẻ thuốc được thanh tra, kiểm tra giai đoạn 2022-2024:
Đơn vị tính: cơ sở
Loại hình
Năm 2022
Năm 2023
Ước năm 2024
Nhà thuốc
241
263
280
Quầy thuốc
538
572
610
Tủ thuốc trạm y tế
87
92
95
Tổng số
866
927
985

Năm 2024, Thanh tra Sở ước xử phạt 58 cơ sở với số tiền khoảng 612 triệu đồng; trong đó có 36 cơ sở bán thuốc kê đơn không có đơn. Các cơ sở ở vùng sâu, vùng xa được hỗ trợ 50% kinh phí mua tủ lạnh bảo quản thuốc, tối đa 5 triệu đồng/cơ sở.

Bài viết liên quan:
- Tập huấn Thực hành tốt cơ sở bán lẻ thuốc lần thứ 5
- Thông báo lịch kiểm tra GPP đợt 2 năm 2024

SỞ Y TẾ TỈNH LÂM ĐỒNG
Địa chỉ: 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.209
Lượt truy cập: 845.126 | Đang trực tuyến: 31
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y24T = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "cơ sở bán lẻ thuốc"
ROWS = [("Nhà thuốc", ["241", "263", "280"]), ("Quầy thuốc", ["538", "572", "610"]),
        ("Tủ thuốc trạm y tế", ["87", "92", "95"]), ("Tổng số", ["866", "927", "985"])]
COLS = [("Năm 2022", Y22), ("Năm 2023", Y23), ("Ước năm 2024", Y24)]


def table():
    out = []
    for label, cells in ROWS:
        prev = label
        for (col, per), num in zip(COLS, cells):
            kw = {"status": "estimate"} if col.startswith("Ước") else {}
            out.append(F(f"{prev}\n{num}", num, float(num), "count", "cơ sở",
                         subject=f"{label.lower()} {col.lower()}", period=per, **kw))
            prev = num
    return out


FIGS = [
    F("có 1.237 cơ sở", "1.237", 1237, "count", "cơ sở bán lẻ thuốc",
      change=C("increase", 48, "cơ sở", "cuối năm 2023"), subject="cơ sở bán lẻ thuốc toàn tỉnh"),
    F("Lạt (268 cơ sở)", "268", 268, "count", "cơ sở", subject=LIST, location="Đà Lạt"),
    F("Lộc (197 cơ sở)", "197", 197, "count", "cơ sở", subject=LIST, location="Bảo Lộc"),
    F("Trọng (146 cơ sở)", "146", 146, "count", "cơ sở", subject=LIST, location="Đức Trọng"),
    F("đạt 3,1 dược sĩ", "3,1", 3.1, "measure", "dược sĩ/1 vạn dân", subject="tỷ lệ dược sĩ đại học"),
    F("khoảng 3,6 dược sĩ", "3,6", 3.6, "measure", "dược sĩ/1 vạn dân", approx="about",
      subject="tỷ lệ dược sĩ đại học bình quân cả nước", location="Việt Nam"),
    F("cấp mới 96 giấy", "96", 96, "count", "giấy chứng nhận", period=P("Trong năm 2024", "2024-01-01", "2024-12-31"),
      subject="giấy chứng nhận đủ điều kiện kinh doanh dược cấp mới"),
    F("thu hồi 14 giấy", "14", 14, "count", "giấy chứng nhận", period=P("Trong năm 2024", "2024-01-01", "2024-12-31"),
      subject="giấy chứng nhận đủ điều kiện kinh doanh dược thu hồi"),
] + table() + [
    F("xử phạt 58 cơ sở", "58", 58, "count", "cơ sở", status="estimate", subject="cơ sở bị Thanh tra Sở xử phạt",
      period=Y24T),
    F("khoảng 612 triệu", "612", 612000000, "money", "đồng", approx="about", status="estimate",
      subject="số tiền xử phạt", period=Y24T),
    F("có 36 cơ sở", "36", 36, "count", "cơ sở", total=58, status="estimate",
      subject="cơ sở bán thuốc kê đơn không có đơn bị xử phạt", period=Y24T),
    F("hỗ trợ 50%", "50", 50, "percent", "%",
      subject="tỷ lệ hỗ trợ kinh phí mua tủ lạnh bảo quản thuốc cho cơ sở ở vùng sâu, vùng xa"),
    F("tối đa 5 triệu", "5", 5000000, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ kinh phí mua tủ lạnh bảo quản thuốc"),
]

NOTES = [
    "Department site (Sở Y tế Lâm Đồng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'giai đoạn 2022-2024', 'lần thứ 5', 'đợt 2 năm 2024', '36 Trần Phú, Phường 4', phone, counters 845.126 and 31.",
    "No published date. 'hiện có' gets no period. 'tập trung chủ yếu tại' lists (268+197+146 ≠ 1.237) get no total; each is its place.",
    "The national average in brackets after 'thấp hơn mức bình quân cả nước' is a figure of its own (Việt Nam), not a change.",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở': subject = row label + column label (FIGURES.md, Tables); periods from the",
    "column headers; 'Ước năm 2024' column = estimate. 'ước xử phạt' governs the clause after '; trong đó' (36 of 58, estimate).",
    "revised after the first run: cell subjects were row label + caption indicator + column label; now row + column label as the spec says.",
    "The support rule (50%, tối đa 5 triệu đồng/cơ sở) is actual and has no period.",
]

if __name__ == "__main__":
    write("p1162-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
