from lib import F, P, I, CH, emit

COLS = [("Số hoạt động (hoạt động)", "hoạt động", "Số hoạt động hưởng ứng"),
        ("Người tham gia (lượt)", "lượt", "Người tham gia"),
        ("Cơ sở may áo dài tham gia (cơ sở)", "cơ sở", "Cơ sở may áo dài tham gia")]
ROWS = [("Hải Châu", ("38", "12.500", "42")),
        ("Thanh Khê", ("31", "9.800", "27")),
        ("Sơn Trà", ("24", "7.150", "18")),
        ("Hòa Vang", ("14", "4.200", "6"))]

table = "\n".join(["Quận, huyện"] + [c[0] for c in COLS] + [x for place, cells in ROWS for x in (place,) + cells])

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Tin tức - Sự kiện | Văn hóa

Đà Nẵng: Hơn 48 nghìn lượt người tham gia hưởng ứng Tuần lễ Áo dài

Thực hiện Kế hoạch số 38/KH-SVHTT, trong Tuần lễ Áo dài năm 2024, các quận, huyện, đơn vị trên địa bàn thành phố đã tổ chức 186 hoạt động hưởng ứng, thu hút hơn 48.600 lượt người tham gia, tăng 9.400 lượt so với năm 2023. Trong đó, các cơ quan, đơn vị cấp thành phố tổ chức 56 hoạt động. Màn đồng diễn "Áo dài cùng phố biển" trên đường 2 Tháng 9 thu hút hơn 3.500 người tham gia, trong đó có 1.200 học sinh, sinh viên.

Kết quả hưởng ứng tại một số quận, huyện
""" + table + """

Tỷ lệ nữ cán bộ, công chức, viên chức mặc áo dài tại công sở trong tuần lễ đạt 93,6%, cao hơn 4,1 điểm phần trăm so với năm trước. Toàn thành phố hiện có 247 cơ sở may đo áo dài, giải quyết việc làm cho khoảng 1.100 lao động. Năm 2025, Sở đặt mục tiêu tổ chức ít nhất 200 hoạt động, thu hút 55.000 lượt người tham gia.

Địa chỉ: Tầng 9, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng
Điện thoại: 0236.3822.367 - Tổng lượt truy cập: 2.145.880
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("Hơn 48 nghìn", "48", 48000, "count", "lượt người", "lượt người tham gia hưởng ứng Tuần lễ Áo dài", I(Y24),
      approx="over"),
    F("tổ chức 186 hoạt động", "186", 186, "count", "hoạt động", "hoạt động hưởng ứng Tuần lễ Áo dài", Y24),
    F("hơn 48.600 lượt", "48.600", 48600, "count", "lượt người", "lượt người tham gia", Y24, approx="over",
      change=CH("increase", 9400, "lượt", "năm 2023")),
    F("tổ chức 56 hoạt động", "56", 56, "count", "hoạt động", "hoạt động do các cơ quan, đơn vị cấp thành phố tổ chức",
      I(Y24), total=186),
    F("hơn 3.500 người", "3.500", 3500, "count", "người", "người tham gia màn đồng diễn Áo dài cùng phố biển", I(Y24),
      approx="over"),
    F("có 1.200 học sinh", "1.200", 1200, "count", "học sinh, sinh viên", "học sinh, sinh viên tham gia đồng diễn",
      I(Y24), total=3500),
]
for place, cells in ROWS:
    for i, c in enumerate(cells):
        if i == 0:
            anchor = f"{place}\n{c}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{c}\n"
        else:
            anchor = f"\n{cells[1]}\n{c}\n"
        FIGS.append(F(anchor, c, num(c), "count", COLS[i][1], COLS[i][2], I(Y24), location=place))
FIGS += [
    F("đạt 93,6%", "93,6", 93.6, "percent", "%",
      "tỷ lệ nữ cán bộ, công chức, viên chức mặc áo dài tại công sở trong tuần lễ", I(Y24),
      change=CH("increase", 4.1, "điểm phần trăm", "năm trước")),
    F("có 247 cơ sở", "247", 247, "count", "cơ sở", "cơ sở may đo áo dài"),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động được giải quyết việc làm tại cơ sở may đo áo dài",
      approx="about"),
    F("ít nhất 200 hoạt động", "200", 200, "count", "hoạt động", "hoạt động hưởng ứng Tuần lễ Áo dài", Y25,
      approx="at_least", status="target"),
    F("thu hút 55.000 lượt", "55.000", 55000, "count", "lượt người", "lượt người tham gia", Y25, status="target"),
]

COMMENTS = [
    "Department site (Sở Văn hóa và Thể thao Đà Nẵng), no dateline, visit counter in the footer: Tuần lễ Áo dài 2024 in Đà Nẵng.",
    "One-cell-per-line table, units in the column headers '(hoạt động)', '(lượt)', '(cơ sở)'; row labels are districts → location;",
    "subject = the column label. The table title has no period: cells inherit 'năm 2024' from the lead (unscored). No totals in the table.",
    "'Trong đó, … 56 hoạt động' (after a sentence break) takes the whole 186. '93,6%, cao hơn 4,1 điểm phần trăm so với năm trước' is a level",
    "with its change. 'Hiện có' sentence: no period. 'Năm 2025 … đặt mục tiêu' → target; 'ít nhất' at_least on 200 only.",
    "Distractors: 'Kế hoạch số 38/KH-SVHTT', 'đường 2 Tháng 9', 'Tầng 9', '24 Trần Phú', phone, 'Tổng lượt truy cập: 2.145.880'.",
]

emit("p785-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
