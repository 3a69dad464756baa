"""p652-7: Sở GD&ĐT Hà Giang site (no dateline) — school toilets and clean water, one-cell-per-line table by district."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Hà Giang: Còn 214 điểm trường chưa có nhà vệ sinh đạt chuẩn

Toàn tỉnh Hà Giang hiện có 1.742 điểm trường, gồm 603 điểm trường chính và 1.139 điểm trường lẻ. Đến hết năm học 2023-2024, 1.528 điểm trường đã có nhà vệ sinh đạt chuẩn, đạt 87,7%; còn 214 điểm trường chưa đạt, tập trung ở các huyện vùng cao núi đá phía Bắc.

Kết quả tại một số huyện vùng cao, nơi có hơn 41.000 học sinh bán trú, như sau:

Đơn vị tính: điểm trường
Huyện
Tổng số
Có nước sạch
Có nhà vệ sinh đạt chuẩn
Đồng Văn
168
139
127
Mèo Vạc
175
141
132
Yên Minh
190
166
158
Quản Bạ
112
104
99

Năm 2024, tỉnh bố trí 18,6 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để xây mới 46 nhà vệ sinh và 29 công trình nước sạch; trong đó vốn ngân sách trung ương chiếm khoảng 80%. Suất đầu tư bình quân khoảng 260 triệu đồng/công trình.

Phấn đấu đến năm 2025, 100% điểm trường chính có nhà vệ sinh đạt chuẩn và từ 90 đến 95% điểm trường lẻ có nước sạch, góp phần giảm các bệnh đường ruột, bệnh ngoài da ở học sinh bán trú.

Địa chỉ: Số 198 đường Nguyễn Trãi, phường Nguyễn Trãi, TP Hà Giang
Điện thoại: 0219.3866.032
Lượt truy cập: 1.204.567
"""

END = P("Đến hết năm học 2023-2024", None, "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
ROWS = [
    ("Đồng Văn", "Đồng Văn\n168", "168\n139", "139\n127"),
    ("Mèo Vạc", "Mèo Vạc\n175", "175\n141", "141\n132"),
    ("Yên Minh", "Yên Minh\n190", "190\n166", "166\n158"),
    ("Quản Bạ", "Quản Bạ\n112", "112\n104", "104\n99"),
]
FIGS = [
    F("Còn 214 điểm", "214", 214, "count", "điểm trường", "điểm trường chưa có nhà vệ sinh đạt chuẩn", I(END)),
    F("có 1.742 điểm", "1.742", 1742, "count", "điểm trường", "điểm trường"),
    F("gồm 603 điểm", "603", 603, "count", "điểm trường chính", "điểm trường chính", total=1742),
    F("và 1.139 điểm", "1.139", 1139, "count", "điểm trường lẻ", "điểm trường lẻ", total=1742),
    F("1.528 điểm", "1.528", 1528, "count", "điểm trường", "điểm trường có nhà vệ sinh đạt chuẩn", END, percent=87.7),
    F("còn 214 điểm", "214", 214, "count", "điểm trường", "điểm trường chưa có nhà vệ sinh đạt chuẩn", END),
]
for loc, a1, a2, a3 in ROWS:
    n1, n2, n3 = a1.split("\n")[1], a2.split("\n")[1], a3.split("\n")[1]
    FIGS += [
        F(a1, n1, int(n1), "count", "điểm trường", "Tổng số điểm trường", I(END), location=loc),
        F(a2, n2, int(n2), "count", "điểm trường", "điểm trường có nước sạch", I(END), location=loc),
        F(a3, n3, int(n3), "count", "điểm trường", "điểm trường có nhà vệ sinh đạt chuẩn", I(END), location=loc),
    ]
FIGS += [
    F("bố trí 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "kinh phí xây mới nhà vệ sinh và công trình nước sạch trường học", Y24),
    F("xây mới 46 nhà", "46", 46, "count", "nhà vệ sinh", "nhà vệ sinh xây mới", Y24),
    F("và 29 công trình", "29", 29, "count", "công trình nước sạch", "công trình nước sạch xây mới", Y24),
    F("hơn 41.000 học sinh", "41.000", 41000, "count", "học sinh bán trú", "học sinh bán trú ở các huyện vùng cao", approx="over"),
    F("khoảng 80%", "80", 80, "percent", "%", "vốn ngân sách trung ương", Y24, approx="about"),
    F("khoảng 260 triệu", "260", 260e6, "money", "đồng/công trình", "Suất đầu tư bình quân", I(Y24), approx="about"),
    F("2025, 100%", "100", 100, "percent", "%", "điểm trường chính có nhà vệ sinh đạt chuẩn", T25, status="target"),
    F("từ 90 đến 95%", "90", 90, "percent", "%", "điểm trường lẻ có nước sạch", T25, value_max=95, status="target"),
]

COMMENTS = [
    "Sở GD&ĐT Hà Giang site, no dateline: nhà vệ sinh, nước sạch ở điểm trường; one-cell-per-line table for four highland districts.",
    "Not figures: menu, 'Đơn vị tính', 'Số 198 đường Nguyễn Trãi', phone, 'Lượt truy cập: 1.204.567'. published: none.",
    "Table cells: unit from 'Đơn vị tính: điểm trường', subject = column label, row label (a district) → location; no period in the headers,",
    "so they inherit 'Đến hết năm học 2023-2024' (as-of, end 2024-05-31; unscored). '1.742 điểm trường' is 'hiện có' (no period). 603/1.139 follow",
    "'gồm' after 1.742 and add up: total 1742. 'còn 214 … chưa đạt' has no part-of cue: no total. '80%' is a share without an amount of its own: a figure.",
]

if __name__ == "__main__":
    emit("p652-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Giang")
