"""p1508-3: formal report (UBND thành phố Hội An), year 2023, flattened '|' table of bins by recipient."""
from lib import F, P, I, C, T, write

TEXT = """UBND THÀNH PHỐ HỘI AN
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hội An, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả phân loại chất thải rắn sinh hoạt tại nguồn năm 2023

Thực hiện Kế hoạch số 1520/KH-UBND ngày 15/3/2023, UBND thành phố báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Trang bị thùng rác
Năm 2023, thành phố đã cấp phát 4.260 thùng rác nhựa cho hộ gia đình, cơ sở kinh doanh, trường học và cơ quan, tăng 18,6% so với năm 2022, vượt 6,5% kế hoạch. Kinh phí mua sắm là 1,28 tỷ đồng. Kết quả cấp phát theo đối tượng:

Đơn vị tính: thùng
Đối tượng | Năm 2022 | Năm 2023 | Kế hoạch 2024
Hộ gia đình | 2.950 | 3.480 | 4.100
Cơ sở kinh doanh, dịch vụ | 482 | 615 | 700
Trường học, cơ quan | 160 | 165 | 200
Tổng cộng | 3.592 | 4.260 | 5.000

2. Phân loại, thu gom
Toàn thành phố có 17.480 hộ thực hiện phân loại rác tại nguồn, đạt 82,3% tổng số hộ; riêng 4 xã (kể cả xã đảo Tân Hiệp) đạt tỷ lệ 91%. Khối lượng rác thải sinh hoạt thu gom bình quân 138 tấn/ngày, trong đó rác hữu cơ chiếm khoảng 55%.

II. NHIỆM VỤ NĂM 2024
Phấn đấu cấp phát 5.000 thùng rác; nâng tỷ lệ hộ phân loại rác tại nguồn lên trên 90%; giảm ít nhất 20% lượng rác hữu cơ đưa về Khu xử lý chất thải rắn Cẩm Hà.

Nơi nhận:
- UBND tỉnh Quảng Nam;
- Sở Tài nguyên và Môi trường;
- Lưu: VT, TNMT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Sơn
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22c, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Hộ gia đình", ["2.950", "3.480", "4.100"]),
        ("Cơ sở kinh doanh, dịch vụ", ["482", "615", "700"]),
        ("Trường học, cơ quan", ["160", "165", "200"]),
        ("Tổng cộng", ["3.592", "4.260", "5.000"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        anchor = f"{prev} | {n}"
        CELLS.append(F(anchor, n, float(n.replace(".", "")), "count", "thùng",
                       subject=f"{label.lower()} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("cấp phát 4.260 thùng", "4.260", 4260, "count", "thùng rác",
      change=C("increase", 18.6, "%", "năm 2022"),
      subject="thùng rác nhựa cấp phát cho hộ gia đình, cơ sở kinh doanh, trường học và cơ quan", period=Y23),
    F("vượt 6,5%", "6,5", 6.5, "percent", "%", subject="vượt kế hoạch cấp phát thùng rác", period=Y23,
      optional=True),
    F("là 1,28 tỷ", "1,28", 1.28e9, "money", "đồng", subject="kinh phí mua sắm thùng rác", period=I(Y23)),
] + CELLS + [
    F("có 17.480 hộ", "17.480", 17480, "count", "hộ", percent=82.3,
      subject="hộ thực hiện phân loại rác tại nguồn"),
    F("riêng 4 xã", "4", 4, "count", "xã", subject="xã (kể cả xã đảo Tân Hiệp)"),
    F("tỷ lệ 91%", "91", 91, "percent", "%", subject="tỷ lệ hộ thực hiện phân loại rác tại nguồn của 4 xã"),
    F("bình quân 138 tấn/ngày", "138", 138, "measure", "tấn/ngày",
      subject="khối lượng rác thải sinh hoạt thu gom bình quân"),
    F("khoảng 55%", "55", 55, "percent", "%", approx="about",
      subject="rác hữu cơ trong khối lượng rác thải sinh hoạt thu gom"),
    F("cấp phát 5.000 thùng", "5.000", 5000, "count", "thùng rác", status="target",
      subject="thùng rác cấp phát", period=I(Y24)),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hộ phân loại rác tại nguồn", period=I(Y24)),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="giảm lượng rác hữu cơ đưa về Khu xử lý chất thải rắn Cẩm Hà", period=I(Y24)),
]

NOTES = [
    "Formal report (UBND thành phố Hội An, Quảng Nam): 'Số: 286/BC-UBND', 'Hội An, ngày 12 tháng 12 năm 2023', sections I/II, 'Nơi nhận', signature.",
    "Distractors: 286/BC-UBND, 'Kế hoạch số 1520/KH-UBND ngày 15/3/2023', section numbers I., II., 1., 2., the letterhead date.",
    "4.260 takes the change 'tăng 18,6% so với năm 2022'; 'vượt 6,5% kế hoạch' is a second change of the same figure: a percent figure of",
    "its own, optional by the spec's one-attribute rule. Kinh phí 1,28 tỷ inherits 'Năm 2023' of the previous sentence.",
    "Flattened '|' table, 'Đơn vị tính: thùng'; rows are recipients, not places (location stays Hội An); subject = row + column label;",
    "period from the column header (scored); 'Kế hoạch 2024' → target. Cells get no total. The 'Tổng cộng' cell 4.260 repeats the text figure.",
    "Section 2 has no period phrase in its sentences (the report year is only in the title): no period. 'trong đó rác hữu cơ chiếm khoảng 55%'",
    "is a percent figure of its own. '(kể cả xã đảo Tân Hiệp)' has no number.",
    "revised after the first run: table subjects are now row label + column label only ('hộ gia đình năm 2022'), as FIGURES.md",
    "says for tables; the first gold had added 'thùng rác cấp phát cho' from the prose, which the table does not state.",
    "Section II: heading 'NHIỆM VỤ NĂM 2024' gives the (inherited) period; 'Phấn đấu' governs the three ';' clauses (target).",
]

if __name__ == "__main__":
    write("p1508-3", TEXT, NOTES, FIGS, published="2023-12-12", location="Hội An")
