from lib import F, P, CH, TG, build

ART = """Công bố kết quả kiểm kê khí nhà kính cấp tỉnh năm 2022
Ngày cập nhật: 05/08/2024

Sở Tài nguyên và Môi trường Hà Tĩnh vừa hoàn thành kiểm kê khí nhà kính cấp tỉnh năm 2022 theo hướng dẫn IPCC 2006. Tổng lượng phát thải ròng của tỉnh năm 2022 là 32.418 nghìn tấn CO2tđ, gấp 2,6 lần năm 2018; bình quân đầu người đạt 24,7 tấn CO2tđ/người, cao gấp khoảng 7 lần mức trung bình cả nước.

Phát thải khí nhà kính theo lĩnh vực
Đơn vị tính: nghìn tấn CO2tđ
Lĩnh vực
Năm 2018
Năm 2022
Tỷ trọng năm 2022 (%)
Năng lượng
8.105
18.962
58,5
Quá trình công nghiệp (IPPU)
2.870
11.640
35,9
Nông nghiệp, lâm nghiệp và sử dụng đất (AFOLU)
1.216
1.095
3,4
Chất thải
276
721
2,2
Tổng
12.467
32.418
100

Năm 2022, riêng 3 cơ sở là Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh, Nhà máy Nhiệt điện Vũng Áng 1 và Nhà máy Xi măng Kỳ Anh phát thải 27,1 triệu tấn CO2tđ, chiếm 83,6% tổng phát thải của tỉnh. Phát thải từ lĩnh vực AFOLU giảm nhờ tỷ lệ che phủ rừng tăng lên 52,7%.

Theo Kế hoạch hành động ứng phó với biến đổi khí hậu giai đoạn 2021-2030, đến năm 2030 tỉnh phấn đấu giảm 9% tổng lượng phát thải khí nhà kính so với kịch bản phát triển thông thường, tương đương khoảng 4,2 triệu tấn CO2tđ; trong đó lĩnh vực năng lượng đóng góp khoảng 2,9 triệu tấn CO2tđ.

Thông tin chi tiết liên hệ Phòng Biến đổi khí hậu, số 18 đường Võ Liêm Sơn, TP Hà Tĩnh.

Lượt xem: 418
"""

N22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y18 = P("Năm 2018", "2018-01-01", "2018-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
S22 = P("Tỷ trọng năm 2022 (%)", "2022-01-01", "2022-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")
U = "tấn CO2tđ"


def row(label, subj, a, b, c, an, bn, cn, first):
    # anchors: the row label line and the cell, or the previous cell and this one
    return [
        F(f"{first}\n{an}\n", an, a * 1000, "measure", U, f"phát thải khí nhà kính {subj} năm 2018", period=Y18),
        F(f"\n{an}\n{bn}\n", bn, b * 1000, "measure", U, f"phát thải khí nhà kính {subj} năm 2022", period=Y22),
        F(f"\n{bn}\n{cn}\n", cn, c, "percent", "%", f"tỷ trọng phát thải {subj} năm 2022", period=S22),
    ]


FIGS = [
    F("là 32.418 nghìn", "32.418", 32418000, "measure", U, "tổng lượng phát thải ròng của tỉnh",
      change=CH("+", 2.6, "lần", "năm 2018"), period=N22),
    F("đạt 24,7 tấn", "24,7", 24.7, "measure", "tấn CO2tđ/người", "phát thải bình quân đầu người",
      change=CH("+", 7, "lần", "mức trung bình cả nước", approx="about"), period=N22),
]
FIGS += row("Năng lượng", "lĩnh vực năng lượng", 8105, 18962, 58.5, "8.105", "18.962", "58,5", "Năng lượng")
FIGS += row("IPPU", "quá trình công nghiệp (IPPU)", 2870, 11640, 35.9, "2.870", "11.640", "35,9", "(IPPU)")
FIGS += row("AFOLU", "nông nghiệp, lâm nghiệp và sử dụng đất (AFOLU)", 1216, 1095, 3.4, "1.216", "1.095", "3,4", "(AFOLU)")
FIGS += row("Chất thải", "lĩnh vực chất thải", 276, 721, 2.2, "276", "721", "2,2", "Chất thải")
FIGS += row("Tổng", "tổng", 12467, 32418, 100, "12.467", "32.418", "100", "Tổng")
FIGS += [
    F("riêng 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở phát thải lớn", period=N22),
    F("phát thải 27,1 triệu", "27,1", 27100000, "measure", U, "phát thải của 3 cơ sở", percent=83.6, period=N22),
    F("tăng lên 52,7%", "52,7", 52.7, "percent", "%", "tỷ lệ che phủ rừng", period=P("Năm 2022", "2022-01-01", "2022-12-31", inh=True)),
    F("giảm 9% tổng", "9", 9, "percent", "%", "giảm tổng lượng phát thải khí nhà kính so với kịch bản phát triển thông thường",
      status="target", period=D30),
    F("khoảng 4,2 triệu", "4,2", 4200000, "measure", U, "lượng phát thải khí nhà kính giảm", approx="about",
      status="target", period=D30),
    F("khoảng 2,9 triệu", "2,9", 2900000, "measure", U, "lượng phát thải giảm của lĩnh vực năng lượng", approx="about",
      total=4200000, status="target", period=D30),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal), 'Ngày cập nhật: 05/08/2024' (no time), counter at the end: provincial GHG",
    "inventory 2022 with a one-cell-per-line table (Lĩnh vực | Năm 2018 | Năm 2022 | Tỷ trọng năm 2022 (%)), 'Đơn vị tính:",
    "nghìn tấn CO2tđ' → cells ×1000 in 'tấn CO2tđ'; the '(%)' column is percent. Every numeric cell, the 'Tổng' row included,",
    "is a figure; period from the column header; subject = column + row label. No totals for table cells.",
    "Distractors: 'IPCC 2006', 'Vũng Áng 1' (a plant's name), 'CO2', address 'số 18 đường Võ Liêm Sơn', 'Lượt xem: 418',",
    "'giai đoạn 2021-2030' (the plan's name span). 'gấp 2,6 lần năm 2018' and 'cao gấp khoảng 7 lần mức trung bình cả nước'",
    "follow a figure: they are its change (unit lần), not multiple figures. 'chiếm 83,6%' is the share of 27,1 triệu tấn",
    "(no total: the whole is not restated). 'tăng lên 52,7%' states the new level (no change), period inherited from the",
    "sentence before. 'tương đương khoảng 4,2 triệu tấn' is a figure of its own (h01 precedent), target; 2,9 triệu after",
    "'trong đó' is part of it.",
]

build(7, ART, FIGS, COMMENTS, published="2024-08-05", location="Hà Tĩnh")
