"""p1402-7: department site (Sở GTVT Cần Thơ), no dateline; one-cell-per-line table of bike-share indicators in Ninh Kiều."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Liên hệ

Kết quả khai thác xe đạp công cộng ở quận Ninh Kiều

Mô hình xe đạp công cộng được triển khai tại quận Ninh Kiều từ tháng 4/2023, do Công ty TNHH Xe đạp Tây Đô Xanh đầu tư với tổng vốn khoảng 9,5 tỷ đồng. Năm 2024, số lượt thuê ước đạt 94.500 lượt, tăng 54,4% so với năm 2023; người dùng ứng dụng TĐ Bike ước 15.600 người.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Số trạm
trạm
18
24
32
Số xe
xe
200
280
400
Tổng số lượt thuê
lượt
61.200
94.500
130.000
Trong đó: khách du lịch
lượt
22.700
37.800
55.000
Người dùng ứng dụng
người
9.850
15.600
24.000

Giá thuê 6.000 đồng/30 phút, vé ngày 40.000 đồng. Các trạm tập trung dọc bến Ninh Kiều, đường 30 Tháng 4 và khu vực Đại học Cần Thơ; trạm đông nhất đạt khoảng 70 lượt/ngày. Đơn vị vận hành bố trí 6 nhân viên kiểm tra, điều chuyển xe giữa các trạm.

Tin khác:
- Thông báo phân luồng giao thông cầu Cần Thơ
- Kế hoạch kiểm tra phương tiện thủy nội địa quý III

Trang thông tin điện tử Sở Giao thông vận tải thành phố Cần Thơ
Địa chỉ: Số 17 Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều
Điện thoại: 0292.3820.562
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Số trạm", "trạm", "trạm", "count", ["18", "24", "32"]),
        ("Số xe", "xe", "xe", "count", ["200", "280", "400"]),
        ("Tổng số lượt thuê", "lượt", "lượt thuê", "count", ["61.200", "94.500", "130.000"]),
        ("Trong đó: khách du lịch", "lượt", "lượt thuê của khách du lịch", "count", ["22.700", "37.800", "55.000"]),
        ("Người dùng ứng dụng", "người", "người dùng ứng dụng", "count", ["9.850", "15.600", "24.000"])]
WHOLE = {"22.700": 61200, "37.800": 94500, "55.000": 130000}


def cells():
    out = []
    for label, unit, subj, kind, nums in ROWS:
        prev = unit
        for (col, p, st), n in zip(COLS, nums):
            kw = {}
            if st:
                kw["status"] = st
            if n in WHOLE:
                kw["total"] = WHOLE[n]
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), kind, unit,
                           subject=f"{subj} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("khoảng 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư"),
    fig("ước đạt 94.500 lượt", "94.500", 94500, "count", "lượt", status="estimate",
        change=chg("increase", 54.4, "%", "năm 2023"), subject="số lượt thuê", period=Y24),
    fig("ước 15.600 người", "15.600", 15600, "count", "người", status="estimate",
        subject="người dùng ứng dụng TĐ Bike", period=Y24),
] + cells() + [
    fig("thuê 6.000 đồng", "6.000", 6000, "money", "đồng/30 phút", subject="giá thuê"),
    fig("vé ngày 40.000", "40.000", 40000, "money", "đồng", subject="giá vé ngày"),
    fig("khoảng 70 lượt", "70", 70, "measure", "lượt/ngày", approx="about", subject="lượt thuê của trạm đông nhất"),
    fig("bố trí 6 nhân viên", "6", 6, "count", "nhân viên", subject="nhân viên kiểm tra, điều chuyển xe giữa các trạm"),
]

NOTES = [
    "Department site (Sở GTVT Cần Thơ), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'tháng 4/2023' (start date only), 'đường 30 Tháng 4', 'quý III' in a link, 'Số 17 Trần Văn Khéo', phone, counters 1.204.377 and 52.",
    "All figures describe the system in quận Ninh Kiều: location Ninh Kiều.",
    "One-cell-per-line table with a 'Đơn vị tính' column (unit per row); subject = row label + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: khách du lịch' row is a part after 'Trong đó' that follows",
    "the whole row 'Tổng số lượt thuê': each of its cells takes the same column's whole as total. Other cells get no total.",
    "'ước đạt 94.500 lượt, tăng 54,4% so với năm 2023' → estimate + change; after ';' 'ước 15.600 người' has its own cue, same sentence period.",
]

if __name__ == "__main__":
    write("p1402-7", TEXT, NOTES, FIGS, location="Ninh Kiều")
