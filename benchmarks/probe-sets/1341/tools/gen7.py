"""p1341-7: department site (Chi cục Thủy sản tỉnh Bình Thuận), no dateline; Hòn Cau MPA, rescue teams, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC THỦY SẢN TỈNH BÌNH THUẬN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tăng cường cứu hộ sinh vật biển quý hiếm tại Bình Thuận

Khu bảo tồn biển Hòn Cau (huyện Tuy Phong) có diện tích 12.500 ha, trong đó phân khu bảo vệ nghiêm ngặt 1.280 ha; đây là nơi sinh sống của khoảng 1.060 loài sinh vật biển, trong đó có 21 loài quý hiếm.

Từ năm 2023 đến nay, Chi cục phối hợp với các địa phương thành lập 45 tổ cộng đồng tham gia cứu hộ sinh vật biển với khoảng 620 thành viên. Mức hỗ trợ cho tổ cứu hộ là 500.000 đồng/vụ, theo Nghị định số 37/2024/NĐ-CP.

Kết quả cứu hộ, thả sinh vật biển về môi trường tự nhiên
Đơn vị tính: cá thể
Loài
Năm 2023
Năm 2024
6 tháng đầu năm 2025
Rùa biển
38
52
29
Cá heo
6
9
4
Cá voi
1
2
1
Tổng số
45
63
34
Trong đó: thả về biển thành công
41
57
31

Riêng 6 tháng đầu năm 2025, tỷ lệ cá thể được thả về biển thành công đạt 91,2%. Huyện đảo Phú Quý là địa phương ghi nhận nhiều vụ sinh vật biển mắc cạn, mắc lưới nhất với 14 vụ, chiếm 41% tổng số vụ.

Mục tiêu đến năm 2030, 100% tàu cá hoạt động tại vùng biển ven bờ được trang bị tài liệu hướng dẫn cứu hộ sinh vật biển.

Bài viết liên quan:
- Thả 200 con rùa biển tại Hòn Cau
- Hội nghị tổng kết công tác thủy sản năm 2024

CHI CỤC THỦY SẢN TỈNH BÌNH THUẬN
Địa chỉ: 04 Hải Thượng Lãn Ông, TP Phan Thiết
Điện thoại: 0252.3821.446
Lượt truy cập: 1.204.377 | Trực tuyến: 25
"""

SINCE = per("Từ năm 2023 đến nay", "2023-01-01")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H25 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
TP = "Tuy Phong"
COLS = [("năm 2023", Y23), ("năm 2024", Y24), ("6 tháng đầu năm 2025", H25)]

# (row label for the subject, [(anchor, number), ...] one per column)
ROWS = [
    ("rùa biển", [("Rùa biển\n38", "38"), ("38\n52", "52"), ("52\n29", "29")]),
    ("cá heo", [("Cá heo\n6", "6"), ("6\n9\n4", "9"), ("9\n4\nCá voi", "4")]),
    ("cá voi", [("Cá voi\n1", "1"), ("Cá voi\n1\n2", "2"), ("2\n1\nTổng", "1")]),
    ("tổng số", [("Tổng số\n45", "45"), ("45\n63", "63"), ("63\n34", "34")]),
]
TOTALS = [45, 63, 34]
CELLS = []
for row, cells in ROWS:
    for (anchor, num), (col, p) in zip(cells, COLS):
        CELLS.append(fig(anchor, num, float(num), "count", "cá thể",
                         subject=f"cá thể sinh vật biển được cứu hộ {row} {col}", period=p))
for (anchor, num), (col, p), tot in zip([("công\n41", "41"), ("41\n57", "57"), ("57\n31", "31")], COLS, TOTALS):
    CELLS.append(fig(anchor, num, float(num), "count", "cá thể", total=tot,
                     subject=f"cá thể thả về biển thành công {col}", period=p))

FIGS = [
    fig("diện tích 12.500 ha", "12.500", 12500, "measure", "ha", subject="diện tích Khu bảo tồn biển Hòn Cau",
        location=TP),
    fig("nghiêm ngặt 1.280 ha", "1.280", 1280, "measure", "ha", total=12500,
        subject="diện tích phân khu bảo vệ nghiêm ngặt", location=TP),
    fig("khoảng 1.060 loài", "1.060", 1060, "count", "loài", approx="about", subject="loài sinh vật biển",
        location=TP),
    fig("có 21 loài", "21", 21, "count", "loài", total=1060, subject="loài quý hiếm", location=TP),
    fig("thành lập 45 tổ", "45", 45, "count", "tổ cộng đồng", subject="tổ cộng đồng tham gia cứu hộ sinh vật biển",
        period=SINCE),
    fig("khoảng 620 thành viên", "620", 620, "count", "thành viên", approx="about",
        subject="thành viên tổ cộng đồng cứu hộ", period=SINCE),
    fig("là 500.000", "500.000", 500000, "money", "đồng/vụ", subject="mức hỗ trợ cho tổ cứu hộ"),
] + CELLS + [
    fig("đạt 91,2%", "91,2", 91.2, "percent", "%", subject="tỷ lệ cá thể được thả về biển thành công", period=H25),
    fig("với 14 vụ", "14", 14, "count", "vụ", percent=41, subject="vụ sinh vật biển mắc cạn, mắc lưới",
        period=inh(H25), location="Phú Quý"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="tàu cá hoạt động tại vùng biển ven bờ được trang bị tài liệu hướng dẫn cứu hộ sinh vật biển",
        period=T30),
    fig("Thả 200 con", "200", 200, "count", "con", subject="rùa biển thả tại Hòn Cau", location=TP, optional=True),
]

NOTES = [
    "Department site (Chi cục Thủy sản tỉnh Bình Thuận), no dateline: menu, related links, footer address, phone, counters.",
    "Distractors: 'Nghị định số 37/2024/NĐ-CP', '04 Hải Thượng Lãn Ông', phone 0252.3821.446, 'Lượt truy cập: 1.204.377',",
    "'Trực tuyến: 25', 'năm 2024' in a link. The link title 'Thả 200 con rùa biển tại Hòn Cau' is another article's headline",
    "in the page furniture: optional (a reader may or may not count it).",
    "Hòn Cau MPA figures are located in Tuy Phong (named in brackets); the rest is the province (Bình Thuận).",
    "'trong đó phân khu ... 1.280 ha' → total 12.500; 'khoảng 1.060 loài ..., trong đó có 21 loài' → total 1.060.",
    "No dateline and no published date: 'Từ năm 2023 đến nay' has start 2023-01-01 and no end.",
    "One-cell-per-line table, 'Đơn vị tính: cá thể', rows = species, columns = periods (scored). Cells of species rows get no",
    "total; the 'Trong đó: thả về biển thành công' sub-row follows 'Tổng số', so its cells take the Tổng số of their column as total.",
    "'Riêng 6 tháng đầu năm 2025 ... 91,2%' is a percent figure. 'Phú Quý ... 14 vụ, chiếm 41% tổng số vụ' → location Phú Quý,",
    "percent 41, period inherited. 'Mục tiêu đến năm 2030, 100% ...' → target.",
]

if __name__ == "__main__":
    write("p1341-7", TEXT, NOTES, FIGS, location="Bình Thuận")
