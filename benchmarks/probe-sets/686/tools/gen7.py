from lib import F, P, I, CH, emit

TEXT = """BAN AN TOÀN GIAO THÔNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm tra, xử lý vi phạm nồng độ cồn giai đoạn 2022 - 6 tháng đầu năm 2024

Thực hiện Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ, lực lượng Cảnh sát giao thông tỉnh Đồng Nai đã tăng cường kiểm tra, xử lý người điều khiển phương tiện vi phạm nồng độ cồn. Kết quả cụ thể như sau:

Đơn vị tính: trường hợp

Chỉ tiêu

Năm 2022

Năm 2023

6 tháng đầu năm 2024

Vi phạm nồng độ cồn bị xử lý

9.874

12.416

7.035

Tước giấy phép lái xe

8.902

11.630

6.718

Tạm giữ phương tiện

9.015

11.902

6.840

Năm 2023, tỷ lệ người điều khiển phương tiện vi phạm nồng độ cồn trên tổng số phương tiện được kiểm tra là 3,6%, giảm so với mức 4,1% của năm 2022. Số vụ tai nạn giao thông liên quan đến rượu, bia năm 2023 là 57 vụ, chiếm 18,5% tổng số vụ tai nạn.

Hiện toàn tỉnh có 186 máy đo nồng độ cồn, trong đó 42 máy thế hệ mới có chức năng in kết quả. Phấn đấu đến năm 2025, 100% tổ tuần tra, kiểm soát trên các tuyến Quốc lộ 1, Quốc lộ 20 và Quốc lộ 51 được trang bị máy đo nồng độ cồn thế hệ mới.

Nguồn: Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai

Địa chỉ: số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa | Điện thoại: 0251.3822.505
Tổng lượt truy cập: 1.204.557
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = [("Năm 2022", Y22), ("Năm 2023", Y23), ("6 tháng đầu năm 2024", H24)]


def row(label, cells, nxt):
    out = []
    for i, (num, v) in enumerate(cells):
        colname, per = COLS[i]
        after = cells[i + 1][0] if i + 1 < len(cells) else nxt
        before = label if i == 0 else cells[i - 1][0]
        out.append(F(f"{before}\n\n{num}\n\n{after}", num, v, "count", "trường hợp",
                     f"{label} {colname.lower()}", per))
    return out


FIGS = []
FIGS += row("Vi phạm nồng độ cồn bị xử lý", [("9.874", 9874), ("12.416", 12416), ("7.035", 7035)], "Tước")
FIGS += row("Tước giấy phép lái xe", [("8.902", 8902), ("11.630", 11630), ("6.718", 6718)], "Tạm")
FIGS += row("Tạm giữ phương tiện", [("9.015", 9015), ("11.902", 11902), ("6.840", 6840)], "Năm 2023, tỷ lệ")
RATE = "tỷ lệ người điều khiển phương tiện vi phạm nồng độ cồn trên tổng số phương tiện được kiểm tra"
FIGS += [
    F("là 3,6%", "3,6", 3.6, "percent", "%", RATE, P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 4,1%", "4,1", 4.1, "percent", "%", RATE, P("năm 2022", "2022-01-01", "2022-12-31")),
    F("là 57 vụ", "57", 57, "count", "vụ", "vụ tai nạn giao thông liên quan đến rượu, bia",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=18.5),
    F("có 186 máy", "186", 186, "count", "máy đo nồng độ cồn", "máy đo nồng độ cồn"),
    F("đó 42 máy", "42", 42, "count", "máy", "máy đo nồng độ cồn thế hệ mới có chức năng in kết quả", total=186),
    F("2025, 100% tổ", "100", 100, "percent", "%",
      "tổ tuần tra, kiểm soát được trang bị máy đo nồng độ cồn thế hệ mới",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "p686-7 — department site (Ban An toàn giao thông tỉnh Đồng Nai), no dateline: one-cell-per-line table with 'Đơn vị tính: trường hợp'.",
    "Distractors: 'Chỉ thị số 10/CT-TTg', title 'giai đoạn 2022 - 6 tháng đầu năm 2024', 'Quốc lộ 1/20/51', address 'số 2 Nguyễn Văn Trị',",
    "phone 0251.3822.505, 'Tổng lượt truy cập: 1.204.557'.",
    "Table: 3 rows × 3 period columns, every cell a figure; unit from the Đơn vị tính line; period from the column header (scored, as in h23);",
    "subject = row label + column label. Rows are not parts of one another (no total).",
    "'3,6%, giảm so với mức 4,1% của năm 2022': 4,1% is the previous level, not a change amount -> its own percent figure for 2022; 3,6% has no change.",
    "'57 vụ, chiếm 18,5%' -> percent attribute. 'Hiện toàn tỉnh có 186 máy' -> no period (Hiện); 42 after 'trong đó' -> total 186.",
    "'Phấn đấu đến năm 2025, 100% tổ …' -> target. Location Đồng Nai (named in the text); published null.",
]

if __name__ == "__main__":
    emit("p686-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
