from lib import *

ROWS = [("Ninh Kiều", "78.450", "96.120", "105.000"),
        ("Cái Răng", "41.300", "52.870", "60.000"),
        ("Ô Môn", "38.960", "47.510", "55.000"),
        ("Thốt Nốt", "35.240", "44.630", "50.000"),
        ("Cờ Đỏ", "26.800", "35.920", "42.000"),
        ("Các quận, huyện còn lại", "73.160", "135.300", "148.000"),
        ("Toàn thành phố", "293.910", "412.350", "460.000")]
for j in (1, 2, 3):
    assert sum(parse_num(r[j]) for r in ROWS[:-1]) == parse_num(ROWS[-1][j])

TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ
Trang chủ / Tin tức / Hoạt động ngành

Tủ sách giáo khoa dùng chung của các trường vượt 410 nghìn bản

Thực hiện Kế hoạch số 152/KH-SGDĐT, các trường phổ thông trên địa bàn thành phố tiếp tục vận động học sinh, phụ huynh quyên góp sách giáo khoa đã qua sử dụng. Năm 2023, toàn thành phố tiếp nhận thêm 118.440 bản, nâng tổng số sách trong tủ sách dùng chung lên 412.350 bản, bình quân 1,9 bản/học sinh. Hơn 21.000 học sinh có hoàn cảnh khó khăn đã mượn sách trong năm học 2023-2024; riêng Trường Tiểu học Mỹ Khánh 2 cho 312 học sinh mượn trọn bộ sách.

Số sách trong tủ sách dùng chung theo quận, huyện
Đơn vị tính: bản
Quận, huyện
Năm 2022
Năm 2023
Kế hoạch năm 2024
""" + TABLE + """

Năm 2024, Sở dự kiến dành 1,5 tỷ đồng mua bổ sung sách giáo khoa lớp 5, lớp 9 và lớp 12 cho tủ sách của 46 trường vùng khó khăn thuộc các huyện Cờ Đỏ, Thới Lai, Vĩnh Thạnh.

Địa chỉ: Số 39 đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3830.753
Lượt truy cập: 2.184.906
"""

Y23 = YEAR("Năm 2023", 2023)
Y24 = YEAR("Năm 2024", 2024)
COLS = [("năm 2022", YEAR("Năm 2022", 2022), None),
        ("năm 2023", YEAR("Năm 2023", 2023), None),
        ("kế hoạch năm 2024", YEAR("Kế hoạch năm 2024", 2024), "target")]
SUBJ = "số sách trong tủ sách dùng chung"

FIG = [
    F("vượt 410 nghìn bản", "410", 410000, "count", "bản", "sách trong tủ sách giáo khoa dùng chung của các trường", approx="over"),
    F("thêm 118.440 bản", "118.440", 118440, "count", "bản", "sách giáo khoa quyên góp toàn thành phố tiếp nhận thêm", Y23),
    F("lên 412.350 bản", "412.350", 412350, "count", "bản", "tổng số sách trong tủ sách dùng chung", Y23),
    F("1,9 bản/học sinh", "1,9", 1.9, "measure", "bản/học sinh", "số sách trong tủ sách dùng chung bình quân", Y23),
    F("Hơn 21.000 học sinh", "21.000", 21000, "count", "học sinh", "học sinh có hoàn cảnh khó khăn đã mượn sách",
      NH("năm học 2023-2024", 2023), approx="over"),
    F("cho 312 học sinh", "312", 312, "count", "học sinh", "học sinh Trường Tiểu học Mỹ Khánh 2 cho mượn trọn bộ sách",
      NH("năm học 2023-2024", 2023)),
]
for r in ROWS:
    cells = list(r)
    place = None if r[0].startswith(("Các", "Toàn")) else r[0]
    label = "" if place else (" các quận, huyện còn lại" if r[0].startswith("Các") else " toàn thành phố")
    for j, (col, per, status) in enumerate(COLS):
        num = cells[j + 1]
        kw = {}
        if place:
            kw["location"] = place
        if status:
            kw["status"] = status
        FIG.append(F(f"{cells[j]}\n{num}", num, parse_num(num), "count", "bản", f"{SUBJ}{label} {col}", per, **kw))
FIG += [
    F("1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng",
      "kinh phí mua bổ sung sách giáo khoa lớp 5, lớp 9 và lớp 12 cho tủ sách trường vùng khó khăn", Y24, status="forecast"),
    F("46 trường", "46", 46, "count", "trường", "trường vùng khó khăn được mua bổ sung sách giáo khoa", Y24, status="forecast"),
]

emit("p739-7", TEXT, [
    "Department site (Sở GD&ĐT Cần Thơ), no dateline, visit counter in the footer: shared textbook cabinets; one-cell-per-line table",
    "by district (Năm 2022 | Năm 2023 | Kế hoạch năm 2024) with 'Đơn vị tính: bản'. Every cell is a figure, period from the column",
    "header (scored, as in shared h23), 'Kế hoạch' column status target; district rows give the location, the 'còn lại' and city rows",
    "stay 'Cần Thơ' with the label in the subject. '3 Tháng 2' (a road), 'Số 39', 'Kế hoạch số 152', phone and counter are not figures.",
], FIG, location="Cần Thơ")
