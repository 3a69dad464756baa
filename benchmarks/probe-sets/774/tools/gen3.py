from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH PHÚ THỌ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Phú Thọ, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác vận động hiến, ghép mô, tạng 9 tháng năm 2024

Thực hiện Kế hoạch số 1587/KH-UBND ngày 25/4/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền, vận động
Trong 9 tháng năm 2024, các cấp, ngành đã tổ chức 326 buổi tuyên truyền với hơn 21.000 lượt người tham dự; phát hành 15.000 tờ rơi. Số người đăng ký hiến mô, tạng sau khi chết đạt 1.082 người, bằng 72,1% kế hoạch năm, tăng 2,3 lần so với cùng kỳ.

2. Kết quả ghép tạng và điều trị
Bảng 1. Kết quả 9 tháng năm 2024
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | So với kế hoạch (%)
Người đăng ký hiến mô, tạng | người | 1.500 | 1.082 | 72,1
Ca ghép thận | ca | 30 | 24 | 80,0
Trong đó: từ người cho sống | ca | 28 | 23 | 82,1
Ca ghép giác mạc | ca | 10 | 6 | 60,0
Bệnh nhân lọc máu chu kỳ | người | 1.200 | 1.137 | 94,8

Tổng kinh phí thực hiện 9 tháng là 1.245,6 triệu đồng, trong đó ngân sách tỉnh 850 triệu đồng, còn lại là nguồn xã hội hóa.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 đạt 1.500 người đăng ký; thực hiện từ 30 đến 35 ca ghép thận; tổ chức ít nhất 100 buổi truyền thông tại các xã, phường, thị trấn.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
TT = P("Kết quả 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)


def row(label, unit, kunit, cells, plan, done, pct, kind="count", sub_total=None):
    """Three cells of one table row: plan (target), result, share of plan."""
    a_plan, a_done, a_pct = cells
    out = [
        F(a_plan, plan[0], plan[1], kind, kunit, f"{label} kế hoạch năm 2024", KH, status="target",
          **({"total": sub_total[0]} if sub_total else {})),
        F(a_done, done[0], done[1], kind, kunit, f"{label} thực hiện 9 tháng", TH,
          **({"total": sub_total[1]} if sub_total else {})),
        F(a_pct, pct[0], pct[1], "percent", "%", f"{label} so với kế hoạch", TT),
    ]
    return out


FIGS = [
    F("tổ chức 326 buổi", "326", 326, "count", "buổi", "buổi tuyên truyền", P9),
    F("hơn 21.000 lượt", "21.000", 21000, "count", "lượt người", "lượt người tham dự", P9, approx="over"),
    F("hành 15.000 tờ", "15.000", 15000, "count", "tờ rơi", "tờ rơi phát hành", P9),
    F("đạt 1.082 người", "1.082", 1082, "count", "người", "người đăng ký hiến mô, tạng sau khi chết", I(P9),
      percent=72.1, change=CH("increase", 2.3, "lần", "cùng kỳ")),
    *row("Người đăng ký hiến mô, tạng", "người", "người", ("| 1.500 |", "| 1.082 |", "| 72,1"),
         ("1.500", 1500), ("1.082", 1082), ("72,1", 72.1)),
    *row("Ca ghép thận", "ca", "ca", ("| 30 |", "| 24 |", "| 80,0"),
         ("30", 30), ("24", 24), ("80,0", 80.0)),
    *row("Ca ghép thận từ người cho sống", "ca", "ca", ("| 28 |", "| 23 |", "| 82,1"),
         ("28", 28), ("23", 23), ("82,1", 82.1), sub_total=(30, 24)),
    *row("Ca ghép giác mạc", "ca", "ca", ("| 10 |", "| 6 |", "| 60,0"),
         ("10", 10), ("6", 6), ("60,0", 60.0)),
    *row("Bệnh nhân lọc máu chu kỳ", "người", "người", ("| 1.200 |", "| 1.137 |", "| 94,8"),
         ("1.200", 1200), ("1.137", 1137), ("94,8", 94.8)),
    F("là 1.245,6 triệu", "1.245,6", 1245.6e6, "money", "đồng", "tổng kinh phí thực hiện",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tỉnh 850 triệu", "850", 850e6, "money", "đồng", "ngân sách tỉnh", P("9 tháng", "2024-01-01", "2024-09-30"),
      total=1245.6e6),
    F("đạt 1.500 người", "1.500", 1500, "count", "người", "người đăng ký hiến mô, tạng",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("từ 30 đến 35 ca", "30", 30, "count", "ca", "ca ghép thận", P("đến hết năm 2024", None, "2024-12-31"),
      value_max=35, status="target"),
    F("ít nhất 100 buổi", "100", 100, "count", "buổi", "buổi truyền thông", P("đến hết năm 2024", None, "2024-12-31"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "UBND tỉnh Phú Thọ, Báo cáo số 412/BC-UBND ngày 08/10/2024: vận động hiến mô, tạng 9 tháng năm 2024, flattened '|' table",
    "(Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | So với kế hoạch (%)), kinh phí, nhiệm vụ quý IV.",
    "Table: every numeric cell is a figure; plan cells status target (period from 'Kế hoạch năm 2024'), result cells actual (period from",
    "'Thực hiện 9 tháng', year from the title), share-of-plan cells are percent figures of their own (not the result cell's attribute,",
    "as plan cells are not the result cell's target in shared h23); their period comes from the table title (inherited).",
    "Choice: the 'Trong đó: từ người cho sống' row is a part of the 'Ca ghép thận' row -> total 30 (plan) and 24 (result).",
    "Text: '1.082 người, bằng 72,1% kế hoạch năm, tăng 2,3 lần so với cùng kỳ' -> percent 72.1, change 2.3 lần.",
    "'Phấn đấu đến hết năm 2024' -> as-of end 2024-12-31, target, governing the three clauses of section II.",
    "Not figures: Số: 412/BC-UBND, dateline, Kế hoạch số 1587/KH-UBND ngày 25/4/2023, section numbers I./II./1./2., 'Bảng 1', 'QUÝ IV/2024'.",
]

if __name__ == "__main__":
    emit("p774-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Phú Thọ")
