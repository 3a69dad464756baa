from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ NỘI VỤ TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Số lượng người làm việc trong đơn vị sự nghiệp công lập năm 2023

Năm 2023, tổng số người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập của tỉnh Bình Định là 24.318 người, giảm 1.046 người so với năm 2022, bình quân 16,2 người/1.000 dân. Số lượng theo từng lĩnh vực như sau:

Số lượng người làm việc theo lĩnh vực
Đơn vị tính: người

Lĩnh vực
Năm 2022
Năm 2023
Kế hoạch 2024
Giáo dục và đào tạo
19.642
18.905
18.760
Y tế
4.120
3.986
3.950
Văn hóa, thể thao và du lịch
512
478
465
Sự nghiệp khác
1.090
949
920
Tổng số
25.364
24.318
24.095

Số người làm việc giảm chủ yếu do sáp nhập 38 trường mầm non, tiểu học và trung học cơ sở thành 17 trường, đồng thời chuyển 9 bệnh viện, trung tâm y tế sang tự chủ chi thường xuyên. Hiện nay, tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên của tỉnh đạt 14,5%; phấn đấu đến năm 2025 đạt 20%.

Trong năm 2024, Sở Nội vụ tiếp tục thẩm định đề án vị trí việc làm của các đơn vị theo Nghị định số 106/2020/NĐ-CP, bảo đảm số người làm việc không vượt số được giao.

Địa chỉ: 253 Trần Hưng Đạo, TP. Quy Nhơn, tỉnh Bình Định | ĐT: 0256.3822.371 | Tổng lượt truy cập: 2.481.935
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [
    ("Giáo dục và đào tạo", ["19.642", "18.905", "18.760"]),
    ("Y tế", ["4.120", "3.986", "3.950"]),
    ("Văn hóa, thể thao và du lịch", ["512", "478", "465"]),
    ("Sự nghiệp khác", ["1.090", "949", "920"]),
    ("Tổng số", ["25.364", "24.318", "24.095"]),
]

FIGS = [
    F("là 24.318 người", "24.318", 24318, "count", "người",
      "người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập", Y23,
      change=CH("decrease", 1046, "người", baseline="năm 2022")),
    F("bình quân 16,2 người/1.000 dân", "16,2", 16.2, "measure", "người/1.000 dân",
      "người làm việc trong đơn vị sự nghiệp công lập bình quân trên 1.000 dân", Y23),
]
for label, cells in ROWS:
    for i, (num, (col, per, status)) in enumerate(zip(cells, COLS)):
        # anchor: the cell with its neighbours (label line or previous cell) to be unique
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{num}\n"
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "count", "người",
                      f"số người làm việc {label} {col}", per, **kw))

FIGS += [
    F("sáp nhập 38 trường", "38", 38, "count", "trường", "trường mầm non, tiểu học và trung học cơ sở sáp nhập"),
    F("thành 17 trường", "17", 17, "count", "trường", "trường sau sáp nhập"),
    F("chuyển 9 bệnh viện", "9", 9, "count", "bệnh viện, trung tâm y tế",
      "bệnh viện, trung tâm y tế chuyển sang tự chủ chi thường xuyên"),
    F("đạt 14,5%", "14,5", 14.5, "percent", "%", "tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên"),
    F("đạt 20%", "20", 20, "percent", "%", "tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Sở Nội vụ Bình Định (department site, no dateline; footer with address, phone and visit counter): người làm việc trong ĐVSNCL năm 2023.",
    "One-cell-per-line table with 'Đơn vị tính: người' and period column headers (Năm 2022 | Năm 2023 | Kế hoạch 2024): every cell a figure,",
    "subject = row + column label, period from the header (scored, as in shared h23), 'Kế hoạch 2024' → target. Column sums check (Tổng số).",
    "'16,2 người/1.000 dân' is a rate (denominator in the unit). '253 Trần Hưng Đạo', 'Nghị định số 106/2020/NĐ-CP', counter: not figures.",
    "'phấn đấu đến năm 2025 đạt 20%' is a target figure of its own (own clause), not the target attribute of 14,5% ('Hiện nay': no period).",
]

if __name__ == "__main__":
    emit("p608-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Định")
