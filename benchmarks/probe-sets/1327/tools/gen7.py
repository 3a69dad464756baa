"""p1327-7: department site (Sở NN&PTNT Nghệ An), no dateline, one-cell-per-line table by fertiliser type."""
from lib import F, period, change, write

TABLE = [("Phân urê", ["78,2", "79,5", "80,0"]),
         ("Phân NPK", ["112,6", "115,1", "117,0"]),
         ("Phân lân", ["41,3", "40,2", "40,0"]),
         ("Phân kali", ["17,9", "17,0", "17,5"]),
         ("Phân hữu cơ các loại", ["23,6", "26,7", "30,5"]),
         ("Tổng số", ["273,6", "278,5", "285,0"])]

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Nghệ An dự kiến cần khoảng 285 nghìn tấn phân bón năm 2025

Năm 2024, toàn tỉnh sử dụng ước khoảng 278,5 nghìn tấn phân bón các loại, tăng 1,8% so với năm 2023; phân bón hữu cơ ước chiếm 9,6% tổng lượng, cao hơn gần 1 điểm phần trăm so với năm trước. Giá phân bón bình quân năm 2024 giảm khoảng 12% so với năm 2023.

Lượng phân bón sử dụng trên địa bàn tỉnh
Đơn vị tính: nghìn tấn
Loại phân bón
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
""" + "".join(label + "\n" + "\n".join(nums) + "\n" for label, nums in TABLE) + """
Toàn tỉnh hiện có 2.146 cơ sở buôn bán phân bón, trong đó 1.780 cơ sở đã được cấp giấy chứng nhận đủ điều kiện, đạt 82,9%. Các loại phân bón lưu thông phải đáp ứng QCVN 01-189:2019/BNNPTNT. Năm 2025, Sở phấn đấu nâng tỷ lệ phân bón hữu cơ lên trên 10% tổng lượng phân bón sử dụng; mục tiêu đến năm 2030 đạt 15%.

Văn bản mới:
- Kế hoạch số 112/KH-SNN về kiểm tra chất lượng phân bón năm 2025

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Địa chỉ: Số 6 Đại lộ Lê Nin, TP Vinh, Nghệ An
Điện thoại: 0238.3844.512
Lượt truy cập: 1.204.377 | Trực tuyến: 52
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25h = period("năm 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
BY2030 = period("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]

CELLS = []
for label, nums in TABLE:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "measure", "tấn",
                       f"lượng phân bón sử dụng {label.lower()} {col}", per, **kw))
        prev = n

FIGS = [
    F("khoảng 285 nghìn", "285", 285000, "measure", "tấn", "phân bón Nghệ An cần", Y25h,
      approx="about", status="forecast"),
    F("ước khoảng 278,5 nghìn", "278,5", 278500, "measure", "tấn", "phân bón các loại toàn tỉnh sử dụng", Y24,
      approx="about", status="estimate", change=change("increase", 1.8, "%", "năm 2023")),
    F("chiếm 9,6%", "9,6", 9.6, "percent", "%", "phân bón hữu cơ trong tổng lượng", Y24, status="estimate",
      change=change("increase", 1, "điểm phần trăm", "năm trước", approx="nearly")),
    F("giảm khoảng 12%", "12", 12, "percent", "%", "giá phân bón bình quân", period("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about"),
] + CELLS + [
    F("có 2.146 cơ sở", "2.146", 2146, "count", "cơ sở", "cơ sở buôn bán phân bón"),
    F("trong đó 1.780", "1.780", 1780, "count", "cơ sở", "cơ sở đã được cấp giấy chứng nhận đủ điều kiện",
      total=2146, percent=82.9),
    F("trên 10%", "10", 10, "percent", "%", "tỷ lệ phân bón hữu cơ trong tổng lượng phân bón sử dụng", Y25,
      approx="over", status="target"),
    F("đạt 15%", "15", 15, "percent", "%", "tỷ lệ phân bón hữu cơ", BY2030, status="target"),
]

NOTES = [
    "Department site (Sở NN&PTNT Nghệ An): menu, no dateline (published null), 'Văn bản mới', footer with address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Headline 'dự kiến cần khoảng 285 nghìn tấn phân bón năm 2025' → forecast, about, period năm 2025.",
    "'phân bón hữu cơ ước chiếm 9,6% tổng lượng, cao hơn gần 1 điểm phần trăm' → a share of its own (new subject) with a change in",
    "điểm phần trăm (approx nearly); 'ước' → estimate.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' → cells ×1000 tấn, kind measure; subject = row + column label; period from the",
    "column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Table cells get no total.",
    "'1.780 cơ sở' after 'trong đó' → total 2.146, 'đạt 82,9%' → percent. 'Năm 2025, Sở phấn đấu … trên 10% …; mục tiêu đến năm 2030",
    "đạt 15%' → targets; the 2030 one has start null.",
    "Distractors: QCVN 01-189:2019/BNNPTNT, Kế hoạch số 112/KH-SNN, 'Số 6 Đại lộ Lê Nin', phone, Lượt truy cập 1.204.377, Trực tuyến 52.",
]

if __name__ == "__main__":
    write("p1327-7", TEXT, NOTES, FIGS, location="Nghệ An")
