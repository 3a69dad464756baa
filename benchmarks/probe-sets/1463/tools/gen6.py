"""p1463-6: department site (Sở Công Thương Hà Nội), no dateline; one-cell-per-line table of watch shops by district."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HÀ NỘI
Giới thiệu | Tin tức - Sự kiện | Thị trường | Thủ tục hành chính | Hỏi đáp

Thị trường đồng hồ trên địa bàn Thủ đô

Trên địa bàn thành phố hiện có khoảng 1.250 cửa hàng, quầy kinh doanh đồng hồ, trong đó 46 cửa hàng là đại lý ủy quyền của các thương hiệu chính hãng. Các tuyến phố tập trung nhiều cửa hàng đồng hồ là Tràng Tiền, Hàng Khay, Hàng Bài (quận Hoàn Kiếm) và Xã Đàn (quận Đống Đa).

Số cửa hàng kinh doanh đồng hồ tại một số quận trung tâm
Đơn vị tính: cửa hàng
Quận
Năm 2022
Năm 2023
Ước thực hiện 2024
Hoàn Kiếm
148
156
161
Đống Đa
97
104
110
Cầu Giấy
72
81
88
Tổng số
317
341
359

Doanh thu bán lẻ mặt hàng đồng hồ năm 2024 ước đạt 3.150 tỷ đồng, tăng 6,5% so với năm 2023, chiếm khoảng 0,4% tổng mức bán lẻ hàng hóa của thành phố. Vào tháng 12 và tháng 1, sức mua thường tăng 20-30% so với các tháng khác trong năm.

Qua kiểm tra năm 2024, lực lượng chức năng phát hiện 37 cửa hàng kinh doanh đồng hồ không rõ nguồn gốc, xử phạt tổng cộng 412 triệu đồng. Sở Công Thương đề nghị người tiêu dùng mua đồng hồ tại các cửa hàng có hóa đơn, phiếu bảo hành và phản ánh vi phạm qua đường dây nóng 024.3825.1234.

Tin cùng chuyên mục:
- Hà Nội tổ chức Tuần hàng Việt lần thứ 12
- Hướng dẫn đăng ký hộ kinh doanh cá thể

SỞ CÔNG THƯƠNG HÀ NỘI
Địa chỉ: Số 331 Trần Khát Chân, quận Hai Bà Trưng, Hà Nội
Lượt truy cập: 4.527.830 | Đang trực tuyến: 52
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24q = period("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate")]
ROWS = [("Hoàn Kiếm", ["148", "156", "161"], "Hoàn Kiếm"), ("Đống Đa", ["97", "104", "110"], "Đống Đa"),
        ("Cầu Giấy", ["72", "81", "88"], "Cầu Giấy"), ("Tổng số", ["317", "341", "359"], None)]

CELLS = []
for label, nums, place in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"cửa hàng kinh doanh đồng hồ {col}"
        else:
            subj = f"tổng số cửa hàng kinh doanh đồng hồ tại một số quận trung tâm {col}"
        CELLS.append(F(f"{prev}\n{n}\n", n, float(n), "count", "cửa hàng", subject=subj, period=per, **kw))
        prev = n

FIGS = [
    F("khoảng 1.250 cửa hàng", "1.250", 1250, "count", "cửa hàng", approx="about",
      subject="cửa hàng, quầy kinh doanh đồng hồ"),
    F("trong đó 46 cửa hàng", "46", 46, "count", "cửa hàng", total=1250,
      subject="cửa hàng là đại lý ủy quyền của các thương hiệu chính hãng"),
] + CELLS + [
    F("ước đạt 3.150 tỷ", "3.150", 3150e9, "money", "đồng", status="estimate", percent=0.4,
      change=change("increase", 6.5, "%", "năm 2023"),
      subject="doanh thu bán lẻ mặt hàng đồng hồ", period=Y24),
    F("tăng 20-30%", "20", 20, "percent", "%", value_max=30,
      subject="sức mua đồng hồ vào tháng 12 và tháng 1"),
    F("phát hiện 37 cửa hàng", "37", 37, "count", "cửa hàng",
      subject="cửa hàng kinh doanh đồng hồ không rõ nguồn gốc", period=Y24q),
    F("cộng 412 triệu", "412", 412e6, "money", "đồng", subject="tiền xử phạt", period=Y24q),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nội), no dateline: menu, related links, footer address, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'lần thứ 12', 'Số 331 Trần Khát Chân', hotline 024.3825.1234, counters 4.527.830 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: cửa hàng', a place column: the district goes to location, the subject is the",
    "caption's indicator + column label; 'Ước thực hiện 2024' → estimate; periods from the headers (scored).",
    "The 'Tổng số' row sums three central districts: location Hà Nội, no total for the district rows (no cue).",
    "'trong đó 46 cửa hàng' → total 1.250. 'chiếm khoảng 0,4%' is the percent attribute of 3.150 tỷ (approx stays exact).",
    "'Vào tháng 12 và tháng 1, sức mua thường tăng 20-30%' is a habitual seasonal rate: percent range, no period.",
]

if __name__ == "__main__":
    write("p1463-6", TEXT, NOTES, FIGS, location="Hà Nội")
