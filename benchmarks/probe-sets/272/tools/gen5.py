from lib import F, P, CH, TG, build

ART = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 20 tháng 5 năm 2024

BÁO CÁO
Tình hình xâm nhập mặn và kết quả phòng, chống hạn, mặn mùa khô 2023-2024

1. Diễn biến xâm nhập mặn
Ranh mặn 4‰ xâm nhập sâu nhất 68 km trên sông Cổ Chiên, 65 km trên sông Hàm Luông. So với mùa khô 2019-2020, ranh mặn thấp hơn từ 5 đến 7 km. Độ mặn cao nhất tại cửa sông là 28,5‰.

2. Thiệt hại
Toàn tỉnh có 2.415 ha lúa Đông Xuân bị ảnh hưởng, trong đó 312 ha thiệt hại trên 70%; 9.860 hộ thiếu nước sinh hoạt, giảm 73,2% so với mùa khô 2019-2020. Chi tiết tại bảng sau:

Đơn vị tính: ha; hộ; triệu đồng
Huyện | Lúa bị ảnh hưởng (ha) | Hộ thiếu nước (hộ) | Kinh phí hỗ trợ (triệu đồng)
Ba Tri | 845 | 3.120 | 1.560
Bình Đại | 610 | 2.480 | 1.240
Thạnh Phú | 720 | 2.950 | 1.475
Giồng Trôm | 240 | 1.310 | 655
Tổng cộng | 2.415 | 9.860 | 4.930

3. Kết quả ứng phó
Tỉnh đã vận hành 12 cống thuộc Dự án Hệ thống thủy lợi Bắc Bến Tre, bảo vệ khoảng 138.000 ha đất sản xuất; xây dựng 25 ao, hồ trữ nước ngọt với dung tích 1,8 triệu m3; cấp miễn phí 4.500 bồn chứa nước cho hộ nghèo, hộ cận nghèo.

4. Nhiệm vụ thời gian tới
Năm 2025, tỉnh phấn đấu 100% hộ dân vùng bị ảnh hưởng mặn được sử dụng nước sạch. Dự kiến tháng 12/2024, hồ chứa nước ngọt Kênh Lấp (huyện Ba Tri) dung tích 6,96 triệu m3, tổng mức đầu tư 768 tỷ đồng sẽ hoàn thành (theo Quyết định số 2155/QĐ-UBND).

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NNPTNT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

LUA = "lúa bị ảnh hưởng"
HO = "hộ thiếu nước"
KP = "kinh phí hỗ trợ"
T12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")


def row(label, loc, a, b, c, an, bn, cn, prev=None):
    pre = f"{label} | "
    out = [
        F(f"{pre}{an} |", an, a, "measure", "ha", f"{LUA} {label}".strip() if loc is None else LUA, loc=loc),
        F(f"{an} | {bn} |", bn, b, "count", "hộ", f"{HO} {label}" if loc is None else HO, loc=loc),
        F(f"{bn} | {cn}\n", cn, c * 1000000, "money", "đồng", f"{KP} {label}" if loc is None else KP, loc=loc),
    ]
    return out


FIGS = [
    F("sâu nhất 68 km", "68", 68, "measure", "km", "ranh mặn 4‰ xâm nhập sâu nhất trên sông Cổ Chiên"),
    F("65 km trên", "65", 65, "measure", "km", "ranh mặn 4‰ xâm nhập sâu nhất trên sông Hàm Luông"),
    F("Ranh mặn 4‰", "4", 4, "measure", "‰", opt=True),
    F("từ 5 đến 7 km", "5", 5, "measure", "km", "ranh mặn thấp hơn so với mùa khô 2019-2020", value_max=7),
    F("là 28,5‰", "28,5", 28.5, "measure", "‰", "độ mặn cao nhất tại cửa sông"),
    F("có 2.415 ha", "2.415", 2415, "measure", "ha", "lúa Đông Xuân bị ảnh hưởng"),
    F("trong đó 312 ha", "312", 312, "measure", "ha", "lúa Đông Xuân thiệt hại trên 70%", total=2415),
    F("trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", opt=True),
    F("; 9.860 hộ", "9.860", 9860, "count", "hộ", "hộ thiếu nước sinh hoạt",
      change=CH("-", 73.2, "%", "mùa khô 2019-2020")),
]
FIGS += row("Ba Tri", "Ba Tri", 845, 3120, 1560, "845", "3.120", "1.560")
FIGS += row("Bình Đại", "Bình Đại", 610, 2480, 1240, "610", "2.480", "1.240")
FIGS += row("Thạnh Phú", "Thạnh Phú", 720, 2950, 1475, "720", "2.950", "1.475")
FIGS += row("Giồng Trôm", "Giồng Trôm", 240, 1310, 655, "240", "1.310", "655")
FIGS += row("Tổng cộng", None, 2415, 9860, 4930, "2.415", "9.860", "4.930")
FIGS += [
    F("vận hành 12 cống", "12", 12, "count", "cống", "cống thuộc Dự án Hệ thống thủy lợi Bắc Bến Tre được vận hành"),
    F("khoảng 138.000 ha", "138.000", 138000, "measure", "ha", "đất sản xuất được bảo vệ", approx="about"),
    F("xây dựng 25 ao", "25", 25, "count", "ao, hồ", "ao, hồ trữ nước ngọt"),
    F("dung tích 1,8 triệu", "1,8", 1800000, "measure", "m3", "dung tích ao, hồ trữ nước ngọt"),
    F("miễn phí 4.500 bồn", "4.500", 4500, "count", "bồn chứa nước", "bồn chứa nước cấp miễn phí cho hộ nghèo, hộ cận nghèo"),
    F("phấn đấu 100% hộ", "100", 100, "percent", "%", "hộ dân vùng bị ảnh hưởng mặn được sử dụng nước sạch",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("dung tích 6,96 triệu", "6,96", 6960000, "measure", "m3", "dung tích hồ chứa nước ngọt Kênh Lấp",
      status="forecast", period=T12, loc="Ba Tri"),
    F("tư 768 tỷ", "768", 768000000000, "money", "đồng", "tổng mức đầu tư hồ chứa nước ngọt Kênh Lấp",
      status="forecast", period=T12, loc="Ba Tri"),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Bến Tre, 'Số: 187/BC-UBND', place-and-date line 'Bến Tre, ngày 20 tháng 5 năm 2024'):",
    "saline intrusion in the 2023-2024 dry season, damage, a flattened '|' table by district, response, tasks.",
    "Distractors: document numbers, the date line, section numbers '1.'–'4.', 'mùa khô 2023-2024', 'mùa khô 2019-2020',",
    "'Quyết định số 2155/QĐ-UBND', 'Lưu: VT'. 'Ranh mặn 4‰' names the 4‰ isohaline (a threshold label): optional, as is 'trên 70%'",
    "(a damage class). The dry season ('mùa khô 2023-2024') has no rule in FIGURES.md: those figures carry no gold period.",
    "'thấp hơn từ 5 đến 7 km' stands in its own sentence as the claim: a measure range (no figure in that sentence to attach to).",
    "Table: every numeric cell is a figure; district row label → location, subject = column label; 'Tổng cộng' row keeps the",
    "province (subject = column + 'Tổng cộng'). Money column '(triệu đồng)' multiplies by 10^6. No totals for table cells.",
    "'Dự kiến tháng 12/2024' governs the reservoir sentence (forecast); the reservoir is in huyện Ba Tri (location).",
]

build(5, ART, FIGS, COMMENTS, published="2024-05-20", location="Bến Tre")
