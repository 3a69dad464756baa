from lib import F, P, write

ROWS = [
    ("Thành phố Sơn La", "Sơn La", "3.120", "9.850", "6.710", "68,1"),
    ("Mộc Châu", "Mộc Châu", "6.480", "42.300", "30.960", "73,2"),
    ("Mai Sơn", "Mai Sơn", "12.350", "38.720", "22.150", "57,2"),
    ("Thuận Châu", "Thuận Châu", "18.940", "35.480", "14.620", "41,2"),
    ("Sông Mã", "Sông Mã", "15.270", "29.640", "11.380", "38,4"),
    ("Sốp Cộp", "Sốp Cộp", "9.860", "21.150", "6.020", "28,5"),
]

table = "\n".join(["Huyện, thành phố", "Đàn trâu", "Đàn bò", "Trong đó: bò lai", "Tỷ lệ bò lai (%)"]
                  + [c for r in ROWS for c in (r[0],) + r[2:]])

TEXT = f"""CỤC THỐNG KÊ TỈNH SƠN LA
Thông tin thống kê › Nông, lâm nghiệp và thủy sản

Sơn La: Kết quả điều tra chăn nuôi trâu, bò thời điểm 01/10/2024

Theo kết quả điều tra chăn nuôi kỳ 01/10/2024, tổng đàn trâu toàn tỉnh có 128.740 con, giảm 3,2% so với cùng thời điểm năm 2023; tổng đàn bò có 332.560 con, tăng 4,7%. Đàn bò lai chiếm 48,6% tổng đàn bò, cao hơn 2,9 điểm phần trăm so với năm 2023 (chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV đến năm 2025 là 52%).

Bảng 2. Số lượng trâu, bò phân theo huyện, thành phố (một số địa phương)
Đơn vị tính: con
{table}

Mộc Châu tiếp tục là địa phương có đàn bò và tỷ lệ bò lai cao nhất tỉnh nhờ phát triển chăn nuôi bò thịt, bò sữa gắn với du lịch. Đàn trâu giảm mạnh ở các huyện vùng thấp do cơ giới hóa làm đất, trong khi vẫn duy trì ổn định ở Thuận Châu, Sông Mã.

Sản lượng thịt hơi trâu xuất chuồng 9 tháng năm 2024 đạt 4.860 tấn, thịt hơi bò đạt 9.720 tấn. Diện tích cỏ trồng toàn tỉnh đạt khoảng 6,1 nghìn ha; tỷ lệ tiêm phòng viêm da nổi cục đạt 83,5% tổng đàn trâu, bò trong diện tiêm.

Ghi chú: Số liệu sơ bộ, đơn vị tính theo Thông tư số 03/2023/TT-BKHĐT.
"""

AS = P("kỳ 01/10/2024", None, "2024-10-01")
ASi = P("thời điểm 01/10/2024", None, "2024-10-01", inherited=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("có 128.740 con", "128.740", 128740, "count", "con",
      change={"direction": "decrease", "value": 3.2, "unit": "%", "baseline": "cùng thời điểm năm 2023"},
      subject="tổng đàn trâu", period=AS),
    F("có 332.560 con", "332.560", 332560, "count", "con",
      change={"direction": "increase", "value": 4.7, "unit": "%"},
      subject="tổng đàn bò", period=AS),
    F("chiếm 48,6%", "48,6", 48.6, "percent", "%",
      change={"direction": "increase", "value": 2.9, "unit": "điểm phần trăm", "baseline": "năm 2023"},
      target={"value": 52, "unit": "%"},
      subject="tỷ lệ đàn bò lai trong tổng đàn bò", period=ASi),
]
prev = "Tỷ lệ bò lai (%)"
for label, loc, tr, bo, lai, tl in ROWS:
    FIGS += [
        F(f"{label}\n{tr}\n", tr, float(tr.replace(".", "")), "count", "con", subject="Đàn trâu", period=ASi, location=loc),
        F(f"{tr}\n{bo}\n", bo, float(bo.replace(".", "")), "count", "con", subject="Đàn bò", period=ASi, location=loc),
        F(f"{bo}\n{lai}\n", lai, float(lai.replace(".", "")), "count", "con", total=float(bo.replace(".", "")),
          subject="bò lai", period=ASi, location=loc),
        F(f"{lai}\n{tl}\n", tl, float(tl.replace(",", ".")), "percent", "%", subject="Tỷ lệ bò lai", period=ASi, location=loc),
    ]
FIGS += [
    F("đạt 4.860 tấn", "4.860", 4860, "measure", "tấn", subject="sản lượng thịt hơi trâu xuất chuồng", period=N9),
    F("đạt 9.720 tấn", "9.720", 9720, "measure", "tấn", subject="sản lượng thịt hơi bò xuất chuồng", period=N9),
    F("khoảng 6,1 nghìn ha", "6,1", 6100, "measure", "ha", approx="about", subject="diện tích cỏ trồng"),
    F("đạt 83,5%", "83,5", 83.5, "percent", "%", subject="tỷ lệ tiêm phòng viêm da nổi cục trong diện tiêm"),
]

COMMENTS = [
    "Cục Thống kê tỉnh Sơn La (statistics office portal, breadcrumb, no dateline): livestock survey as of 01/10/2024 — herd, crossbred share, one-cell-per-line table by district, output, fodder, LSD vaccination.",
    "No date of publication stated: no 'published'. Distractors: 'Bảng 2', 'lần thứ XV', 'Thông tư số 03/2023/TT-BKHĐT', the survey date in the title, '(một số địa phương)'.",
    "Table one cell per line: header 'Huyện, thành phố | Đàn trâu | Đàn bò | Trong đó: bò lai | Tỷ lệ bò lai (%)', 'Đơn vị tính: con'; the row label is a place → location, subject = column label.",
    "Table period is the caption's as-of date (not a column header): inherited. 'Trong đó: bò lai' cells take the same row's Đàn bò cell as total (judgment for tables). 'Thành phố Sơn La' → location Sơn La.",
    "'chiếm 48,6% …, cao hơn 2,9 điểm phần trăm … (chỉ tiêu … đến năm 2025 là 52%)': change 2,9 điểm phần trăm and target 52 on the percent; 52 is no figure of its own. 'Số liệu sơ bộ' treated as actual (as shared h24).",
]

write(8, COMMENTS, TEXT, FIGS, location="Sơn La")
