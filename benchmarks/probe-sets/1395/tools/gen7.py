"""p1395-7: department site (Sở KH&CN Đắk Lắk), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Tiêu chuẩn - Đo lường - Chất lượng | Thủ tục hành chính | Liên hệ

Kết quả cấp mã số mã vạch trên địa bàn tỉnh

Năm 2024, Sở đã hướng dẫn và đề nghị cấp mã số mã vạch cho 132 tổ chức, doanh nghiệp, vượt 10% kế hoạch; nâng tổng số đơn vị sử dụng mã số mã vạch trên địa bàn tỉnh lên 1.096 với hơn 14.000 mã sản phẩm. Cà phê, hồ tiêu, sầu riêng và mắc ca chiếm khoảng 45% số sản phẩm được gắn mã.

Trong năm 2024, Sở cũng hỗ trợ 100% phí cấp mã lần đầu (1.000.000 đồng/doanh nghiệp) cho 40 doanh nghiệp nhỏ và vừa, hợp tác xã.

Số tổ chức, doanh nghiệp được cấp mã số mã vạch phân theo địa bàn
Đơn vị tính: doanh nghiệp
Địa bàn
Năm 2023
Năm 2024
Kế hoạch 2025
TP Buôn Ma Thuột
64
71
75
Thị xã Buôn Hồ
11
12
14
Huyện Krông Pắc
15
17
18
Huyện Cư M'gar
9
13
14
Các huyện còn lại
19
19
24
Tổng số
118
132
145

Huyện Cư M'gar có số doanh nghiệp được cấp mã tăng mạnh nhất, tăng 44,4% so với năm 2023.

Tin liên quan:
- Đắk Lắk tập huấn truy xuất nguồn gốc sản phẩm cà phê năm 2024
- Hướng dẫn hồ sơ đăng ký mã số mã vạch theo Nghị định số 13/2022/NĐ-CP

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK
Địa chỉ: 15 Lê Duẩn, phường Tân Tiến, TP Buôn Ma Thuột
Điện thoại: 0262.3852.429
Lượt truy cập: 1.204.557 | Đang trực tuyến: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Trong năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
CAP = "số tổ chức, doanh nghiệp được cấp mã số mã vạch"

# (row label, place or None, anchors, numbers)
ROWS = [
    ("TP Buôn Ma Thuột", "Buôn Ma Thuột", ["Thuột\n64", "64\n71", "71\n75"], ["64", "71", "75"]),
    ("Thị xã Buôn Hồ", "Buôn Hồ", ["Hồ\n11", "11\n12", "12\n14"], ["11", "12", "14"]),
    ("Huyện Krông Pắc", "Krông Pắc", ["Pắc\n15", "15\n17", "17\n18"], ["15", "17", "18"]),
    ("Huyện Cư M'gar", "Cư M'gar", ["gar\n9", "9\n13", "13\n14"], ["9", "13", "14"]),
    ("Các huyện còn lại", None, ["lại\n19", "19\n24", "24\nTổng số"], ["19", "19", "24"]),
    ("Tổng số", None, ["Tổng số\n118", "118\n132", "132\n145"], ["118", "132", "145"]),
]
TABLE = []
for label, place, anchors, nums in ROWS:
    for (col, p, st), a, n in zip(COLS, anchors, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"{CAP} {col}"
        else:
            subj = f"{CAP} {label.lower()} {col}"
        TABLE.append(fig(a, n, float(n), "count", "doanh nghiệp", subject=subj, period=p, **kw))

FIGS = [
    fig("cho 132 tổ chức", "132", 132, "count", "tổ chức, doanh nghiệp",
        change=chg("increase", 10, "%", "kế hoạch"),
        subject="tổ chức, doanh nghiệp được hướng dẫn và đề nghị cấp mã số mã vạch", period=Y24),
    fig("lên 1.096", "1.096", 1096, "count", "đơn vị",
        subject="tổng số đơn vị sử dụng mã số mã vạch", period=Y24),
    fig("hơn 14.000 mã", "14.000", 14000, "count", "mã sản phẩm", approx="over",
        subject="mã sản phẩm", period=Y24),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng cà phê, hồ tiêu, sầu riêng và mắc ca trong số sản phẩm được gắn mã"),
    fig("hỗ trợ 100%", "100", 100, "percent", "%",
        subject="phí cấp mã lần đầu được hỗ trợ", period=Y24b),
    fig("(1.000.000 đồng", "1.000.000", 1e6, "money", "đồng/doanh nghiệp",
        subject="phí cấp mã lần đầu", period=Y24b),
    fig("cho 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp",
        subject="doanh nghiệp nhỏ và vừa, hợp tác xã được hỗ trợ phí cấp mã lần đầu", period=Y24b),
] + TABLE + [
    fig("tăng 44,4%", "44,4", 44.4, "percent", "%", location="Cư M'gar",
        subject="số doanh nghiệp được cấp mã"),
]

NOTES = [
    "Department site (Sở KH&CN Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Nghị định số 13/2022/NĐ-CP', 'năm 2024' in a link, '15 Lê Duẩn', phone 0262.3852.429, counters 1.204.557 and 23.",
    "'vượt 10% kế hoạch' -> change increase 10 % with baseline kế hoạch (a gap to plan, FIGURES.md).",
    "'lên 1.096 với hơn 14.000 mã sản phẩm' stand in the 'Năm 2024' sentence: period 2024.",
    "'(1.000.000 đồng/doanh nghiệp)' in brackets is the fee amount, a money rate of its own.",
    "One-cell-per-line table, 'Đơn vị tính: doanh nghiệp'; place rows go to location (subject = caption + column);",
    "'Các huyện còn lại' and 'Tổng số' are not places: subject keeps the row label, location Đắk Lắk.",
    "Period from the column headers (scored); 'Kế hoạch 2025' -> target. Sibling rows precede 'Tổng số': no total.",
    "'Huyện Cư M'gar ... tăng 44,4% so với năm 2023' (13/9): a growth rate as the claim, percent figure, no change; no period phrase.",
    "No dateline: no published.",
    "revised after the first run: the Năm 2024 cell of 'Các huyện còn lại' had the anchor '19\\n19', whose first '19' is the Năm 2023 cell;",
    "now '19\\n24' (Năm 2024 cell) and '24\\nTổng số' (Kế hoạch 2025 cell). lib.py now rejects two figures on one number.",
]

if __name__ == "__main__":
    write("p1395-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
