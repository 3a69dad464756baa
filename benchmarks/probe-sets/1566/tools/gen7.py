"""p1566-7: department site (Sở NN&PTNT Kiên Giang), no dateline: surimi plants, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kiên Giang dẫn đầu cả nước về chế biến surimi

Kiên Giang hiện có 9 nhà máy chế biến surimi và chả cá xuất khẩu, tập trung tại TP Rạch Giá và huyện Kiên Lương, tổng công suất thiết kế khoảng 95.000 tấn/năm. Năm 2023, sản lượng surimi của tỉnh đạt 71.400 tấn, chiếm gần 40% sản lượng surimi cả nước, đứng thứ nhất toàn quốc.

Kết quả sản xuất surimi, chả cá
Đơn vị tính: tấn
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Surimi
68.250
71.400
74.800
78.000
Chả cá, cá viên
4.120
4.560
5.030
5.500
Tổng số
72.370
75.960
79.830
83.500

Các nhà máy sử dụng gần 6.500 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng. Nguyên liệu chủ yếu là cá đù, cá mối, cá chỉ vàng; giá thu mua dao động 9.000-14.000 đồng/kg. Năm 2024, kim ngạch xuất khẩu surimi ước đạt 168 triệu USD, tăng 5,4% so với năm 2023. Hàn Quốc và Nhật Bản là các thị trường chính, chiếm khoảng 60% kim ngạch.

Tỉnh đặt mục tiêu đến năm 2030 nâng tỷ lệ sản phẩm chả cá giá trị gia tăng lên 30% sản lượng chế biến.

Tin liên quan:
- Triển khai Nghị định 37/2024/NĐ-CP về quản lý nghề cá
- Hướng dẫn cấp mã số cơ sở nuôi trồng thủy sản

SỞ NÔNG NGHIỆP VÀ PTNT KIÊN GIANG
Địa chỉ: Số 1 Trần Phú, phường Vĩnh Thanh Vân, TP Rạch Giá
Điện thoại: 0297.3862.455
Lượt truy cập: 1.207.554 | Đang online: 21
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = {"Năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        "Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "Ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "Kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("Surimi", ["68.250", "71.400", "74.800", "78.000"]),
        ("Chả cá, cá viên", ["4.120", "4.560", "5.030", "5.500"]),
        ("Tổng số", ["72.370", "75.960", "79.830", "83.500"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        subj = f"sản lượng {label.lower()} {col.lower()}" if label != "Tổng số" else f"tổng số sản lượng surimi, chả cá {col.lower()}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 9 nhà máy", "9", 9, "count", "nhà máy", subject="nhà máy chế biến surimi và chả cá xuất khẩu"),
    fig("khoảng 95.000", "95.000", 95000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("đạt 71.400 tấn", "71.400", 71400, "measure", "tấn", percent=40,
        subject="sản lượng surimi của tỉnh", period=Y23),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="sản lượng surimi", period=Y23),
] + CELLS + [
    fig("gần 6.500 lao động", "6.500", 6500, "count", "lao động", approx="nearly",
        subject="lao động các nhà máy sử dụng"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("dao động 9.000-14.000", "9.000", 9000, "money", "đồng/kg", value_max=14000,
        subject="giá thu mua nguyên liệu cá đù, cá mối, cá chỉ vàng"),
    fig("ước đạt 168 triệu", "168", 168e6, "money", "USD", status="estimate",
        change=chg("increase", 5.4, "%", "năm 2023"), subject="kim ngạch xuất khẩu surimi", period=Y24),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng của thị trường Hàn Quốc và Nhật Bản trong kim ngạch", period=inh(Y24)),
    fig("lên 30%", "30", 30, "percent", "%", status="target",
        subject="tỷ lệ sản phẩm chả cá giá trị gia tăng trong sản lượng chế biến", period=T30),
]

NOTES = [
    "Department site (Sở NN&PTNT Kiên Giang), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Nghị định 37/2024/NĐ-CP', 'Số 1 Trần Phú', phone 0297.3862.455, counters 1.207.554 and 21.",
    "Headline 'dẫn đầu cả nước' has no number: not a figure. 'đứng thứ nhất toàn quốc' → rank 1 (number word 'nhất'),",
    "in the 'Năm 2023' sentence. 'chiếm gần 40% sản lượng surimi cả nước' → percent attribute 40 of 71.400 tấn.",
    "TP Rạch Giá and huyện Kiên Lương only say where the plants stand: the counts stay Kiên Giang.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = row + column; periods from headers; 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target; cells get no total. 71.400 appears in text and table: two figures.",
    "'Hàn Quốc và Nhật Bản ... chiếm khoảng 60% kim ngạch' stands in its own sentence with its own verb: a percent figure,",
    "actual, period năm 2024 inherited. 'mục tiêu đến năm 2030 nâng ... lên 30%' → target percent.",
]

if __name__ == "__main__":
    write("p1566-7", TEXT, NOTES, FIGS, location="Kiên Giang")
