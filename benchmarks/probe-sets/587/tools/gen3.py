"""p587-3: UBND tỉnh Hà Tĩnh formal report — chính sách ưu đãi người có công 6 tháng đầu năm 2024, flattened | table."""
from lib import emit, fig, per, inh, ch

TEXT = """UBND TỈNH HÀ TĨNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách ưu đãi người có công với cách mạng 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/6/2024, toàn tỉnh đang quản lý hồ sơ của 98.415 người có công và thân nhân, trong đó có 28.672 liệt sĩ và 1.964 Bà mẹ Việt Nam anh hùng. Kinh phí chi trả trợ cấp, phụ cấp ưu đãi 6 tháng ước đạt 712,6 tỷ đồng, tăng 11,2% so với cùng kỳ, bằng 52,3% dự toán năm.

II. KẾT QUẢ THỰC HIỆN
1. Công tác đền ơn đáp nghĩa, chăm sóc mộ liệt sĩ
Bảng 1. Một số chỉ tiêu chủ yếu
TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với KH (%)
1 | Xây mới nhà tình nghĩa | căn | 120 | 74 | 61,7
2 | Sửa chữa nhà ở người có công | căn | 350 | 198 | 56,6
3 | Nâng cấp, tu bổ mộ liệt sĩ | mộ | 2.500 | 1.460 | 58,4
4 | Kinh phí tu bổ nghĩa trang | triệu đồng | 18.000 | 10.250 | 56,9
5 | Mẫu sinh phẩm thân nhân gửi giám định ADN | mẫu | 300 | 214 | 71,3

2. Công tác tìm kiếm, quy tập hài cốt liệt sĩ
Trong 6 tháng, Bộ Chỉ huy Quân sự tỉnh quy tập 17 hài cốt liệt sĩ, trong đó 12 hài cốt tại nước bạn Lào; các huyện Hương Khê, Hương Sơn, Vũ Quang lần lượt tiếp nhận, an táng 6, 5 và 4 hài cốt.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu hoàn thành 100% kế hoạch xây mới nhà tình nghĩa năm 2024; tỷ lệ hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú đạt trên 99%.

Nơi nhận:
- Bộ LĐTBXH;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, VX1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

PAS = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
P6 = per("6 tháng", "2024-01-01", "2024-06-30")
PKH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
PTH = per("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
PR = inh(per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))

ROWS = [  # label, unit, multiplier, kind, plan, done, ratio, anchors (plan, done, ratio)
    ("Xây mới nhà tình nghĩa", "căn", 1, "count", ("120", 120), ("74", 74), ("61,7", 61.7)),
    ("Sửa chữa nhà ở người có công", "căn", 1, "count", ("350", 350), ("198", 198), ("56,6", 56.6)),
    ("Nâng cấp, tu bổ mộ liệt sĩ", "mộ", 1, "count", ("2.500", 2500), ("1.460", 1460), ("58,4", 58.4)),
    ("Kinh phí tu bổ nghĩa trang", "đồng", 1e6, "money", ("18.000", 18000), ("10.250", 10250), ("56,9", 56.9)),
    ("Mẫu sinh phẩm thân nhân gửi giám định ADN", "mẫu", 1, "count", ("300", 300), ("214", 214), ("71,3", 71.3)),
]
TABLE = []
for label, unit, mult, kind, plan, done, ratio in ROWS:
    TABLE += [
        fig(f"| {plan[0]} |", plan[0], plan[1] * mult, kind, unit, f"{label} kế hoạch năm 2024", PKH, status="target"),
        fig(f"| {done[0]} |", done[0], done[1] * mult, kind, unit, f"{label} thực hiện 6 tháng", PTH),
        fig(f"| {ratio[0]}\n", ratio[0], ratio[1], "percent", "%", f"{label} tỷ lệ so với kế hoạch", PR),
    ]

FIGS = [
    fig("của 98.415 người", "98.415", 98415, "count", "người", "người có công và thân nhân đang quản lý hồ sơ", PAS),
    fig("có 28.672 liệt sĩ", "28.672", 28672, "count", "liệt sĩ", "liệt sĩ", PAS, total=98415),
    fig("và 1.964 Bà mẹ", "1.964", 1964, "count", "Bà mẹ Việt Nam anh hùng", "Bà mẹ Việt Nam anh hùng", PAS,
        total=98415),
    fig("ước đạt 712,6 tỷ đồng", "712,6", 712.6e9, "money", "đồng", "kinh phí chi trả trợ cấp, phụ cấp ưu đãi", P6,
        percent=52.3, change=ch("increase", 11.2, "%", "cùng kỳ"), status="estimate"),
] + TABLE + [
    fig("quy tập 17 hài cốt", "17", 17, "count", "hài cốt", "hài cốt liệt sĩ quy tập",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("trong đó 12 hài cốt", "12", 12, "count", "hài cốt", "hài cốt liệt sĩ quy tập tại Lào",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30"), total=17),
    fig("an táng 6, 5", "6", 6, "count", "hài cốt", "hài cốt liệt sĩ tiếp nhận, an táng",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30"), location="Hương Khê"),
    fig("6, 5 và", "5", 5, "count", "hài cốt", "hài cốt liệt sĩ tiếp nhận, an táng",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30"), location="Hương Sơn"),
    fig("và 4 hài cốt", "4", 4, "count", "hài cốt", "hài cốt liệt sĩ tiếp nhận, an táng",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30"), location="Vũ Quang"),
    fig("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch xây mới nhà tình nghĩa năm 2024",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("đạt trên 99%", "99", 99, "percent", "%",
        "tỷ lệ hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú",
        approx="over", status="target"),
]

COMMENTS = [
    "UBND tỉnh Hà Tĩnh, Báo cáo số 287/BC-UBND ngày 12/7/2024: chính sách ưu đãi người có công 6 tháng đầu năm 2024.",
    "Formal report: letterhead, 'Số: 287/BC-UBND', place-and-date line (published 2024-07-12), section numbers I-III, 'Nơi nhận', 'VX1'.",
    "Bảng 1 is flattened with '|': TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với KH (%).",
    "Every numeric cell is a figure: plan cells status target, period 2024; result cells actual, period H1/2024 (from the header,",
    "year from the title); ratio cells are percent figures of their own (not attributes, as h23), period inherited.",
    "Row numbers 1-5, 'Bảng 1' are not figures. Row 4 is in 'triệu đồng': 18.000 -> 18e9 đồng.",
    "28.672 liệt sĩ and 1.964 Bà mẹ follow 'trong đó' after 98.415 người có công và thân nhân: total 98415.",
    "'lần lượt ... 6, 5 và 4 hài cốt': districts as location, no total (they do not add up to 17, no cue).",
    "'6 tháng cuối năm' heading does not give the 99% target a period (the heading is not its sentence).",
]

if __name__ == "__main__":
    emit("p587-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Hà Tĩnh")
