from lib import F, P, I, CH, TG, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả cấp mới, cấp đổi giấy phép lái xe giai đoạn 2021-2023

Công tác đào tạo, sát hạch, cấp giấy phép lái xe (GPLX) trên địa bàn tỉnh Lâm Đồng những năm qua đi vào nền nếp. Hiện Sở quản lý 16 cơ sở đào tạo lái xe và 7 trung tâm sát hạch, gồm 4 trung tâm loại 1 và 3 trung tâm loại 3.

Riêng năm 2023, các trung tâm đã tổ chức 248 kỳ sát hạch cho 41.630 lượt thí sinh. Tỷ lệ đạt bình quân là 74,3%, trong đó sát hạch ô tô đạt 65,8%, mô tô đạt 80,1%. Theo Sở GTVT, tỷ lệ đạt ô tô thấp chủ yếu do thí sinh trượt phần sa hình và mô phỏng.

Số lượng GPLX cấp mới, cấp đổi qua các năm như sau:

Đơn vị tính: giấy phép

Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
GPLX mô tô cấp mới
18.452
21.307
23.915
25.000
GPLX ô tô cấp mới
7.864
8.930
9.612
10.500
GPLX cấp đổi, cấp lại
15.208
17.446
20.133
22.000

Năm 2023, tỷ lệ hồ sơ đổi GPLX nộp trực tuyến đạt 58,6%, tăng gần 20% so với năm 2022. Thời gian cấp đổi GPLX không quá 5 ngày làm việc kể từ khi nhận đủ hồ sơ; lệ phí cấp đổi 135.000 đồng/lần.

Người dân có nhu cầu đổi GPLX có thể nộp hồ sơ trực tuyến hoặc trực tiếp tại Bộ phận Một cửa của Sở, số 2 Trần Hưng Đạo, Phường 10, TP Đà Lạt; điện thoại hỗ trợ 0263.3822.345.

Tổng lượt truy cập: 2.418.906
"""

COLS = [("năm 2021", P("Năm 2021", "2021-01-01", "2021-12-31"), None),
        ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("GPLX mô tô cấp mới", ["18.452", "21.307", "23.915", "25.000"], "cấp mới\n"),
        ("GPLX ô tô cấp mới", ["7.864", "8.930", "9.612", "10.500"], "cấp mới\n"),
        ("GPLX cấp đổi, cấp lại", ["15.208", "17.446", "20.133", "22.000"], "cấp lại\n")]

Y23 = P("Riêng năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("quản lý 16 cơ sở", "16", 16, "count", "cơ sở đào tạo lái xe", "cơ sở đào tạo lái xe Sở quản lý"),
    F("và 7 trung tâm", "7", 7, "count", "trung tâm sát hạch", "trung tâm sát hạch"),
    F("gồm 4 trung tâm", "4", 4, "count", "trung tâm", "trung tâm sát hạch loại 1", total=7),
    F("và 3 trung tâm", "3", 3, "count", "trung tâm", "trung tâm sát hạch loại 3", total=7),
    F("tổ chức 248 kỳ", "248", 248, "count", "kỳ sát hạch", "kỳ sát hạch các trung tâm tổ chức", Y23),
    F("cho 41.630 lượt", "41.630", 41630, "count", "lượt thí sinh", "lượt thí sinh sát hạch", Y23),
    F("bình quân là 74,3%", "74,3", 74.3, "percent", "%", "tỷ lệ đạt bình quân", I(Y23)),
    F("ô tô đạt 65,8%", "65,8", 65.8, "percent", "%", "tỷ lệ đạt sát hạch ô tô", I(Y23)),
    F("mô tô đạt 80,1%", "80,1", 80.1, "percent", "%", "tỷ lệ đạt sát hạch mô tô", I(Y23)),
]
for label, cells, _ in ROWS:
    for i, ((col, per, status), num) in enumerate(zip(COLS, cells)):
        # anchor: previous line + this cell, unique in the article
        prev = label if i == 0 else cells[i - 1]
        kw = {"status": status} if status else {}
        FIGS.append(F(f"{prev}\n{num}", num, float(num.replace(".", "")), "count", "giấy phép",
                      f"{label} {col}", per, **kw))
FIGS += [
    F("đạt 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ hồ sơ đổi GPLX nộp trực tuyến",
      P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 20, baseline="năm 2022", approx="nearly")),
    F("không quá 5 ngày", "5", 5, "measure", "ngày làm việc", "thời gian cấp đổi GPLX", approx="at_most",
      optional=True),
    F("135.000 đồng/lần", "135.000", 135000, "money", "đồng/lần", "lệ phí cấp đổi"),
]

COMMENTS = [
    "Department site (Sở GTVT Lâm Đồng), no dateline (no published); visit counter 'Tổng lượt truy cập: 2.418.906' in the footer.",
    "One-cell-per-line table, 'Đơn vị tính: giấy phép', columns Năm 2021 | Năm 2022 | Năm 2023 | Kế hoạch 2024: every cell a count in giấy phép;",
    "period from the column header (scored, as shared h23); 'Kế hoạch 2024' column → status target. Subject = row label + column.",
    "Distractors: 'giai đoạn 2021-2023', 'loại 1', 'loại 3', 'số 2 Trần Hưng Đạo, Phường 10', phone 0263.3822.345, column-header years.",
    "'Tỷ lệ đạt bình quân là 74,3%' is its own sentence: a percent figure, not a share of 41.630; 'trong đó' rates are not parts (no total).",
    "'gồm 4 trung tâm loại 1 và 3 trung tâm loại 3' adds up to 7: totals. 'tăng gần 20% so với năm 2022' is the change of 58,6%.",
    "'không quá 5 ngày làm việc' is the legal time limit (a norm): optional. Fee '135.000 đồng/lần' is a money figure with a rate unit.",
]

if __name__ == "__main__":
    emit("p719-7", TEXT, COMMENTS, FIGS, location="Lâm Đồng")
