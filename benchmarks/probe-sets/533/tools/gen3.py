"""p533-3: UBND tỉnh Hải Dương formal report — công tác dân số 9 tháng năm 2024, flattened | table."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác dân số 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô dân số
Dân số trung bình năm 2024 của tỉnh ước đạt 1.966.500 người, tăng 0,82% so với năm 2023. Mật độ dân số bình quân là 1.179 người/km².

2. Công tác dân số - kế hoạch hóa gia đình
9 tháng năm 2024, toàn tỉnh có 18.962 trẻ được sinh ra, đạt 72,9% kế hoạch năm, giảm 4,6% so với cùng kỳ. Đã tổ chức 126 buổi tư vấn, khám sức khỏe tiền hôn nhân cho 5.430 nam, nữ thanh niên. Kinh phí thực hiện Chương trình 9 tháng là 4.850 triệu đồng, đạt 64,7% dự toán.

Bảng 1. Một số chỉ tiêu dân số chủ yếu
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024
Số trẻ sinh ra | trẻ | 19.874 | 18.962 | 26.000
Tỷ số giới tính khi sinh | bé trai/100 bé gái | 116,1 | 114,8 | 114,5
Tỷ lệ sinh con thứ 3 trở lên | % | 13,9 | 14,6 | 13,5
Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh | % | 78,2 | 82,5 | 85
Tỷ lệ trẻ sơ sinh được sàng lọc | % | 84,0 | 88,7 | 90

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 100% chỉ tiêu kế hoạch năm; tỷ lệ bà mẹ mang thai được sàng lọc trước sinh cả năm đạt trên 85%.

Nơi nhận:
- Bộ Y tế (Cục Dân số);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = per("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = per("9 tháng 2024", "2024-01-01", "2024-09-30")
KH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SRB = "bé trai/100 bé gái"


def row(label, unit, kind, cells, anchors):
    out = []
    for (a, num, v), (col, p, st) in zip(zip(anchors, cells[0], cells[1]), (
            ("9 tháng 2023", C23, None), ("9 tháng 2024", C24, None), ("kế hoạch năm 2024", KH, "target"))):
        kw = {"status": st} if st else {}
        out.append(fig(a, num, v, kind, unit, f"{label} {col}", p, **kw))
    return out


FIGS = [
    fig("ước đạt 1.966.500 người", "1.966.500", 1966500, "count", "người", "dân số trung bình", Y24,
        status="estimate", change=chg("increase", 0.82, "%", "năm 2023")),
    fig("là 1.179 người/km²", "1.179", 1179, "measure", "người/km²", "mật độ dân số bình quân", inh(Y24)),
    fig("có 18.962 trẻ", "18.962", 18962, "count", "trẻ", "trẻ được sinh ra", M9,
        percent=72.9, change=chg("decrease", 4.6, "%", "cùng kỳ")),
    fig("chức 126 buổi", "126", 126, "count", "buổi", "buổi tư vấn, khám sức khỏe tiền hôn nhân", inh(M9)),
    fig("cho 5.430 nam", "5.430", 5430, "count", "nam, nữ thanh niên",
        "nam, nữ thanh niên được tư vấn, khám sức khỏe tiền hôn nhân", inh(M9)),
    fig("là 4.850 triệu đồng", "4.850", 4850000000, "money", "đồng", "kinh phí thực hiện Chương trình",
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=64.7),
]
FIGS += row("Số trẻ sinh ra", "trẻ", "count",
            (["19.874", "18.962", "26.000"], [19874, 18962, 26000]),
            ["| 19.874 |", "| 18.962 |", "| 26.000"])
FIGS += row("Tỷ số giới tính khi sinh", SRB, "measure",
            (["116,1", "114,8", "114,5"], [116.1, 114.8, 114.5]),
            ["| 116,1 |", "| 114,8 |", "| 114,5"])
FIGS += row("Tỷ lệ sinh con thứ 3 trở lên", "%", "percent",
            (["13,9", "14,6", "13,5"], [13.9, 14.6, 13.5]),
            ["| 13,9 |", "| 14,6 |", "| 13,5"])
FIGS += row("Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh", "%", "percent",
            (["78,2", "82,5", "85"], [78.2, 82.5, 85]),
            ["| 78,2 |", "| 82,5 |", "| 85\n"])
FIGS += row("Tỷ lệ trẻ sơ sinh được sàng lọc", "%", "percent",
            (["84,0", "88,7", "90"], [84.0, 88.7, 90]),
            ["| 84,0 |", "| 88,7 |", "| 90\n"])
FIGS += [
    fig("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "chỉ tiêu kế hoạch năm hoàn thành",
        status="target"),
    fig("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ bà mẹ mang thai được sàng lọc trước sinh cả năm",
        approx="over", status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Hải Dương số 312/BC-UBND: kết quả công tác dân số 9 tháng năm 2024, with a flattened '|' table (invented probe).",
    "Letterhead, 'Số: 312/BC-UBND', section numbers 'I.', '1.', '2.', 'II.', 'Bảng 1', 'QUÝ IV/2024', 'con thứ 3' (ordinal) are not figures.",
    "published from the place-and-date line 'Hải Dương, ngày 14 tháng 10 năm 2024'.",
    "Table: every numeric cell is a figure; subject = row label + column label; unit from the 'Đơn vị' column; period from the column header",
    "(scored, as in shared h23); the 'Kế hoạch năm 2024' column is status target. '100 bé gái' in the unit column is a rate denominator.",
    "'ước đạt 1.966.500 người' is an estimate; the density in the next sentence has no cue (actual). 'Kinh phí ... 9 tháng' takes 2024.",
    "Section II targets ('Phấn đấu ...') have no period of their own in the sentence (the heading 'QUÝ IV/2024' is not theirs): none given.",
]

if __name__ == "__main__":
    emit("p533-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Hải Dương")
