"""p852-7: Sở Công Thương Tây Ninh site, no dateline, one-cell-per-line table (mứt mãng cầu, mứt me)."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
Mứt mãng cầu Tây Ninh: đa dạng mẫu mã, mở rộng thị trường

Tây Ninh hiện có khoảng 5.600 ha mãng cầu ta, sản lượng năm 2024 đạt trên 98.000 tấn. Khoảng 8-10% sản lượng được đưa vào chế biến mứt, kẹo, sấy dẻo. Toàn tỉnh có 41 cơ sở chế biến mứt, trong đó 12 cơ sở có sản phẩm đạt OCOP.

9 tháng đầu năm, kim ngạch xuất khẩu mứt mãng cầu sang Nhật Bản, Hàn Quốc đạt 1,85 triệu USD, tăng 22,4% so với cùng kỳ.

Sản lượng một số sản phẩm mứt chủ lực
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Mứt mãng cầu
1.150
1.320
1.500
Mứt me
420
465
500
Mứt gừng, mứt bí
180
210
230
Tổng cộng
1.750
1.995
2.230

Năm 2024, doanh thu từ các sản phẩm mứt ước đạt 265 tỷ đồng, tăng 14% so với năm 2023; giá mứt mãng cầu dẻo phổ biến 140.000-170.000 đồng/kg. Sở phấn đấu đến năm 2025 có thêm 6 sản phẩm mứt đạt OCOP, đưa mứt mãng cầu vào 30 hệ thống siêu thị, cửa hàng tiện lợi.

Các doanh nghiệp quan tâm liên hệ Phòng Quản lý Công nghiệp, số 02 Lê Lợi, phường 3, TP. Tây Ninh.

SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Địa chỉ: 136 Trần Hưng Đạo, phường 2, TP. Tây Ninh, tỉnh Tây Ninh
Điện thoại: 0276.3822.341 - Fax: 0276.3822.654
Lượt truy cập: 1.284.552
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
BY25 = P("đến năm 2025", None, "2025-12-31")


def row(label, subj, cells):
    out = []
    prev = label
    for (num, val), per, col in zip(cells, (Y23, Y24, K25), ("năm 2023", "năm 2024", "kế hoạch 2025")):
        st = {"status": "target"} if per is K25 else {}
        out.append(F(f"{prev}\n{num}", num, val, "measure", "tấn", f"{subj} {col}", per, **st))
        prev = num
    return out


FIGS = [
    F("khoảng 5.600 ha", "5.600", 5600, "measure", "ha", "diện tích mãng cầu ta", approx="about"),
    F("trên 98.000 tấn", "98.000", 98000, "measure", "tấn", "sản lượng mãng cầu ta",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("Khoảng 8-10%", "8", 8, "percent", "%", "sản lượng mãng cầu đưa vào chế biến mứt, kẹo, sấy dẻo",
      I(P("năm 2024", "2024-01-01", "2024-12-31")), value_max=10, approx="about"),
    F("có 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở chế biến mứt", I(P("năm 2024", "2024-01-01", "2024-12-31"))),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở có sản phẩm đạt OCOP", I(P("năm 2024", "2024-01-01", "2024-12-31")), total=41),
    F("đạt 1,85 triệu USD", "1,85", 1.85e6, "money", "USD", "kim ngạch xuất khẩu mứt mãng cầu sang Nhật Bản, Hàn Quốc",
      P("9 tháng đầu năm", "2024-01-01", "2024-09-30"), change=C("increase", 22.4, baseline="cùng kỳ")),
    *row("Mứt mãng cầu", "sản lượng mứt mãng cầu", [("1.150", 1150), ("1.320", 1320), ("1.500", 1500)]),
    *row("Mứt me", "sản lượng mứt me", [("420", 420), ("465", 465), ("500", 500)]),
    *row("Mứt gừng, mứt bí", "sản lượng mứt gừng, mứt bí", [("180", 180), ("210", 210), ("230", 230)]),
    *row("Tổng cộng", "tổng cộng sản lượng mứt chủ lực", [("1.750", 1750), ("1.995", 1995), ("2.230", 2230)]),
    F("ước đạt 265 tỷ đồng", "265", 265e9, "money", "đồng", "doanh thu từ các sản phẩm mứt", Y24,
      status="estimate", change=C("increase", 14, baseline="năm 2023")),
    F("phổ biến 140.000-170.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá mứt mãng cầu dẻo", Y24,
      value_max=170000),
    F("thêm 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm mứt đạt OCOP tăng thêm", BY25, status="target"),
    F("vào 30 hệ thống", "30", 30, "count", "hệ thống siêu thị, cửa hàng tiện lợi",
      "hệ thống siêu thị, cửa hàng tiện lợi có mứt mãng cầu", BY25, status="target"),
]

NOTES = [
    "Sở Công Thương Tây Ninh site (invented). No dateline: published null. Footer address, phone, fax, 'Lượt truy cập: 1.284.552'.",
    "Distractors: 'số 02 Lê Lợi, phường 3', '136 Trần Hưng Đạo, phường 2', 0276.3822.341, 0276.3822.654, visit counter.",
    "'9 tháng đầu năm' has no year: it takes 2024 from 'năm 2024' in the sentence before (no dateline).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; column headers give periods; 'Kế hoạch 2025' gives status target; no totals for cells.",
    "'Khoảng 8-10% sản lượng' inherits năm 2024 from the sentence before (not scored). 'hiện có khoảng 5.600 ha': no period.",
    "revised after the first run: table subjects now carry the column label (FIGURES.md Tables: row label and column label; cf. shared gold h24).",
    "'giá mứt mãng cầu dẻo ...' is a new clause with its own subject after ';': not governed by 'ước đạt' (actual), period năm 2024.",
]

if __name__ == "__main__":
    write_set(7, TEXT, FIGS, NOTES, location="Tây Ninh")
