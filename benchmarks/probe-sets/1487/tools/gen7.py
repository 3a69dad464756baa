"""p1487-7: department site (Sở LĐ-TB&XH Đồng Nai), no dateline: inspection of LPG cylinders, one-cell-per-line table."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | An toàn, vệ sinh lao động | Văn bản | Liên hệ

Tăng cường kiểm định chai chứa khí dầu mỏ hóa lỏng

Chai chứa LPG thuộc danh mục máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động ban hành kèm theo Thông tư số 36/2019/TT-BLĐTBXH, phải được kiểm định trước khi đưa vào sử dụng và kiểm định định kỳ. Hiện trên địa bàn tỉnh có 11 trạm nạp LPG vào chai và 3 tổ chức kiểm định được cấp phép hoạt động, trong đó hai tổ chức đặt tại TP Biên Hòa.

Kết quả kiểm định chai chứa LPG trên địa bàn tỉnh
Đơn vị tính: nghìn chai
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Chai LPG dân dụng
142,6
151,3
160,0
Chai LPG công nghiệp
18,4
19,7
21,0
Tổng số
161,0
171,0
181,0
Trong đó: chai bị loại bỏ
6,1
5,6
5,0

Tỷ lệ chai không đạt yêu cầu phải loại bỏ năm 2024 ước khoảng 3,3%, giảm 0,5 điểm phần trăm so với năm 2023. Nguyên nhân chủ yếu là chai bị ăn mòn, móp méo, hỏng van; nhiều vỏ chai đã lưu hành trên 20 năm.

Năm 2025, Sở phấn đấu 100% chai đến hạn được thu hồi kiểm định; tổ chức tối thiểu 4 đoàn kiểm tra liên ngành tại các trạm nạp, tổng đại lý.

Tin cùng chuyên mục:
- Hướng dẫn khai báo, điều tra tai nạn lao động
- Đồng Nai tổ chức Tháng hành động về an toàn, vệ sinh lao động

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, Đồng Nai
Điện thoại: 0251.3822.417
Lượt truy cập: 1.204.367 | Đang trực tuyến: 52
"""

C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Chai LPG dân dụng", ["142,6", "151,3", "160,0"]),
        ("Chai LPG công nghiệp", ["18,4", "19,7", "21,0"]),
        ("Tổng số", ["161,0", "171,0", "181,0"]),
        ("Trong đó: chai bị loại bỏ", ["6,1", "5,6", "5,0"])]


def cells():
    out = []
    totals = [float(n.replace(",", ".")) * 1e3 for n in ROWS[2][1]]
    for label, nums in ROWS:
        prev = label
        for i, n in enumerate(nums):
            col, per, st = COLS[i]
            kw = {"status": st} if st else {}
            if label.startswith("Trong đó"):
                kw["total"] = totals[i]
            name = label.replace("Trong đó: ", "")
            name = name[0].lower() + name[1:]
            if label.startswith("Tổng"):
                subj = f"tổng số chai LPG kiểm định {col}"
            elif label.startswith("Trong đó"):
                subj = f"{name} {col}"
            else:
                subj = f"{name} kiểm định {col}"
            out.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "count", "chai",
                         subject=subj, per=per, **kw))
            prev = n
    return out


Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 11 trạm nạp", "11", 11, "count", "trạm nạp", subject="trạm nạp LPG vào chai"),
    F("3 tổ chức kiểm định", "3", 3, "count", "tổ chức kiểm định",
      subject="tổ chức kiểm định được cấp phép hoạt động"),
    F("hai tổ chức", "hai", 2, "count", "tổ chức", total=3, subject="tổ chức kiểm định đặt tại TP Biên Hòa",
      location="Biên Hòa"),
] + cells() + [
    F("ước khoảng 3,3%", "3,3", 3.3, "percent", "%", approx="about", status="estimate",
      change=change("decrease", 0.5, "điểm phần trăm", "năm 2023"),
      subject="Tỷ lệ chai không đạt yêu cầu phải loại bỏ", per=Y24),
    F("trên 20 năm", "20", 20, "measure", "năm", approx="over", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="chai đến hạn được thu hồi kiểm định", per=Y25),
    F("tối thiểu 4 đoàn", "4", 4, "count", "đoàn", approx="at_least", status="target",
      subject="đoàn kiểm tra liên ngành tại các trạm nạp, tổng đại lý", per=Y25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: Thông tư số 36/2019/TT-BLĐTBXH, 'Số 2 Nguyễn Văn Trị', phone 0251.3822.417, counters 1.204.367 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chai' (×1000): every cell a count of chai; subject = row + column label;",
    "period from the header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "The 'Trong đó: chai bị loại bỏ' sub-row follows the 'Tổng số' row: each of its cells takes the Tổng số cell of its column as total",
    "(spec: a part after 'trong đó' that follows the whole). Other cells get no total.",
    "'hai tổ chức đặt tại TP Biên Hòa' after 'trong đó' → total 3, location Biên Hòa.",
    "'ước khoảng 3,3%, giảm 0,5 điểm phần trăm so với năm 2023': a share level (not a growth rate) with a change in điểm phần trăm.",
    "'lưu hành trên 20 năm' (age of old cylinders) optional. Section 'Năm 2025 ... phấn đấu ...; tổ chức tối thiểu 4 đoàn' → target.",
]

if __name__ == "__main__":
    write("p1487-7", TEXT, NOTES, FIGS, location="Đồng Nai")
