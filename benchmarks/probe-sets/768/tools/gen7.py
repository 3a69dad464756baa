"""p768-7: department site (Sở VHTTDL Phú Thọ), no dateline, one-cell-per-line table with 'Đơn vị tính: nhà'."""
from lib import write, fig, per

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH PHÚ THỌ
Văn hóa cơ sở

Nâng cao chất lượng nhà văn hóa khu dân cư gắn với sân chơi cho trẻ em

Toàn tỉnh Phú Thọ hiện có 1.789 nhà văn hóa khu dân cư, trong đó 1.512 nhà đạt chuẩn, chiếm 84,5%. Diện tích khuôn viên bình quân đạt 1.150 m²/nhà văn hóa; tỷ lệ khu dân cư có sân chơi cho trẻ em đạt 61,3%.

Mức hỗ trợ xây mới nhà văn hóa khu dân cư theo Nghị quyết số 05/2022/NQ-HĐND là 300 triệu đồng/nhà đối với xã đặc biệt khó khăn và 150 triệu đồng/nhà đối với các xã còn lại. Năm 2023, toàn tỉnh xây mới 27 nhà văn hóa khu dân cư, cải tạo, nâng cấp 85 nhà với tổng kinh phí hơn 41,2 tỷ đồng, trong đó nhân dân đóng góp 16,5 tỷ đồng.

Số nhà văn hóa khu dân cư đạt chuẩn tại các huyện miền núi như sau:

Đơn vị tính: nhà

Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thanh Sơn
198
211
225
Tân Sơn
124
139
150
Yên Lập
146
152
160
Cẩm Khê
213
220
228

Sở đề nghị các huyện ưu tiên quỹ đất cho sân chơi trẻ em khi quy hoạch nhà văn hóa mới, bố trí sân chơi tách biệt với khu vực đỗ xe; khuyến khích các doanh nghiệp, con em quê hương tham gia đóng góp trang thiết bị vui chơi.

Địa chỉ: Số 1490, Đại lộ Hùng Vương, TP Việt Trì, Phú Thọ
Điện thoại: 0210.3846.158
Tổng số lượt truy cập: 1.274.036
"""

COLS = [("Năm 2022", "2022-01-01", "2022-12-31", "năm 2022", None),
        ("Năm 2023", "2023-01-01", "2023-12-31", "năm 2023", None),
        ("Kế hoạch 2024", "2024-01-01", "2024-12-31", "kế hoạch 2024", "target")]
ROWS = [("Thanh Sơn", ["198", "211", "225"]), ("Tân Sơn", ["124", "139", "150"]),
        ("Yên Lập", ["146", "152", "160"]), ("Cẩm Khê", ["213", "220", "228"])]

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("có 1.789 nhà", "1.789", 1789, "count", "nhà văn hóa khu dân cư", "nhà văn hóa khu dân cư"),
    fig("1.512 nhà", "1.512", 1512, "count", "nhà", "nhà văn hóa khu dân cư đạt chuẩn", total=1789, percent=84.5),
    fig("1.150 m²/nhà", "1.150", 1150, "measure", "m²/nhà văn hóa", "diện tích khuôn viên bình quân"),
    fig("đạt 61,3%", "61,3", 61.3, "percent", "%", "tỷ lệ khu dân cư có sân chơi cho trẻ em"),
    fig("300 triệu đồng/nhà", "300", 300e6, "money", "đồng/nhà",
        "mức hỗ trợ xây mới nhà văn hóa khu dân cư đối với xã đặc biệt khó khăn"),
    fig("150 triệu đồng/nhà", "150", 150e6, "money", "đồng/nhà",
        "mức hỗ trợ xây mới nhà văn hóa khu dân cư đối với các xã còn lại"),
    fig("xây mới 27 nhà", "27", 27, "count", "nhà văn hóa khu dân cư", "nhà văn hóa khu dân cư xây mới", Y23),
    fig("nâng cấp 85 nhà", "85", 85, "count", "nhà", "nhà văn hóa cải tạo, nâng cấp", Y23),
    fig("hơn 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "tổng kinh phí xây mới, cải tạo nhà văn hóa", Y23,
        approx="over"),
    fig("đóng góp 16,5 tỷ đồng", "16,5", 16.5e9, "money", "đồng", "nhân dân đóng góp", Y23, total=41.2e9),
]
for place, cells in ROWS:
    prev = place
    for (col, s, e, label, status), n in zip(COLS, cells):
        kw = {"status": status} if status else {}
        FIGS.append(fig(f"{prev}\n{n}", n, int(n), "count", "nhà",
                        f"nhà văn hóa khu dân cư đạt chuẩn {label}", per(col, s, e), location=place, **kw))
        prev = n

COMMENTS = [
    "Sở VHTTDL Phú Thọ department page, no dateline (published null): nhà văn hóa khu dân cư, sân chơi trẻ em, support rates,",
    "and a one-cell-per-line table (Huyện | Năm 2022 | Năm 2023 | Kế hoạch 2024) with 'Đơn vị tính: nhà'.",
    "Table cells: count, unit nhà, district -> location, period from the column header (scored as in shared h23); 'Kế hoạch 2024' -> target.",
    "16,5 tỷ after 'trong đó' is part of the 41,2 tỷ spent in 2023.",
    "'hiện có' sentences get no period. 1.512 after 'trong đó' is part of 1.789 (chiếm 84,5%). Rates keep their denominator in the unit.",
    "Distractors: Nghị quyết số 05/2022/NQ-HĐND, Số 1490 Đại lộ Hùng Vương, phone 0210.3846.158, 'Tổng số lượt truy cập: 1.274.036'.",
]

if __name__ == "__main__":
    write("p768-7", TEXT, COMMENTS, FIGS, published=None, location="Phú Thọ")
