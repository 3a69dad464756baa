"""p1568-7: department site (Sở Công Thương Hà Nam), no dateline, one-cell-per-line table by district."""
from lib import F, P, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Công nghiệp chế biến mì ăn liền tiếp tục tăng trưởng

Năm 2024, toàn tỉnh có 5 nhà máy sản xuất mì, phở ăn liền, tập trung tại các khu công nghiệp Đồng Văn I, Đồng Văn II và Thanh Liêm, tổng công suất khoảng 1,4 tỷ gói/năm. Sản lượng cả năm ước đạt 968 triệu gói, tăng 5,9% so với năm 2023, chiếm khoảng 11% sản lượng cả nước.

Sản lượng mì ăn liền theo địa bàn
Đơn vị tính: triệu gói
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Thị xã Duy Tiên
612,4
650,8
690,0
Huyện Thanh Liêm
241,6
252,2
265,0
Thành phố Phủ Lý
60,0
65,0
70,0
Tổng số
914,0
968,0
1.025,0

Giá trị xuất khẩu mì ăn liền năm 2024 ước đạt 46,3 triệu USD, xếp thứ 4 trong các mặt hàng xuất khẩu chủ lực của tỉnh. Các nhà máy sử dụng hơn 2.600 lao động, trong đó khoảng 70% là lao động nữ. Mục tiêu đến năm 2030, sản lượng mì ăn liền của tỉnh đạt 1,5 tỷ gói.

Bài viết liên quan:
- Hà Nam: Hội nghị xúc tiến đầu tư vào khu công nghiệp Đồng Văn IV
- Triển khai Chương trình OCOP giai đoạn 2021-2025

SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Địa chỉ: Số 2 đường Lê Hoàn, phường Quang Trung, TP Phủ Lý
Điện thoại: 0226.3852.703
Lượt truy cập: 1.204.377 | Đang trực tuyến: 25
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
COLS = {
    "năm 2023": dict(period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    "ước thực hiện 2024": dict(period=P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    "kế hoạch 2025": dict(period=P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), status="target"),
}
ROWS = [("Thị xã Duy Tiên", "Duy Tiên", ["612,4", "650,8", "690,0"]),
        ("Huyện Thanh Liêm", "Thanh Liêm", ["241,6", "252,2", "265,0"]),
        ("Thành phố Phủ Lý", "Phủ Lý", ["60,0", "65,0", "70,0"]),
        ("Tổng số", "Hà Nam", ["914,0", "968,0", "1.025,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, kw), n in zip(COLS.items(), nums):
        sub = f"sản lượng mì ăn liền {col}" if place != "Hà Nam" else f"tổng số sản lượng mì ăn liền {col}"
        CELLS.append(F(f"{prev}\n{n}\n", n, num(n) * 1e6, "count", "gói", subject=sub, location=place, **kw))
        prev = n

FIGS = [
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy sản xuất mì, phở ăn liền", period=Y24),
    F("khoảng 1,4 tỷ", "1,4", 1.4e9, "measure", "gói/năm", approx="about",
      subject="tổng công suất các nhà máy", period=Y24),
    F("ước đạt 968 triệu", "968", 968e6, "count", "gói", status="estimate", percent=11,
      change=chg("increase", 5.9, "%", "năm 2023"), subject="sản lượng cả năm", period=YEAR),
] + CELLS + [
    F("ước đạt 46,3 triệu", "46,3", 46.3e6, "money", "USD", status="estimate",
      subject="giá trị xuất khẩu mì ăn liền", period=Y24b),
    F("xếp thứ 4", "4", 4, "rank", "hạng", status="estimate",
      subject="giá trị xuất khẩu mì ăn liền trong các mặt hàng xuất khẩu chủ lực của tỉnh", period=Y24b),
    F("hơn 2.600 lao động", "2.600", 2600, "count", "lao động", approx="over",
      subject="lao động các nhà máy sử dụng"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="lao động nữ"),
    F("đạt 1,5 tỷ", "1,5", 1.5e9, "count", "gói", status="target",
      subject="sản lượng mì ăn liền của tỉnh", period=T30),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nam), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Đồng Văn I/II/IV', 'giai đoạn 2021-2025', 'Số 2 đường Lê Hoàn', phone 0226.3852.703, counters 1.204.377 and 25.",
    "One-cell-per-line table, 'Đơn vị tính: triệu gói' (count, ×10^6); rows are places → location (Duy Tiên, Thanh Liêm, Phủ Lý);",
    "'Tổng số' row → Hà Nam; subject = caption indicator + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. '1.025,0' = 1025 triệu. Cells get no total.",
    "'Sản lượng cả năm ước đạt 968 triệu gói ... chiếm khoảng 11% sản lượng cả nước' → percent attribute 11; 'cả năm' → 2024.",
    "'xếp thứ 4 ...' continues the 'ước đạt' clause → estimate. 'trong đó khoảng 70% là lao động nữ' is a percent figure of its own.",
    "'Mục tiêu đến năm 2030' → target, start null, end 2030-12-31. No published date.",
]

if __name__ == "__main__":
    write("p1568-7", TEXT, NOTES, FIGS, location="Hà Nam")
