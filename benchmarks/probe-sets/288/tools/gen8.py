from lib import *

T = """CÔNG AN TỈNH ĐIỆN BIÊN
Tin tức - Phòng, chống ma túy

Triệt phá đường dây vận chuyển 40 bánh heroin qua biên giới

Ngày 14/10/2024, Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) Công an tỉnh Điện Biên chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh khám phá chuyên án 1024-ĐB, bắt quả tang 3 đối tượng đang vận chuyển trái phép chất ma túy tại Km 18, Quốc lộ 12.

Tang vật thu giữ gồm 40 bánh heroin (trọng lượng 14,2 kg), 6 kg ma túy đá, 30.000 viên hồng phiến, 2 xe ô tô, 5 điện thoại di động và 120 triệu đồng tiền mặt. Qua đấu tranh, các đối tượng khai nhận đã 5 lần vận chuyển ma túy từ Lào về Việt Nam, mỗi lần từ 8 đến 10 bánh heroin, tiền công khoảng 50 triệu đồng/chuyến.

Từ đầu năm 2024 đến ngày 15/10/2024, Công an tỉnh đã phát hiện, bắt giữ 318 vụ (tăng 14% so với cùng kỳ năm 2023), 402 đối tượng, thu giữ 112,6 kg heroin và 68.420 viên ma túy tổng hợp. Kết quả theo đơn vị như sau:

Đơn vị\tSố vụ\tSố đối tượng\tHeroin (kg)
Công an huyện Mường Nhé\t41\t55\t18,6
Công an huyện Mường Chà\t38\t49\t22,4
Công an huyện Tuần Giáo\t52\t63\t9,8
Phòng PC04\t96\t121\t54,3

Hiện toàn tỉnh có 2.946 người nghiện ma túy, trong đó 1.870 người đang điều trị methadone tại 19 cơ sở điều trị, chiếm 63,5%.

Đại tá Nguyễn Văn Chính, Giám đốc Công an tỉnh đã khen thưởng 2 tập thể, 7 cá nhân có thành tích xuất sắc trong chuyên án với tổng số tiền 25 triệu đồng.
"""

YTD = P("Từ đầu năm 2024 đến ngày 15/10/2024", "2024-01-01", "2024-10-15")
YTDi = P("Từ đầu năm 2024 đến ngày 15/10/2024", "2024-01-01", "2024-10-15", inh=True)
figs = [
    F("vận chuyển 40 bánh heroin qua", "40", 40, "count", "bánh", "heroin vận chuyển qua biên giới"),
    F("tang 3 đối tượng", "3", 3, "count", "đối tượng", "đối tượng vận chuyển trái phép chất ma túy bị bắt quả tang"),
    F("gồm 40 bánh", "40", 40, "count", "bánh", "heroin thu giữ"),
    F("14,2 kg", "14,2", 14.2, "measure", "kg", "trọng lượng heroin thu giữ"),
    F("), 6 kg", "6", 6, "measure", "kg", "ma túy đá thu giữ"),
    F("30.000 viên", "30.000", 30000, "count", "viên", "viên hồng phiến thu giữ"),
    F("2 xe ô tô", "2", 2, "count", "xe ô tô", "xe ô tô thu giữ"),
    F("5 điện thoại", "5", 5, "count", "điện thoại di động", "điện thoại di động thu giữ"),
    F("120 triệu đồng", "120", 120000000, "money", "đồng", "tiền mặt thu giữ"),
    F("đã 5 lần", "5", 5, "count", "lần", "lần vận chuyển ma túy từ Lào về Việt Nam"),
    F("từ 8 đến 10 bánh", "8", 8, "count", "bánh", "heroin mỗi lần vận chuyển", value_max=10),
    F("khoảng 50 triệu", "50", 50000000, "money", "đồng/chuyến", "tiền công", approx="about"),
    F("giữ 318 vụ", "318", 318, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ", YTD,
      change=ch("increase", 14, "%", "cùng kỳ năm 2023")),
    F("402 đối tượng", "402", 402, "count", "đối tượng", "đối tượng bị bắt giữ", YTD),
    F("112,6 kg", "112,6", 112.6, "measure", "kg", "heroin thu giữ", YTD),
    F("68.420 viên", "68.420", 68420, "count", "viên", "viên ma túy tổng hợp thu giữ", YTD),
]
cols = [("Số vụ", "count", "vụ"), ("Số đối tượng", "count", "đối tượng"), ("Heroin", "measure", "kg")]
rows = [("Công an huyện Mường Nhé", "Mường Nhé", ["41", "55", "18,6"]),
        ("Công an huyện Mường Chà", "Mường Chà", ["38", "49", "22,4"]),
        ("Công an huyện Tuần Giáo", "Tuần Giáo", ["52", "63", "9,8"]),
        ("Phòng PC04", "Điện Biên", ["96", "121", "54,3"])]
for label, loc, cells in rows:
    for i, (col, kind, unit) in enumerate(cols):
        anchor = label + "\t" + "\t".join(cells[: i + 1])
        v = float(cells[i].replace(",", ".")) if "," in cells[i] else int(cells[i])
        subj = col
        if loc == "Điện Biên":
            subj += " Phòng PC04"
        figs.append(F(anchor, cells[i], v, kind, unit, subj, YTDi, location=loc))
figs += [
    F("có 2.946 người", "2.946", 2946, "count", "người", "người nghiện ma túy"),
    F("đó 1.870 người", "1.870", 1870, "count", "người", "người đang điều trị methadone", total=2946, percent=63.5),
    F("tại 19 cơ sở", "19", 19, "count", "cơ sở điều trị", "cơ sở điều trị methadone"),
    F("2 tập thể", "2", 2, "count", "tập thể", "tập thể được khen thưởng"),
    F("7 cá nhân", "7", 7, "count", "cá nhân", "cá nhân được khen thưởng"),
    F("tiền 25 triệu", "25", 25000000, "money", "đồng", "tổng số tiền khen thưởng"),
]
build(8, T, [
    "Trang TTĐT Công an tỉnh Điện Biên (provincial police news): one case plus year-to-date results. No dateline at all (published null).",
    "Table flattened with tabs (Đơn vị | Số vụ | Số đối tượng | Heroin (kg)): row 'Công an huyện X' → location X; 'Phòng PC04' (province unit)",
    "keeps Điện Biên; unit from the column ('(kg)'); period from the text above the table (another sentence: inherited).",
    "Distractors: 'Ngày 14/10/2024', 'PC04', 'chuyên án 1024-ĐB', 'Km 18, Quốc lộ 12', 'Đại tá' name. Title figure '40 bánh heroin' annotated.",
    "Case figures dated by a single day have no period in the gold (null, not scored). '(trọng lượng 14,2 kg)' restates the weight: its own figure.",
    "'318 vụ (tăng 14% so với cùng kỳ năm 2023)' → change of 318. 'trong đó 1.870 ..., chiếm 63,5%' → total 2.946, percent 63,5.",
], figs, published=None, location="Điện Biên")
