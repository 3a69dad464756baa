from lib import F, P, Y, C, emit

TEXT = """UBND TỈNH LẠNG SƠN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ hồi năm 2024 và kế hoạch năm 2025

Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.

I. KẾT QUẢ NĂM 2024
1. Diện tích, sản lượng
Năm 2024, toàn tỉnh có 34.900 ha hồi, giảm 1,3% so với năm 2023 do chuyển một phần diện tích hồi già cỗi sang trồng keo, thông; diện tích cho sản phẩm 25.840 ha, chiếm 74%. Sản lượng quả hồi khô ước đạt 17.400 tấn, tăng 8,7% so với năm 2023 (năm 2023 đạt 16.010 tấn). Chi tiết tại Bảng 1.

Bảng 1. Diện tích, sản lượng hồi năm 2024 theo huyện
TT | Huyện | Tổng diện tích (ha) | Diện tích cho sản phẩm (ha) | Sản lượng ước đạt (tấn)
1 | Văn Quan | 11.250 | 8.960 | 6.420
2 | Bình Gia | 7.830 | 5.740 | 3.980
3 | Văn Lãng | 6.410 | 4.880 | 3.150
4 | Tràng Định | 3.920 | 2.610 | 1.540
5 | Các huyện còn lại | 5.490 | 3.650 | 2.310
 | Toàn tỉnh | 34.900 | 25.840 | 17.400

2. Tiêu thụ, giá cả
Giá hồi khô bình quân năm 2024 từ 75.000 đến 85.000 đồng/kg, tăng gần 1,5 lần so với năm 2023; hồi tươi 16.000-19.000 đồng/kg. Giá trị thu được từ cây hồi ước đạt trên 1.300 tỷ đồng. Toàn tỉnh có 64 cơ sở chưng cất tinh dầu hồi, công suất khoảng 350 tấn tinh dầu/năm.

II. KẾ HOẠCH NĂM 2025
Phấn đấu trồng mới, trồng thay thế 500 ha hồi; sản lượng quả hồi khô đạt 18.000 tấn; 100% diện tích hồi tập trung được cấp mã số vùng trồng.

Nơi nhận:
- Như trên;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = Y(2024, "Năm 2024")
Y24I = Y(2024, "Năm 2024", inh=True)
TB = Y(2024, "năm 2024", inh=True)  # table title
Y25I = Y(2025, "KẾ HOẠCH NĂM 2025", inh=True)

COLS = [("Tổng diện tích", "ha", "measure", "actual"),
        ("Diện tích cho sản phẩm", "ha", "measure", "actual"),
        ("Sản lượng ước đạt", "tấn", "measure", "estimate")]
ROWS = [("1 | Văn Quan", "Văn Quan", ["11.250", "8.960", "6.420"]),
        ("2 | Bình Gia", "Bình Gia", ["7.830", "5.740", "3.980"]),
        ("3 | Văn Lãng", "Văn Lãng", ["6.410", "4.880", "3.150"]),
        ("4 | Tràng Định", "Tràng Định", ["3.920", "2.610", "1.540"]),
        ("5 | Các huyện còn lại", None, ["5.490", "3.650", "2.310"]),
        (" | Toàn tỉnh", None, ["34.900", "25.840", "17.400"])]

FIGS = [
    F("có 34.900 ha hồi", "34.900", 34900, "measure", "ha", "diện tích hồi", Y24,
      change=C("decrease", 1.3, "%", "năm 2023")),
    F("sản phẩm 25.840 ha", "25.840", 25840, "measure", "ha", "diện tích cho sản phẩm", Y24, percent=74),
    F("ước đạt 17.400 tấn", "17.400", 17400, "measure", "tấn", "sản lượng quả hồi khô", Y24I, status="estimate",
      change=C("increase", 8.7, "%", "năm 2023")),
    F("đạt 16.010 tấn", "16.010", 16010, "measure", "tấn", "sản lượng quả hồi khô", Y(2023)),
]
for label, loc, cells in ROWS:
    for i, ((col, unit, kind, status), cell) in enumerate(zip(COLS, cells)):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        rowname = label.split("| ")[1]
        subj = col if loc else f"{col} {rowname.lower()}"
        kw = {"status": status} if status != "actual" else {}
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), kind, unit, subj, TB, **kw))
FIGS += [
    F("từ 75.000 đến 85.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá hồi khô bình quân", Y(2024),
      value_max=85000, change=C("increase", 1.5, "lần", "năm 2023", approx="nearly")),
    F("hồi tươi 16.000-19.000", "16.000", 16000, "money", "đồng/kg", "giá hồi tươi", Y(2024), value_max=19000),
    F("trên 1.300 tỷ đồng", "1.300", 1300e9, "money", "đồng", "giá trị thu được từ cây hồi", Y24I,
      approx="over", status="estimate"),
    F("có 64 cơ sở", "64", 64, "count", "cơ sở chưng cất tinh dầu hồi", "cơ sở chưng cất tinh dầu hồi", Y24I),
    F("khoảng 350 tấn", "350", 350, "measure", "tấn/năm", "công suất chưng cất tinh dầu hồi", Y24I,
      approx="about"),
    F("thay thế 500 ha", "500", 500, "measure", "ha", "diện tích hồi trồng mới, trồng thay thế", Y25I, status="target"),
    F("đạt 18.000 tấn", "18.000", 18000, "measure", "tấn", "sản lượng quả hồi khô", Y25I, status="target"),
    F("100% diện tích", "100", 100, "percent", "%", "diện tích hồi tập trung được cấp mã số vùng trồng", Y25I,
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Lạng Sơn, Số: 287/BC-UBND) on star anise (hồi) 2024 and the 2025 plan; place-and-date line gives published.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; district rows give the location, 'Các huyện còn lại' and 'Toàn tỉnh' keep Lạng Sơn",
    "and put the row label into the subject; units from the column headers '(ha)', '(tấn)'; the column 'Sản lượng ước đạt' gives status estimate;",
    "period 'năm 2024' from the table title (inherited); row numbers 1-5 are not figures; no totals for table cells.",
    "'(năm 2023 đạt 16.010 tấn)' is a bracketed figure with its own verb: actual, period 2023. 'tăng gần 1,5 lần so với năm 2023' is the change of the price range.",
    "Section II targets inherit 'NĂM 2025' from the heading. Distractors: Số: 287/BC-UBND, 'I.', 'II.', '1.', '2.', 'Bảng 1', 'Lưu: VT, KT', the date line.",
]

if __name__ == "__main__":
    emit("p265-5", TEXT, COMMENTS, FIGS, published="2024-12-18", location="Lạng Sơn")
