from lib import F, P, Y, CH, emit

TEXT = """Báo Sơn La điện tử
Kinh tế | Nông nghiệp

Phát triển cây nhãn thành hàng hóa chủ lực

Sơn La hiện là địa phương có diện tích nhãn lớn nhất cả nước. Giai đoạn 2021-2025, tỉnh tập trung cải tạo vườn nhãn già cỗi, ghép cải tạo hơn 3.000 ha sang các giống chín muộn, nâng cao chất lượng.

Kết quả sản xuất nhãn giai đoạn 2021-2024
Chỉ tiêu\tĐơn vị\tNăm 2021\tNăm 2022\tNăm 2023\tƯớc năm 2024
Diện tích\tha\t20.150\t21.000\t21.480\t22.100
Sản lượng\tnghìn tấn\t110,5\t134,2\t150,1\t165
Diện tích VietGAP\tha\t1.850\t2.600\t3.150\t3.500

Tính đến 30/9/2024, toàn tỉnh có 86 mã số vùng trồng nhãn xuất khẩu, tăng 21 mã so với cuối năm 2023. Các huyện có diện tích lớn gồm Sông Mã (8.650 ha), Yên Châu (3.800 ha), Mai Sơn (3.550 ha), chiếm 72,4% diện tích toàn tỉnh.

9 tháng năm 2024, nhãn Sơn La được xuất khẩu sang 12 thị trường với sản lượng trên 15.000 tấn, trong đó nhãn quả tươi xuất sang Trung Quốc 11.200 tấn, Úc 125 tấn, Mỹ 90 tấn, còn lại là long nhãn sấy. Giá nhãn tươi bình quân tăng từ 8.000 đồng/kg năm 2021 lên 12.500 đồng/kg năm 2024.

Theo Kế hoạch số 118/KH-UBND của UBND tỉnh, đến năm 2025, tỉnh phấn đấu diện tích nhãn đạt 22.500 ha, trong đó diện tích đạt chứng nhận VietGAP, GlobalGAP chiếm 20% trở lên; đến năm 2030 có 150 mã số vùng trồng và sản lượng nhãn xuất khẩu chiếm 25-30%.

Đoàn Thủy
"""

GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TD = P("Tính đến 30/9/2024", None, "2024-09-30")
TDi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
D25 = P("đến năm 2025", None, "2025-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích ghép cải tạo sang các giống chín muộn", GD,
      approx="over"),
]

num = lambda x: float(x.replace(".", "").replace(",", "."))
COLS = ["2021", "2022", "2023", "2024"]
ROWS = [("Diện tích", "ha", 1, ["20.150", "21.000", "21.480", "22.100"], "Diện tích nhãn"),
        ("Sản lượng", "nghìn tấn", 1000, ["110,5", "134,2", "150,1", "165"], "Sản lượng nhãn"),
        ("Diện tích VietGAP", "ha", 1, ["1.850", "2.600", "3.150", "3.500"], "Diện tích VietGAP nhãn")]
for label, unit, mult, cells, subj in ROWS:
    prev = f"{label}\t{unit}"
    for year, cell in zip(COLS, cells):
        last = year == "2024"
        anchor = f"{prev}\t{cell}" + ("\n" if last else "\t")
        F_ = F(anchor, cell, num(cell) * mult, "measure", "tấn" if mult == 1000 else unit,
               f"{subj} {'ước ' if last else ''}năm {year}",
               Y(int(year), f"{'Ước năm' if last else 'Năm'} {year}"),
               **({"status": "estimate"} if last else {}))
        FIGS.append(F_)
        prev = cell

FIGS += [
    F("có 86 mã số", "86", 86, "count", "mã số vùng trồng", "mã số vùng trồng nhãn xuất khẩu", TD,
      change=CH("increase", 21, "mã", "cuối năm 2023")),
    F("Sông Mã (8.650 ha)", "8.650", 8650, "measure", "ha", "diện tích nhãn", TDi, location="Sông Mã"),
    F("Yên Châu (3.800 ha)", "3.800", 3800, "measure", "ha", "diện tích nhãn", TDi, location="Yên Châu"),
    F("Mai Sơn (3.550 ha)", "3.550", 3550, "measure", "ha", "diện tích nhãn", TDi, location="Mai Sơn"),
    F("chiếm 72,4%", "72,4", 72.4, "percent", "%", "diện tích các huyện có diện tích lớn trong diện tích toàn tỉnh",
      TDi),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", "thị trường xuất khẩu nhãn", T9),
    F("trên 15.000 tấn", "15.000", 15000, "measure", "tấn", "sản lượng nhãn xuất khẩu", T9, approx="over"),
    F("Trung Quốc 11.200 tấn", "11.200", 11200, "measure", "tấn", "nhãn quả tươi xuất sang Trung Quốc", T9,
      total=15000),
    F("Úc 125 tấn", "125", 125, "measure", "tấn", "nhãn quả tươi xuất sang Úc", T9, total=15000),
    F("Mỹ 90 tấn", "90", 90, "measure", "tấn", "nhãn quả tươi xuất sang Mỹ", T9, total=15000),
    F("từ 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá nhãn tươi bình quân", Y(2021)),
    F("lên 12.500 đồng/kg", "12.500", 12500, "money", "đồng/kg", "giá nhãn tươi bình quân", Y(2024)),
    F("đạt 22.500 ha", "22.500", 22500, "measure", "ha", "diện tích nhãn", D25, status="target"),
    F("chiếm 20% trở lên", "20", 20, "percent", "%", "diện tích đạt chứng nhận VietGAP, GlobalGAP", D25,
      approx="at_least", status="target"),
    F("có 150 mã số", "150", 150, "count", "mã số vùng trồng", "mã số vùng trồng", D30, status="target"),
    F("chiếm 25-30%", "25", 25, "percent", "%", "sản lượng nhãn xuất khẩu", D30, value_max=30, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Sơn La điện tử) with no dateline at all (no published). Default location Sơn La.",
    "Tab-separated table, unit per row in an 'Đơn vị' column; 'nghìn tấn' multiplies the Sản lượng row (110,5 -> 110.500 tấn);",
    "period from each column header (scored, as in shared h23/h24); 'Ước năm 2024' column = estimate.",
    "'chiếm 72,4% diện tích toàn tỉnh' after a list of three districts is the share of the three together, so a percent figure of its own",
    "(judgment call); the district items take their place as location. 'trong đó nhãn quả tươi ... Trung Quốc, Úc, Mỹ' totals 15.000.",
    "'tăng từ 8.000 đồng/kg năm 2021 lên 12.500 đồng/kg năm 2024': two price figures, each with its own year; no stated change amount.",
    "'đến năm 2025' / 'đến năm 2030' targets (start null). '20% trở lên' = at_least. '25-30%' range. 'tăng 21 mã' is the codes' change.",
    "Distractors: 'Kế hoạch số 118/KH-UBND', 'Giai đoạn 2021-2025' (period of 3.000 ha), table header years, 'cuối năm 2023'.",
]

emit("p334-8", TEXT, COMMENTS, FIGS, location="Sơn La")
