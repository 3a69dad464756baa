"""p1293-6: department site (Sở KH&CN Tây Ninh), no dateline: certification mark 'Muối tôm Tây Ninh'; one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Sở hữu trí tuệ | Thủ tục hành chính | Liên hệ

Nâng cao giá trị nhãn hiệu chứng nhận "Muối tôm Tây Ninh"

Nhãn hiệu chứng nhận "Muối tôm Tây Ninh" được Cục Sở hữu trí tuệ cấp Giấy chứng nhận đăng ký nhãn hiệu số 362145 và giao Sở Khoa học và Công nghệ quản lý. Đến nay, 42 tổ chức, cá nhân đã được cấp quyền sử dụng nhãn hiệu, trong đó có 6 hợp tác xã; Sở đã cấp hơn 1,8 triệu tem truy xuất nguồn gốc.

Sản lượng sản phẩm mang nhãn hiệu chứng nhận
Đơn vị tính: tấn
Loại sản phẩm
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Tổng số
1.240
1.685
2.150
127,6
Trong đó:
Muối tôm hạt to
735
990
1.260
127,3
Muối tôm nhuyễn
380
510
640
125,5
Muối ớt
125
185
250
135,1

Giá bán sản phẩm mang nhãn hiệu cao hơn 10-15% so với sản phẩm cùng loại. Năm 2025, Sở phấn đấu cấp quyền sử dụng nhãn hiệu cho thêm ít nhất 8 cơ sở, nâng tổng số lên 50 cơ sở.

Tin liên quan:
- Hội thảo phát triển tài sản trí tuệ cho sản phẩm OCOP
- Tây Ninh: Trao Giấy chứng nhận nhãn hiệu "Mãng cầu Bà Đen"

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH
Địa chỉ: Số 211 đường 30/4, Phường 2, TP Tây Ninh
Điện thoại: 0276.3822.516 - Email: skhcn@tayninh.gov.vn
Lượt truy cập: 1.204.577
"""

C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate")]
ROWS = [("Tổng số", "tổng số sản lượng", ["1.240", "1.685", "2.150", "127,6"]),
        ("Muối tôm hạt to", "sản lượng muối tôm hạt to", ["735", "990", "1.260", "127,3"]),
        ("Muối tôm nhuyễn", "sản lượng muối tôm nhuyễn", ["380", "510", "640", "125,5"]),
        ("Muối ớt", "sản lượng muối ớt", ["125", "185", "250", "135,1"])]
TOTALS = [1240, 1685, 2150]

CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for i, n in enumerate(nums):
        anchor = f"{prev}\n{n}"
        if i < 3:
            col, p, st = COLS[i]
            kw = {"status": st} if st else {}
            if label != "Tổng số":
                kw["total"] = TOTALS[i]
            CELLS.append(fig(anchor, n, float(n.replace(".", "")), "measure", "tấn",
                             subject=f"{subj} {col}", period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{subj} so với cùng kỳ"))
        prev = n

FIGS = [
    fig("42 tổ chức", "42", 42, "count", "tổ chức, cá nhân",
        subject="tổ chức, cá nhân được cấp quyền sử dụng nhãn hiệu"),
    fig("có 6 hợp tác xã", "6", 6, "count", "hợp tác xã", total=42,
        subject="hợp tác xã được cấp quyền sử dụng nhãn hiệu"),
    fig("hơn 1,8 triệu", "1,8", 1.8e6, "count", "tem", approx="over", subject="tem truy xuất nguồn gốc Sở đã cấp"),
] + CELLS + [
    fig("cao hơn 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá bán sản phẩm mang nhãn hiệu cao hơn so với sản phẩm cùng loại"),
    fig("ít nhất 8 cơ sở", "8", 8, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được cấp thêm quyền sử dụng nhãn hiệu", period=Y25),
    fig("lên 50 cơ sở", "50", 50, "count", "cơ sở", status="target",
        subject="tổng số cơ sở được cấp quyền sử dụng nhãn hiệu", period=Y25),
]

NOTES = [
    "Department site (Sở Khoa học và Công nghệ Tây Ninh), no dateline: menu, related links, footer with address, phone, 'Lượt truy cập'.",
    "Distractors: certificate 'số 362145', 'Số 211 đường 30/4, Phường 2', phone 0276.3822.516, 'Lượt truy cập: 1.204.577', years in headers.",
    "One-cell-per-line table, 'Đơn vị tính: tấn': columns Năm 2022 / Năm 2023 / Ước thực hiện 2024 (estimate) / So với cùng kỳ (%).",
    "'Trong đó:' after the 'Tổng số' row: the three product rows are parts of the total of the same column (they add up), so total = Tổng số.",
    "'So với cùng kỳ (%)' cells are percent figures (2024 estimate against 2023): no period and no status cue in their own header, so actual; no total.",
    "revised after the first run: the four '%' cells were status estimate; the table rule takes status from the cell's column header, which has no cue.",
    "'Đến nay' gives no period (no date in the page). '6 hợp tác xã' after 'trong đó' is part of the 42 holders.",
    "'cao hơn 10-15% so với sản phẩm cùng loại' is a rate as the claim: a percent figure (range), no change object.",
    "'Năm 2025, Sở phấn đấu ... thêm ít nhất 8 cơ sở, nâng tổng số lên 50 cơ sở': both target.",
]

if __name__ == "__main__":
    write("p1293-6", TEXT, NOTES, FIGS, published=None, location="Tây Ninh")
