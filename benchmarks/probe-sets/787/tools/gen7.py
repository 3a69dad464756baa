"""p787-7: department site (Sở NN&PTNT An Giang), no dateline; rice-to-lotus conversion; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chuyển đổi đất lúa kém hiệu quả sang trồng sen: hướng đi bền vững

Thực hiện Kế hoạch số 428/KH-UBND của UBND tỉnh về chuyển đổi cơ cấu cây trồng trên đất lúa, năm 2023 các địa phương đã chuyển đổi 215 ha đất lúa sang trồng sen, nâng tổng diện tích sen toàn tỉnh lên 965 ha. Diện tích sen tập trung ở các huyện Tri Tôn, Thoại Sơn, Châu Phú và thị xã Tịnh Biên; riêng Tri Tôn có 312 ha.

Theo Chi cục Trồng trọt và Bảo vệ thực vật, sen được trồng 2 vụ/năm, năng suất hạt tươi bình quân 2,2 tấn/ha/vụ. Với giá bán bình quân 35.000 đồng/kg, mỗi ha sen cho lợi nhuận khoảng 95 triệu đồng/ha/năm, cao hơn 45 triệu đồng so với trồng lúa 3 vụ.

Kết quả sản xuất sen năm 2022 và năm 2023:
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Tăng (%)
Diện tích
ha
750
965
28,7
Sản lượng hạt tươi
tấn
3.150
4.250
34,9
Giá trị sản xuất
tỷ đồng
118,5
156,3
31,9
Số hộ trồng sen
hộ
1.240
1.585
27,8

Năm 2024, Sở phấn đấu mở rộng diện tích sen lên 1.200 ha, hình thành 5 vùng sen tập trung liên kết tiêu thụ với doanh nghiệp; tỷ lệ diện tích sen có hợp đồng bao tiêu đạt trên 60%. Nông dân cần tư vấn kỹ thuật liên hệ Trạm Trồng trọt các huyện hoặc đường dây nóng 1900.6868.

Bản quyền thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang
Địa chỉ: số 69 Hùng Vương, phường Mỹ Long, TP Long Xuyên, An Giang
Điện thoại: 0296.3852.416 - Fax: 0296.3857.621
Lượt truy cập: 1.284.067
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Diện tích\nha", "diện tích sen", "measure", "ha", 1, "750", "965", "28,7"),
        ("Sản lượng hạt tươi\ntấn", "sản lượng hạt sen tươi", "measure", "tấn", 1, "3.150", "4.250", "34,9"),
        ("Giá trị sản xuất\ntỷ đồng", "giá trị sản xuất sen", "money", "đồng", 1e9, "118,5", "156,3", "31,9"),
        ("Số hộ trồng sen\nhộ", "số hộ trồng sen", "count", "hộ", 1, "1.240", "1.585", "27,8")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("chuyển đổi 215 ha", "215", 215, "measure", "ha", "diện tích đất lúa chuyển đổi sang trồng sen", Y23),
    F("lên 965 ha", "965", 965, "measure", "ha", "tổng diện tích sen toàn tỉnh", Y23),
    F("có 312 ha", "312", 312, "measure", "ha", "diện tích sen", I(Y23), location="Tri Tôn"),
    F("trồng 2 vụ/năm", "2", 2, "measure", "vụ/năm", "số vụ sen mỗi năm", optional=True),
    F("bình quân 2,2 tấn/ha/vụ", "2,2", 2.2, "measure", "tấn/ha/vụ", "năng suất hạt sen tươi bình quân"),
    F("bình quân 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá bán hạt sen bình quân"),
    F("khoảng 95 triệu đồng/ha/năm", "95", 95e6, "money", "đồng/ha/năm", "lợi nhuận mỗi ha sen", approx="about",
      change=C("increase", 45e6, "đồng", "trồng lúa 3 vụ")),
    F("lúa 3 vụ", "3", 3, "count", "vụ", "số vụ lúa", optional=True),
]
for label, subj, kind, unit, mult, a, b, g in ROWS:
    FIGS += [
        F(f"{label}\n{a}\n", a, num(a) * mult, kind, unit, f"{subj} năm 2022", C22),
        F(f"{a}\n{b}\n", b, num(b) * mult, kind, unit, f"{subj} năm 2023", C23),
        F(f"{b}\n{g}\n", g, num(g), "percent", "%", f"{subj} tăng", I(C23)),
    ]
FIGS += [
    F("lên 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích sen", Y24, status="target"),
    F("hình thành 5 vùng", "5", 5, "count", "vùng", "vùng sen tập trung liên kết tiêu thụ", Y24, status="target"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ diện tích sen có hợp đồng bao tiêu", Y24, approx="over",
      status="target"),
]

NOTES = [
    "Sở NN&PTNT An Giang (department site, no dateline -> no published): chuyển đổi đất lúa sang sen; one-cell-per-line table.",
    "Table: cells one per line; unit and multiplier from the 'Đơn vị tính' cell of each row (tỷ đồng -> x10^9 đồng); period from the column header.",
    "'Tăng (%)' column: growth rates as the claim -> percent figures without change; the column has no period, 2023 inherited.",
    "'riêng Tri Tôn có 312 ha': no part-of cue -> no total. '2 vụ/năm' and 'lúa 3 vụ' (crop calendar, category) optional.",
    "revised after the first run: 'Tăng (%)' cell subjects were 'tăng <row> năm 2023 so với năm 2022' -> row label + column label '<row> tăng' (FIGURES.md tables).",
    "Distractors: Kế hoạch số 428/KH-UBND, hotline 1900.6868, số 69 Hùng Vương, phones, Lượt truy cập: 1.284.067.",
]

write(7, TEXT, FIGS, NOTES, location="An Giang")
