"""p559-7: department site (Sở Công Thương Tây Ninh), no dateline - border gates with Cambodia 2023, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Liên hệ

Hoạt động xuất nhập khẩu qua các cửa khẩu biên giới năm 2023

Năm 2023, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu biên giới Tây Ninh – Campuchia đạt 1.893,4 triệu USD, tăng 12,7% so với năm 2022. Số phương tiện xuất nhập cảnh đạt 412.560 lượt, bình quân khoảng 1.130 lượt/ngày.

Kết quả qua từng cửa khẩu năm 2023
Cửa khẩu
Phương tiện (lượt)
Kim ngạch (triệu USD)
Thu ngân sách (tỷ đồng)
Mộc Bài
286.430
1.102,6
1.248,5
Xa Mát
98.215
604,3
512,7
Chàng Riệc
19.870
121,8
64,2
Kà Tum
8.045
64,7
18,9

Thu ngân sách từ hoạt động xuất nhập khẩu qua các cửa khẩu đạt 1.844,3 tỷ đồng, bằng 102,5% dự toán. Hàng xuất khẩu chủ yếu là máy móc, vải, phân bón; hàng nhập khẩu chủ yếu là hạt điều thô, gỗ, cao su sơ chế. Hàng hóa qua Mộc Bài đi theo Quốc lộ 22, qua Xa Mát theo Quốc lộ 22B.

Năm 2024, tỉnh phấn đấu kim ngạch qua các cửa khẩu biên giới đạt 2.100 triệu USD, tăng 10,9% so với năm 2023; xây dựng Khu kinh tế cửa khẩu Mộc Bài trở thành 1 trong 3 khu kinh tế cửa khẩu trọng điểm của cả nước.

Địa chỉ: Số 83 Phạm Công Khiêm, Phường 3, TP Tây Ninh | ĐT: 0276.3822.358
Số lượt truy cập: 1.284.516
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T = inh(per("Kết quả qua từng cửa khẩu năm 2023", "2023-01-01", "2023-12-31"))

# gate, (anchor, number, value) for Phương tiện (lượt), Kim ngạch (triệu USD), Thu ngân sách (tỷ đồng)
ROWS = [
    ("Mộc Bài", ("Mộc Bài\n286.430", "286.430", 286430), ("286.430\n1.102,6", "1.102,6", 1102.6),
     ("1.102,6\n1.248,5", "1.248,5", 1248.5)),
    ("Xa Mát", ("Xa Mát\n98.215", "98.215", 98215), ("98.215\n604,3", "604,3", 604.3),
     ("604,3\n512,7", "512,7", 512.7)),
    ("Chàng Riệc", ("Chàng Riệc\n19.870", "19.870", 19870), ("19.870\n121,8", "121,8", 121.8),
     ("121,8\n64,2", "64,2", 64.2)),
    ("Kà Tum", ("Kà Tum\n8.045", "8.045", 8045), ("8.045\n64,7", "64,7", 64.7), ("64,7\n18,9", "18,9", 18.9)),
]

FIGS = [
    fig("đạt 1.893,4 triệu USD", "1.893,4", 1893.4e6, "money", "USD",
        "tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu biên giới Tây Ninh – Campuchia", Y23,
        change=chg("increase", 12.7, baseline="năm 2022")),
    fig("đạt 412.560 lượt", "412.560", 412560, "count", "lượt", "phương tiện xuất nhập cảnh", inh(Y23)),
    fig("khoảng 1.130 lượt/ngày", "1.130", 1130, "measure", "lượt/ngày", "phương tiện xuất nhập cảnh bình quân",
        inh(Y23), approx="about"),
]
for gate, pt, kn, ns in ROWS:
    FIGS.append(fig(pt[0], pt[1], pt[2], "count", "lượt", f"Phương tiện cửa khẩu {gate}", T))
    FIGS.append(fig(kn[0], kn[1], kn[2] * 1e6, "money", "USD", f"Kim ngạch cửa khẩu {gate}", T))
    FIGS.append(fig(ns[0], ns[1], ns[2] * 1e9, "money", "đồng", f"Thu ngân sách cửa khẩu {gate}", T))

FIGS += [
    fig("đạt 1.844,3 tỷ đồng", "1.844,3", 1844.3e9, "money", "đồng",
        "thu ngân sách từ hoạt động xuất nhập khẩu qua các cửa khẩu", inh(Y23), percent=102.5),
    fig("đạt 2.100 triệu USD", "2.100", 2100e6, "money", "USD", "kim ngạch qua các cửa khẩu biên giới",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target",
        change=chg("increase", 10.9, baseline="năm 2023")),
    fig("1 trong 3", "1", 1, "count", "khu kinh tế cửa khẩu", "khu kinh tế cửa khẩu trọng điểm", optional=True),
    fig("trong 3 khu kinh tế", "3", 3, "count", "khu kinh tế cửa khẩu", "khu kinh tế cửa khẩu trọng điểm của cả nước",
        optional=True),
]

COMMENTS = [
    "Sở Công Thương Tây Ninh (department site): XNK qua các cửa khẩu biên giới Tây Ninh – Campuchia năm 2023; no dateline, so no published.",
    "One-cell-per-line table, units in the column headers: '(lượt)' count, '(triệu USD)' ×10^6 USD, '(tỷ đồng)' ×10^9 đồng. Every numeric",
    "cell is a figure; subject = column label + gate (a gate is not a province/district, so location stays Tây Ninh); period from the",
    "table's title line 'Kết quả qua từng cửa khẩu năm 2023' (inherited, as p469-3). Status actual (no Kế hoạch/Ước column).",
    "Not figures: 'Quốc lộ 22', 'Quốc lộ 22B', 'Số 83 Phạm Công Khiêm, Phường 3', the phone number, 'Số lượt truy cập: 1.284.516'.",
    "'1 trong 3 khu kinh tế cửa khẩu trọng điểm' is a ranking label inside a plan (as h02's '1 trong 12 địa phương'): both optional.",
    "2.100 triệu USD is a target with its change 'tăng 10,9% so với năm 2023'.",
]

if __name__ == "__main__":
    emit("p559-7", TEXT, COMMENTS, FIGS, location="Tây Ninh")
