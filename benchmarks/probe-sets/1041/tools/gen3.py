"""p1041-3: formal report (UBND tỉnh Lạng Sơn), then/sli/lượn clubs, flattened | table."""
from lib import F, P, I, CH, TG, build

TEXT = """UBND TỈNH LẠNG SƠN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả bảo tồn, phát huy dân ca Tày, Nùng (then, sli, lượn) năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động của các câu lạc bộ
Thực hiện Kế hoạch số 96/KH-UBND ngày 12/4/2022 của UBND tỉnh, tính đến ngày 30/11/2024, toàn tỉnh có 156 câu lạc bộ dân ca với 3.420 hội viên, tăng 14 câu lạc bộ so với cuối năm 2023. Kết quả tại 4 huyện trọng điểm như sau:

Đơn vị tính: câu lạc bộ; người; triệu đồng
Huyện | Số CLB | Số hội viên | Kinh phí hỗ trợ
Văn Lãng | 21 | 468 | 105
Tràng Định | 19 | 402 | 95
Bình Gia | 17 | 385 | 85
Cao Lộc | 15 | 330 | 75
Tổng cộng | 72 | 1.585 | 360

2. Công tác nghệ nhân, truyền dạy
Toàn tỉnh hiện có 2 Nghệ nhân Nhân dân và 19 Nghệ nhân Ưu tú về hát then, đàn tính. Năm 2024, tỉnh mở 12 lớp truyền dạy hát then, đàn tính, đạt 120% kế hoạch, với 360 học viên; kinh phí 540 triệu đồng từ Chương trình mục tiêu quốc gia 1719. Liên hoan hát then, đàn tính toàn tỉnh lần thứ VI có 28 đội với 410 diễn viên tham gia.

II. TỒN TẠI, HẠN CHẾ
Khoảng 30% câu lạc bộ chưa có nguồn kinh phí ổn định; nghệ nhân trên 70 tuổi chiếm gần 40% tổng số nghệ nhân.

III. NHIỆM VỤ NĂM 2025
Phấn đấu thành lập mới 10 câu lạc bộ, mở 15 lớp truyền dạy; tổng kinh phí dự kiến 1,2 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Thường trực Tỉnh ủy;
- Lưu: VT, KGVX.
"""

ASOF = P("tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [("Văn Lãng", "21", "468", "105"), ("Tràng Định", "19", "402", "95"),
        ("Bình Gia", "17", "385", "85"), ("Cao Lộc", "15", "330", "75"),
        ("Tổng cộng", "72", "1.585", "360")]

FIGS = [
    F("có 156 câu lạc bộ", "156", 156, "count", "câu lạc bộ", "câu lạc bộ dân ca", ASOF,
      change=CH("increase", 14, "câu lạc bộ", "cuối năm 2023")),
    F("với 3.420 hội viên", "3.420", 3420, "count", "hội viên", "hội viên câu lạc bộ dân ca", ASOF),
    F("tại 4 huyện trọng điểm", "4", 4, "count", "huyện", "huyện trọng điểm", optional=True),
]
for place, clb, hv, kp in ROWS:
    total_row = place == "Tổng cộng"
    loc = {} if total_row else {"location": place}
    tag = " tổng cộng" if total_row else ""
    FIGS += [
        F(f"{place} | {clb} |", clb, int(clb), "count", "câu lạc bộ", "Số CLB" + tag, I(ASOF), **loc),
        F(f"| {clb} | {hv} |", hv, int(hv.replace(".", "")), "count", "người", "Số hội viên" + tag, I(ASOF), **loc),
        F(f"| {hv} | {kp}\n", kp, int(kp) * 1e6, "money", "đồng", "Kinh phí hỗ trợ" + tag, I(Y24), **loc),
    ]
FIGS += [
    F("có 2 Nghệ nhân Nhân dân", "2", 2, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân về hát then, đàn tính"),
    F("và 19 Nghệ nhân Ưu tú", "19", 19, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú về hát then, đàn tính"),
    F("mở 12 lớp", "12", 12, "count", "lớp", "lớp truyền dạy hát then, đàn tính", Y24, percent=120),
    F("với 360 học viên", "360", 360, "count", "học viên", "học viên lớp truyền dạy", Y24),
    F("kinh phí 540 triệu đồng", "540", 540e6, "money", "đồng", "kinh phí mở lớp truyền dạy", Y24),
    F("có 28 đội", "28", 28, "count", "đội", "đội tham gia Liên hoan hát then, đàn tính toàn tỉnh", I(Y24)),
    F("với 410 diễn viên", "410", 410, "count", "diễn viên",
      "diễn viên tham gia Liên hoan hát then, đàn tính toàn tỉnh", I(Y24)),
    F("Khoảng 30% câu lạc bộ", "30", 30, "percent", "%", "câu lạc bộ chưa có nguồn kinh phí ổn định",
      approx="about"),
    F("trên 70 tuổi", "70", 70, "measure", "tuổi", "tuổi nghệ nhân", approx="over", optional=True),
    F("gần 40% tổng số", "40", 40, "percent", "%", "nghệ nhân trên 70 tuổi trong tổng số nghệ nhân",
      approx="nearly"),
    F("mới 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", "câu lạc bộ thành lập mới", I(Y25), status="target"),
    F("mở 15 lớp", "15", 15, "count", "lớp", "lớp truyền dạy", I(Y25), status="target"),
    F("dự kiến 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí", I(Y25), status="forecast"),
]

COMMENTS = [
    "Formal report UBND tỉnh Lạng Sơn, Số: 318/BC-UBND, 16/12/2024: Tày-Nùng folk-song clubs, flattened '|' table by district.",
    "Not figures: 'Số: 318/BC-UBND', 'Kế hoạch số 96/KH-UBND ngày 12/4/2022', 'Chương trình mục tiêu quốc gia 1719', 'lần thứ VI',",
    "section numbers I./II./III., 1./2.; '4 huyện trọng điểm' is the table's scope (optional).",
    "'tăng 14 câu lạc bộ' is the change of the 156 clubs (unit câu lạc bộ), although 3.420 hội viên stands between.",
    "Table: 'Đơn vị tính: câu lạc bộ; người; triệu đồng' gives one unit per column (hội viên counted in người, kinh phí ×10^6 đồng);",
    "the district column goes to location, the Tổng cộng row is located in Lạng Sơn; table cells get no totals. Periods of table cells",
    "come from the sentence above (as-of 30/11/2024) or the report's year (kinh phí), both inherited.",
    "'đạt 120% kế hoạch' follows '12 lớp': its percent. Section III heading 'NĂM 2025' gives the (inherited) period of the tasks;",
    "'Phấn đấu' → target, 'dự kiến' → forecast. 'trên 70 tuổi' is a category threshold (optional).",
]

build("p1041-3", TEXT, FIGS, COMMENTS, published="2024-12-16", location="Lạng Sơn")
