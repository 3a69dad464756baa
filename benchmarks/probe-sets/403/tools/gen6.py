from lib import F, P, CH, TG, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC TRỒNG TRỌT

Phát triển vùng trồng cây ăn quả chủ lực phục vụ xuất khẩu
Ngày cập nhật: 06/03/2024

Năm 2023, diện tích cây ăn quả cả nước đạt trên 1,2 triệu ha, sản lượng khoảng 13,4 triệu tấn. Trong số 15 loại cây ăn quả chủ lực, thanh long, xoài và bưởi có tổng diện tích 276.500 ha, chiếm 23% diện tích cây ăn quả.

Diện tích, sản lượng một số cây ăn quả chủ lực năm 2023
Cây trồng\tDiện tích (nghìn ha)\tSản lượng (nghìn tấn)\tSản lượng so với năm 2022 (%)
Thanh long\t55,0\t1.280,5\t96,9
Xoài\t113,5\t965,2\t104,8
Bưởi\t108,0\t1.150,7\t109,6

Riêng tỉnh Bình Thuận có 31.800 ha thanh long, chiếm 57,8% diện tích thanh long cả nước. Đến hết năm 2023, cả nước đã cấp 7.012 mã số vùng trồng cây ăn quả xuất khẩu, trong đó 2.925 mã cho ba loại cây trên. Năng suất xoài bình quân năm 2023 đạt 9,6 tấn/ha, tăng 0,4 tấn/ha so với năm 2022.

Theo Đề án phát triển cây ăn quả chủ lực đến năm 2025 và định hướng đến năm 2030 (Quyết định số 4961/QĐ-BNN-TT), đến năm 2030 diện tích thanh long ổn định khoảng 60.000 ha, xoài 130.000 ha, bưởi 120.000 ha; kim ngạch xuất khẩu ba loại quả này phấn đấu đạt 2,5 tỷ USD.

Thời gian tới, Cục Trồng trọt sẽ phối hợp với Cục Bảo vệ thực vật hướng dẫn các địa phương rà soát, thu hồi những mã số vùng trồng không còn đáp ứng yêu cầu; mỗi mã số phải có diện tích tối thiểu 10 ha đối với thị trường Trung Quốc.

Địa chỉ: số 2 Ngọc Hà, quận Ba Đình, Hà Nội. Điện thoại: 024.3823.4651.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("trên 1,2 triệu ha", "1,2", 1.2e6, "measure", "ha", "diện tích cây ăn quả cả nước", approx="over",
      period=Y23),
    F("khoảng 13,4 triệu tấn", "13,4", 13.4e6, "measure", "tấn", "sản lượng cây ăn quả", approx="about",
      period=Y23),
    F("Trong số 15 loại", "15", 15, "count", "loại cây ăn quả chủ lực", "loại cây ăn quả chủ lực",
      optional=True),
    F("tổng diện tích 276.500 ha", "276.500", 276500, "measure", "ha",
      "tổng diện tích thanh long, xoài và bưởi", percent=23, period=Y23I),
]

ROWS = [("Thanh long", "55,0", "1.280,5", "96,9"), ("Xoài", "113,5", "965,2", "104,8"),
        ("Bưởi", "108,0", "1.150,7", "109,6")]


def vn(s):
    return float(s.replace(".", "").replace(",", "."))


for crop, ha, t, idx in ROWS:
    FIGS.append(F(f"{crop}\t{ha}\t", ha, round(vn(ha) * 1000), "measure", "ha", f"diện tích {crop.lower()}",
                  period=Y23I))
    FIGS.append(F(f"{ha}\t{t}\t", t, round(vn(t) * 1000), "measure", "tấn", f"sản lượng {crop.lower()}",
                  period=Y23I))
    FIGS.append(F(f"{t}\t{idx}\n", idx, vn(idx), "percent", "%",
                  f"sản lượng {crop.lower()} so với năm 2022", period=Y23I))

FIGS += [
    F("có 31.800 ha", "31.800", 31800, "measure", "ha", "diện tích thanh long", percent=57.8,
      location="Bình Thuận", period=Y23I),
    F("cấp 7.012 mã số", "7.012", 7012, "count", "mã số vùng trồng",
      "mã số vùng trồng cây ăn quả xuất khẩu", period=P("Đến hết năm 2023", end="2023-12-31")),
    F("trong đó 2.925 mã", "2.925", 2925, "count", "mã", "mã số vùng trồng cho ba loại cây",
      total=7012, period=P("Đến hết năm 2023", end="2023-12-31")),
    F("cho ba loại cây trên", "ba", 3, "count", "loại cây", optional=True),
    F("đạt 9,6 tấn/ha", "9,6", 9.6, "measure", "tấn/ha", "năng suất xoài bình quân",
      change=CH("increase", 0.4, "tấn/ha", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích thanh long", approx="about",
      status="target", period=T30),
    F("xoài 130.000 ha", "130.000", 130000, "measure", "ha", "diện tích xoài", status="target", period=T30),
    F("bưởi 120.000 ha", "120.000", 120000, "measure", "ha", "diện tích bưởi", status="target", period=T30),
    F("ba loại quả này", "ba", 3, "count", "loại quả", optional=True),
    F("đạt 2,5 tỷ USD", "2,5", 2.5e9, "money", "USD", "kim ngạch xuất khẩu ba loại quả", status="target",
      period=T30),
    F("tối thiểu 10 ha", "10", 10, "measure", "ha", "diện tích tối thiểu mỗi mã số vùng trồng",
      approx="at_least", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt): national fruit area 2023, a tab-separated table of area / output / index for the three fruits, codes, 2030 targets.",
    "Dateline 'Ngày cập nhật: 06/03/2024'. Location Việt Nam (a ministry's national figures); 'Bình Thuận có 31.800 ha' is provincial.",
    "Table title 'năm 2023' is on its own line: cell periods inherited. Header '(nghìn ha)', '(nghìn tấn)' multiply the cells (55,0 -> 55.000 ha). '(%)' column = percent (index vs 2022).",
    "'Trong số 15 loại ..., ... có 276.500 ha': 15 counts kinds, not hectares, so no total; the 15 and the referential 'ba loại' are optional.",
    "'Năng suất xoài bình quân năm 2023 đạt 9,6 tấn/ha, tăng 0,4 tấn/ha so với năm 2022': change in tấn/ha; the baseline year is not the period.",
    "Targets: 'đến năm 2030 ... khoảng 60.000 ha, xoài 130.000 ha, bưởi 120.000 ha; ... phấn đấu đạt 2,5 tỷ USD' all target, end 2030-12-31.",
    "'diện tích tối thiểu 10 ha' is a rule/threshold, optional. Distractors: project name years 2025/2030, QĐ 4961/QĐ-BNN-TT, address 'số 2 Ngọc Hà, quận Ba Đình, Hà Nội', phone.",
]

write(6, TEXT, COMMENTS, FIGS, published="2024-03-06", location="Việt Nam")
