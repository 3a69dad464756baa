from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 527/BC-UBND
Thanh Hóa, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả hoạt động bếp ăn từ thiện tại các cơ sở khám bệnh, chữa bệnh năm 2023

Thực hiện Công văn số 4105/BYT-KCB ngày 20/7/2023 của Bộ Y tế, UBND tỉnh Thanh Hóa báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô
Tính đến ngày 30/11/2023, toàn tỉnh có 19 bếp ăn từ thiện hoạt động tại 17/38 bệnh viện công lập, tăng 4 bếp so với cuối năm 2022.

2. Kết quả phục vụ
Năm 2023, các bếp ước phục vụ 586.000 suất ăn, đạt 106,5% kế hoạch. Kết quả theo địa bàn:
Đơn vị tính: nghìn suất
Địa bàn | Năm 2022 | Ước năm 2023 | Kế hoạch năm 2024
TP Thanh Hóa | 248,5 | 301,2 | 320
TX Nghi Sơn | 71,0 | 84,6 | 90
Huyện Ngọc Lặc | 45,8 | 63,9 | 70
Các huyện còn lại | 104,7 | 136,3 | 150
Tổng cộng | 470,0 | 586,0 | 630

3. Nguồn lực
Tổng kinh phí huy động năm 2023 ước đạt 9,8 tỷ đồng, tăng 21% so với năm 2022. Nguồn xã hội hóa chiếm 93,4% tổng kinh phí. Toàn tỉnh có 642 tình nguyện viên tham gia thường xuyên và 128 tổ chức, cá nhân tài trợ định kỳ.

II. TỒN TẠI, HẠN CHẾ
Còn 7/19 bếp chưa có khu vực chia suất riêng; giá thực phẩm tăng khiến chi phí bình quân mỗi suất tăng từ 14.000 đồng lên 17.000 đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% bệnh viện tuyến tỉnh có bếp ăn từ thiện; phục vụ khoảng 630.000 suất ăn; vận động tối thiểu 10 tỷ đồng theo Nghị định số 93/2021/NĐ-CP.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, VX.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def cells(label, loc, anchors, subj):
    out = []
    for (anchor, number), (col, per, status) in zip(anchors, [
            ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
            ("ước năm 2023", P("Ước năm 2023", "2023-01-01", "2023-12-31"), "estimate"),
            ("kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target")]):
        kw = {"status": status} if status else {}
        if loc:
            kw["location"] = loc
        out.append(F(anchor, number, round(float(number.replace(",", ".")) * 1000), "count", "suất",
                     subject=f"{subj} {col}", period=per, **kw))
    return out


FIGS = [
    F("có 19 bếp ăn từ thiện", "19", 19, "count", "bếp ăn từ thiện",
      change=C("increase", 4, "bếp", "cuối năm 2022"),
      subject="bếp ăn từ thiện hoạt động", period=ASOF),
    F("17/38 bệnh viện", "17", 17, "count", "bệnh viện", total=38,
      subject="bệnh viện công lập có bếp ăn từ thiện", period=ASOF),
    F("ước phục vụ 586.000 suất ăn", "586.000", 586000, "count", "suất ăn", status="estimate", percent=106.5,
      subject="suất ăn các bếp phục vụ", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
]
FIGS += cells("TP Thanh Hóa", "Thanh Hóa",
              [("Thanh Hóa | 248,5", "248,5"), ("| 301,2 |", "301,2"), ("301,2 | 320", "320")], "suất ăn")
FIGS += cells("TX Nghi Sơn", "Nghi Sơn",
              [("| 71,0 |", "71,0"), ("| 84,6 |", "84,6"), ("84,6 | 90", "90")], "suất ăn")
FIGS += cells("Huyện Ngọc Lặc", "Ngọc Lặc",
              [("| 45,8 |", "45,8"), ("| 63,9 |", "63,9"), ("63,9 | 70", "70")], "suất ăn")
FIGS += cells("Các huyện còn lại", None,
              [("| 104,7 |", "104,7"), ("| 136,3 |", "136,3"), ("136,3 | 150", "150")], "suất ăn các huyện còn lại")
FIGS += cells("Tổng cộng", None,
              [("| 470,0 |", "470,0"), ("| 586,0 |", "586,0"), ("586,0 | 630", "630")], "tổng cộng suất ăn")
FIGS += [
    F("ước đạt 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", status="estimate",
      change=C("increase", 21, "%", "năm 2022"),
      subject="tổng kinh phí huy động", period=Y23),
    F("chiếm 93,4%", "93,4", 93.4, "percent", "%",
      subject="nguồn xã hội hóa trong tổng kinh phí", period=I(Y23)),
    F("642 tình nguyện viên", "642", 642, "count", "tình nguyện viên",
      subject="tình nguyện viên tham gia thường xuyên", period=I(Y23)),
    F("128 tổ chức, cá nhân", "128", 128, "count", "tổ chức, cá nhân",
      subject="tổ chức, cá nhân tài trợ định kỳ", period=I(Y23)),
    F("Còn 7/19 bếp", "7", 7, "count", "bếp", total=19,
      subject="bếp chưa có khu vực chia suất riêng"),
    F("từ 14.000 đồng", "14.000", 14000, "money", "đồng",
      subject="chi phí bình quân mỗi suất trước khi tăng"),
    F("lên 17.000 đồng", "17.000", 17000, "money", "đồng",
      subject="chi phí bình quân mỗi suất"),
    F("Phấn đấu 100% bệnh viện", "100", 100, "percent", "%", status="target",
      subject="bệnh viện tuyến tỉnh có bếp ăn từ thiện", period=I(Y24)),
    F("khoảng 630.000 suất ăn", "630.000", 630000, "count", "suất ăn", approx="about", status="target",
      subject="suất ăn phục vụ", period=I(Y24)),
    F("tối thiểu 10 tỷ đồng", "10", 10e9, "money", "đồng", approx="at_least", status="target",
      subject="kinh phí vận động", period=I(Y24)),
]

emit("p1024-3", TEXT, FIGS, published="2023-12-18", location="Thanh Hóa", comments=[
    "Formal report under a letterhead (UBND tỉnh Thanh Hóa, Số: 527/BC-UBND, 18/12/2023) with a flattened '|' table.",
    "Table: 'Đơn vị tính: nghìn suất' multiplies every cell by 1000; period and status from the column headers (Năm 2022 actual,",
    "'Ước năm 2023' estimate, 'Kế hoạch năm 2024' target); place rows go to location (TP Thanh Hóa, TX Nghi Sơn, Huyện Ngọc Lặc);",
    "'Các huyện còn lại' and 'Tổng cộng' stay Thanh Hóa. Table cells get no total (the Tổng cộng row is a figure of its own).",
    "Not figures: 'Số: 527/BC-UBND', 'Công văn số 4105/BYT-KCB ngày 20/7/2023', 'Nghị định số 93/2021/NĐ-CP', section numbers, dates.",
    "'tăng từ 14.000 đồng lên 17.000 đồng' is a before/after pair, not a range: two money figures, no change value stated.",
    "Section III heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets their (inherited) period.",
])
