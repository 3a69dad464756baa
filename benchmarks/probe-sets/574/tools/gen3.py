from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH THÁI BÌNH
BAN CHỈ ĐẠO VẬN ĐỘNG
HIẾN MÁU TÌNH NGUYỆN
Số: 47/BC-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 10 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác vận động hiến máu tình nguyện 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền: thực hiện Kế hoạch số 12/KH-BCĐ ngày 20/01/2023, các cấp đã tổ chức 215 buổi tuyên truyền với hơn 9.800 lượt người tham dự.
2. Kết quả tiếp nhận máu: 9 tháng năm 2023, toàn tỉnh tổ chức 68 đợt hiến máu, tiếp nhận 15.742 đơn vị máu, đạt 78,7% kế hoạch năm (kế hoạch 20.000 đơn vị), tăng 6,4% so với cùng kỳ. Số người hiến máu lần đầu là 4.926 người, chiếm 31,3%.

Bảng 1. Kết quả tiếp nhận máu 9 tháng năm 2023 theo đơn vị
Đơn vị | Số đợt | Số đơn vị máu | So với cùng kỳ (%)
TP. Thái Bình | 14 | 4.385 | 107,2
Huyện Quỳnh Phụ | 9 | 2.106 | 104,5
Huyện Hưng Hà | 8 | 1.874 | 98,6
Khối trường học | 11 | 3.215 | 103,8

3. Công tác tôn vinh: đã tôn vinh 156 người hiến máu tiêu biểu, trong đó 18 người hiến máu từ 30 lần trở lên; tổng kinh phí hỗ trợ người hiến máu là 2.361,5 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu tiếp nhận 4.600 đơn vị máu trong quý IV. Ước thực hiện cả năm 2023 đạt 20.300 đơn vị máu, vượt 1,5% kế hoạch.

Nơi nhận:
- Ban Chỉ đạo quốc gia;
- Thường trực Tỉnh ủy;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
PHÓ TRƯỞNG BAN
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
TB = I(N9)


def row(label, loc, dot, dv, pct, a_dot, a_dv, a_pct):
    extra = {} if loc is None else {"location": loc}
    lab = "" if loc else " " + label
    return [
        F(a_dot, dot[0], dot[1], "count", "đợt", subject="số đợt hiến máu" + lab, period=TB, **extra),
        F(a_dv, dv[0], dv[1], "count", "đơn vị máu", subject="số đơn vị máu" + lab, period=TB, **extra),
        F(a_pct, pct[0], pct[1], "percent", "%", subject="số đơn vị máu so với cùng kỳ" + lab, period=TB, **extra),
    ]


FIGS = [
    F("tổ chức 215 buổi", "215", 215, "count", "buổi", subject="buổi tuyên truyền", period=TB),
    F("hơn 9.800 lượt người", "9.800", 9800, "count", "lượt người", approx="over",
      subject="lượt người tham dự tuyên truyền", period=TB),
    F("tổ chức 68 đợt", "68", 68, "count", "đợt", subject="đợt hiến máu tổ chức", period=N9),
    F("tiếp nhận 15.742 đơn vị máu", "15.742", 15742, "count", "đơn vị máu", percent=78.7,
      change=CH("increase", 6.4, baseline="cùng kỳ"), target=TG(20000, "đơn vị"),
      subject="đơn vị máu tiếp nhận", period=N9),
    F("là 4.926 người", "4.926", 4926, "count", "người", percent=31.3, subject="người hiến máu lần đầu", period=TB),
]
FIGS += row("TP. Thái Bình", "TP. Thái Bình", ("14", 14), ("4.385", 4385), ("107,2", 107.2),
            "Bình | 14 |", "| 4.385 |", "| 107,2")
FIGS += row("Huyện Quỳnh Phụ", "Quỳnh Phụ", ("9", 9), ("2.106", 2106), ("104,5", 104.5),
            "Phụ | 9 |", "| 2.106 |", "| 104,5")
FIGS += row("Huyện Hưng Hà", "Hưng Hà", ("8", 8), ("1.874", 1874), ("98,6", 98.6),
            "Hà | 8 |", "| 1.874 |", "| 98,6")
FIGS += row("khối trường học", None, ("11", 11), ("3.215", 3215), ("103,8", 103.8),
            "học | 11 |", "| 3.215 |", "| 103,8")
FIGS += [
    F("tôn vinh 156 người", "156", 156, "count", "người", subject="người hiến máu tiêu biểu được tôn vinh", period=TB),
    F("trong đó 18 người", "18", 18, "count", "người", total=156,
      subject="người hiến máu từ 30 lần trở lên được tôn vinh", period=TB),
    F("từ 30 lần trở lên", "30", 30, "count", "lần", approx="at_least", optional=True),
    F("là 2.361,5 triệu đồng", "2.361,5", 2361500000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ người hiến máu", period=TB),
    F("tiếp nhận 4.600 đơn vị máu", "4.600", 4600, "count", "đơn vị máu", status="target",
      subject="đơn vị máu tiếp nhận", period=P("quý IV", "2023-10-01", "2023-12-31")),
    F("đạt 20.300 đơn vị máu", "20.300", 20300, "count", "đơn vị máu",
      change=CH("increase", 1.5, baseline="kế hoạch"), status="estimate",
      subject="đơn vị máu tiếp nhận", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Probe 574-3: formal report under a letterhead (UBND TỈNH THÁI BÌNH / Ban Chỉ đạo, Số: 47/BC-BCĐ), 9 months of 2023,",
    "with a table flattened with '|' (Đơn vị | Số đợt | Số đơn vị máu | So với cùng kỳ (%)). Every numeric cell is a figure;",
    "district rows go to location, 'Khối trường học' is not a place and stays in the subject. Table periods come from the",
    "table title and the report title (inherited). '(kế hoạch 20.000 đơn vị)' is the target of 15.742, not a figure.",
    "Distractors: Số: 47/BC-BCĐ, Kế hoạch số 12/KH-BCĐ ngày 20/01/2023, section numbers I./II./1./2./3., 'Bảng 1', QUÝ IV/2023.",
]

if __name__ == "__main__":
    emit("p574-3", TEXT, COMMENTS, FIGS, published="2023-10-10", location="Thái Bình")
