"""p767-7: Department site (Sở Công Thương Hà Giang), no dateline — one-cell-per-line table by district."""
from lib import fig, per, inh, ch, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ GIANG
Trang chủ » Quản lý năng lượng » Điện nông thôn

Kết quả cấp điện cho các huyện vùng cao núi đá

Năm 2023, toàn tỉnh Hà Giang có 96,2% số hộ được sử dụng điện lưới quốc gia, tăng 2,3 điểm phần trăm so với năm 2022. Tỷ lệ tại 4 huyện vùng cao núi đá phía Bắc và huyện Xín Mần được thể hiện ở bảng dưới đây.

Tỷ lệ hộ sử dụng điện lưới quốc gia
Đơn vị tính: %

Huyện

Năm 2022

Năm 2023

Kế hoạch 2025

Đồng Văn

92,4

95,1

98,0

Mèo Vạc

90,8

94,6

98,0

Yên Minh

95,2

97,3

99,0

Quản Bạ

96,7

98,2

99,5

Xín Mần

93,5

96,0

98,5

Năm 2023, toàn tỉnh đã đóng điện cho 2.486 hộ tại 37 thôn, trong đó 1.652 hộ là đồng bào dân tộc Mông. Tổng vốn thực hiện đạt 215,7 tỷ đồng, trong đó vốn Chương trình MTQG 1719 là 96,4 tỷ đồng. Suất đầu tư bình quân khoảng 87 triệu đồng/hộ, cao hơn khoảng 40% so với các huyện vùng thấp do địa hình chia cắt, phải vận chuyển vật tư bằng sức người.

Giai đoạn 2021-2025, tỉnh được phân bổ 1.150 tỷ đồng từ Chương trình cấp điện nông thôn, miền núi và hải đảo; tính đến tháng 12/2023 đã giải ngân được 62%.

Toàn tỉnh hiện còn 186 thôn chưa có điện lưới; phấn đấu đến năm 2025 giảm xuống dưới 60 thôn.

Địa chỉ: Tổ 10, phường Nguyễn Trãi, TP Hà Giang | ĐT: 0219.3866.135
Tổng số lượt truy cập: 1.284.937
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", end="2025-12-31")
SUBJ = "Tỷ lệ hộ sử dụng điện lưới quốc gia"

ROWS = [
    ("Đồng Văn", ["Đồng Văn\n\n92,4", "92,4\n\n95,1", "95,1\n\n98,0"], ["92,4", "95,1", "98,0"]),
    ("Mèo Vạc", ["Mèo Vạc\n\n90,8", "90,8\n\n94,6", "94,6\n\n98,0"], ["90,8", "94,6", "98,0"]),
    ("Yên Minh", ["Yên Minh\n\n95,2", "95,2\n\n97,3", "97,3\n\n99,0"], ["95,2", "97,3", "99,0"]),
    ("Quản Bạ", ["Quản Bạ\n\n96,7", "96,7\n\n98,2", "98,2\n\n99,5"], ["96,7", "98,2", "99,5"]),
    ("Xín Mần", ["Xín Mần\n\n93,5", "93,5\n\n96,0", "96,0\n\n98,5"], ["93,5", "96,0", "98,5"]),
]
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2025", K25, "target")]

FIGS = [
    fig("có 96,2%", "96,2", 96.2, "percent", "%", "số hộ được sử dụng điện lưới quốc gia", Y23,
        change=ch("increase", 2.3, "điểm phần trăm", baseline="năm 2022")),
    fig("Tỷ lệ tại 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao núi đá phía Bắc"),
]
for district, anchors, nums in ROWS:
    for (label, p, st), a, n in zip(COLS, anchors, nums):
        kw = {"status": st} if st else {}
        FIGS.append(fig(a, n, float(n.replace(",", ".")), "percent", "%", f"{SUBJ} {label}", p,
                        location=district, **kw))
FIGS += [
    fig("cho 2.486 hộ", "2.486", 2486, "count", "hộ", "hộ được đóng điện", Y23),
    fig("tại 37 thôn", "37", 37, "count", "thôn", "thôn được đóng điện", Y23),
    fig("trong đó 1.652 hộ", "1.652", 1652, "count", "hộ", "hộ đồng bào dân tộc Mông được đóng điện", Y23,
        total=2486),
    fig("đạt 215,7 tỷ đồng", "215,7", 215.7e9, "money", "đồng", "tổng vốn thực hiện", inh(Y23)),
    fig("là 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "vốn Chương trình MTQG 1719", inh(Y23), total=215.7e9),
    fig("khoảng 87 triệu đồng/hộ", "87", 87e6, "money", "đồng/hộ", "suất đầu tư bình quân", inh(Y23),
        approx="about", change=ch("increase", 40, baseline="các huyện vùng thấp", approx="about")),
    fig("phân bổ 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "vốn Chương trình cấp điện nông thôn, miền núi và hải đảo được phân bổ",
        per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    fig("được 62%", "62", 62, "percent", "%", "tỷ lệ giải ngân vốn được phân bổ", per("tính đến tháng 12/2023", end="2023-12-31")),
    fig("còn 186 thôn", "186", 186, "count", "thôn", "thôn chưa có điện lưới"),
    fig("dưới 60 thôn", "60", 60, "count", "thôn", "thôn chưa có điện lưới", T25, approx="under", status="target"),
]

COMMENTS = [
    "Department site (Sở Công Thương Hà Giang), breadcrumb, no dateline, address/phone and visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: %': every numeric cell is a percent figure; district → location;",
    "subject = table title + column; period from the column header (scored, as in shared h23); 'Kế hoạch 2025' → target, year 2025.",
    "'tăng 2,3 điểm phần trăm so với năm 2022' is the change of 96,2%. '4 huyện vùng cao núi đá' is a count (required).",
    "'trong đó 1.652 hộ' → total 2.486; 'trong đó vốn Chương trình MTQG 1719 là 96,4 tỷ' → total 215,7 tỷ ('1719' is a name).",
    "'cao hơn khoảng 40% so với các huyện vùng thấp' is the change of 87 triệu đồng/hộ. 'hiện còn 186 thôn': no period.",
    "'đã giải ngân được 62%' names no amount: a percent figure of its own (as-of end of 12/2023), not the percent of 1.150 tỷ.",
    "Not figures: Tổ 10, 0219.3866.135, 'Tổng số lượt truy cập: 1.284.937'. No published date.",
]

if __name__ == "__main__":
    write("p767-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Giang")
