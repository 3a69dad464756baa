"""p1372-6: department site (Sở GD&ĐT Thanh Hóa), no dateline: helmets for students, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THANH HÓA
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Thanh Hóa đẩy mạnh giáo dục an toàn giao thông cho học sinh đi xe điện

Hiện toàn tỉnh có khoảng 96.000 học sinh THCS, THPT đi xe đạp điện, xe máy điện đến trường, chiếm gần 40% tổng số học sinh THCS và THPT. Ngành phối hợp với Công an tỉnh xây dựng 156 mô hình “Cổng trường an toàn giao thông”, trong đó 48 mô hình tại thị xã Nghi Sơn. Mỗi trường THPT bố trí bình quân 2-3 giáo viên trực cổng vào giờ tan học.

Chương trình “Đội mũ bảo hiểm cho học sinh” được duy trì hằng năm, kết quả như sau:

Số mũ bảo hiểm trao tặng cho học sinh
Đơn vị tính: chiếc
Đối tượng
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Học sinh THCS
7.450
8.120
9.000
Học sinh THPT
10.950
13.630
16.000
Tổng số
18.400
21.750
25.000
Trong đó: học sinh đi xe điện
12.300
15.480
18.500

Năm 2024, các trường tổ chức 3.120 buổi sinh hoạt chuyên đề về văn hóa giao thông, ước có 436 nghìn lượt học sinh tham gia, tăng 5,7% so với năm 2023.

Tin liên quan:
- Hội thi “Giao thông thông minh” lần thứ 3
- Hướng dẫn nhiệm vụ năm học 2024-2025

Địa chỉ: Số 37 Hạc Thành, phường Tân Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.416 | Email: sogddt@thanhhoa.gov.vn
Lượt truy cập: 3.418.722 | Đang online: 52
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Học sinh THCS", "học sinh THCS", ["7.450", "8.120", "9.000"]),
        ("Học sinh THPT", "học sinh THPT", ["10.950", "13.630", "16.000"]),
        ("Tổng số", "tổng số", ["18.400", "21.750", "25.000"]),
        ("Trong đó: học sinh đi xe điện", "trong đó học sinh đi xe điện", ["12.300", "15.480", "18.500"])]
TOTALS = [18400, 21750, 25000]


def cells():
    out = []
    for label, row, nums in ROWS:
        prev = label
        for (col, p, st), n, tot in zip(COLS, nums, TOTALS):
            kw = {}
            if st:
                kw["status"] = st
            if label.startswith("Trong đó"):
                kw["total"] = tot
            v = float(n.replace(".", ""))
            out.append(fig(f"{prev}\n{n}", n, v, "count", "chiếc",
                           subject=f"mũ bảo hiểm trao tặng {row} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("khoảng 96.000 học sinh", "96.000", 96000, "count", "học sinh", approx="about", percent=40,
        subject="học sinh THCS, THPT đi xe đạp điện, xe máy điện đến trường"),
    fig("dựng 156 mô hình", "156", 156, "count", "mô hình", subject="mô hình “Cổng trường an toàn giao thông”"),
    fig("trong đó 48 mô hình", "48", 48, "count", "mô hình", total=156,
        subject="mô hình “Cổng trường an toàn giao thông”", location="Nghi Sơn"),
    fig("bình quân 2-3 giáo viên", "2", 2, "measure", "giáo viên/trường", value_max=3,
        subject="giáo viên trực cổng vào giờ tan học mỗi trường THPT"),
] + cells() + [
    fig("chức 3.120 buổi", "3.120", 3120, "count", "buổi",
        subject="buổi sinh hoạt chuyên đề về văn hóa giao thông", period=Y24),
    fig("ước có 436 nghìn", "436", 436000, "count", "lượt học sinh", status="estimate",
        change=chg("increase", 5.7, "%", "năm 2023"), subject="lượt học sinh tham gia sinh hoạt chuyên đề",
        period=Y24),
]

NOTES = [
    "Department site (Sở GD&ĐT Thanh Hóa), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'lần thứ 3', 'năm học 2024-2025' in a link, 'Số 37 Hạc Thành', phone 0237.3852.416, counters 3.418.722 and 52.",
    "'chiếm gần 40%' is the percent of 96.000 học sinh ('Hiện': no period). 48 mô hình after 'trong đó' → total 156, location Nghi Sơn.",
    "'Mỗi trường THPT bố trí bình quân 2-3 giáo viên' → measure, unit giáo viên/trường, range.",
    "One-cell-per-line table, 'Đơn vị tính: chiếc': subject = caption + row + column label; periods from the column headers;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó' row follows 'Tổng số': each of its cells takes the",
    "Tổng số cell of its column as total (FIGURES.md: a part after 'trong đó' that follows the whole). Other cells get no total.",
    "'ước có 436 nghìn lượt' → estimate (its own clause; 3.120 buổi before it stays actual), change +5,7% vs năm 2023.",
]

if __name__ == "__main__":
    write("p1372-6", TEXT, NOTES, FIGS, location="Thanh Hóa")
