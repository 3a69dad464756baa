"""p1105-3: UBND tỉnh Khánh Hòa report on coastal plastic waste 2023, flattened | table."""
from lib import fig, period, inherit, change, write

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phong trào chống rác thải nhựa vùng ven biển năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền, ra quân
Thực hiện Kế hoạch số 2754/KH-UBND ngày 24/3/2023, năm 2023 các địa phương ven biển đã tổ chức 418 đợt ra quân làm sạch bãi biển, thu hút trên 52.000 lượt người tham gia; phát hành 36.500 tờ rơi, lắp đặt 120 pano tuyên truyền.

2. Thu gom rác thải ven biển
Tổng khối lượng rác thải thu gom tại bãi biển ước đạt 1.286 tấn, tăng 12,4% so với năm 2022, trong đó rác thải nhựa khoảng 540 tấn. Cụ thể:

Khối lượng rác thải thu gom tại bãi biển
Đơn vị tính: tấn
Địa phương | Năm 2022 | Ước năm 2023 | Trong đó rác nhựa ước năm 2023
Nha Trang | 498 | 562 | 241
Cam Ranh | 221 | 248 | 103
Ninh Hòa | 173 | 190 | 78
Vạn Ninh | 152 | 176 | 73
Cam Lâm | 100 | 110 | 45
Tổng cộng | 1.144 | 1.286 | 540

3. Giảm thiểu túi ni lông
Đã có 46/52 xã, phường ven biển đăng ký mô hình "Chợ giảm rác thải nhựa"; các chợ đã cấp phát khoảng 85.000 túi vải, túi giấy thay thế túi ni lông. 100% cơ sở lưu trú ven biển từ 3 sao trở lên đã cam kết không dùng đồ nhựa dùng một lần.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu thu gom, xử lý 100% rác thải phát sinh tại các bãi biển du lịch; tổ chức ít nhất 450 đợt ra quân; kinh phí dự kiến khoảng 6,5 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KT.
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y22C = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23C = period("Ước năm 2023", "2023-01-01", "2023-12-31")
Y23P = period("Trong đó rác nhựa ước năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

SUBJ = "khối lượng rác thải thu gom tại bãi biển"
SUBJP = "rác nhựa thu gom tại bãi biển"
ROWS = [("Nha Trang", "498", "562", "241"), ("Cam Ranh", "221", "248", "103"),
        ("Ninh Hòa", "173", "190", "78"), ("Vạn Ninh", "152", "176", "73"),
        ("Cam Lâm", "100", "110", "45")]

F = [
    fig("tổ chức 418 đợt", "418", 418, "count", "đợt",
        "đợt ra quân làm sạch bãi biển", Y23),
    fig("trên 52.000 lượt người", "52.000", 52000, "count", "lượt người",
        "lượt người tham gia ra quân làm sạch bãi biển", Y23, approx="over"),
    fig("phát hành 36.500 tờ rơi", "36.500", 36500, "count", "tờ rơi",
        "tờ rơi tuyên truyền phát hành", Y23),
    fig("lắp đặt 120 pano", "120", 120, "count", "pano",
        "pano tuyên truyền lắp đặt", Y23),
    fig("ước đạt 1.286 tấn", "1.286", 1286, "measure", "tấn",
        "tổng khối lượng rác thải thu gom tại bãi biển", inherit(Y23), status="estimate",
        change=change("increase", 12.4, "%", "năm 2022")),
    fig("nhựa khoảng 540 tấn", "540", 540, "measure", "tấn",
        "rác thải nhựa thu gom tại bãi biển", inherit(Y23), approx="about", total=1286, status="estimate"),
]
for place, a, b, c in ROWS:
    F.append(fig(f"{place} | {a}", a, float(a), "measure", "tấn", SUBJ + " năm 2022", Y22C, location=place))
    F.append(fig(f"{a} | {b}", b, float(b), "measure", "tấn", SUBJ + " ước năm 2023", Y23C,
                 status="estimate", location=place))
    F.append(fig(f"{b} | {c}", c, float(c), "measure", "tấn", SUBJP + " ước năm 2023", Y23P,
                 status="estimate", location=place))
F += [
    fig("Tổng cộng | 1.144", "1.144", 1144, "measure", "tấn", "tổng cộng " + SUBJ + " năm 2022", Y22C),
    fig("1.144 | 1.286", "1.286", 1286, "measure", "tấn", "tổng cộng " + SUBJ + " ước năm 2023", Y23C,
        status="estimate"),
    fig("1.286 | 540", "540", 540, "measure", "tấn", "tổng cộng " + SUBJP + " ước năm 2023", Y23P,
        status="estimate"),
    fig("có 46/52 xã", "46", 46, "count", "xã, phường",
        "xã, phường ven biển đăng ký mô hình Chợ giảm rác thải nhựa", total=52),
    fig("khoảng 85.000 túi vải", "85.000", 85000, "count", "túi vải, túi giấy",
        "túi vải, túi giấy thay thế túi ni lông được cấp phát", approx="about"),
    fig("100% cơ sở lưu trú", "100", 100, "percent", "%",
        "cơ sở lưu trú ven biển cam kết không dùng đồ nhựa dùng một lần"),
    fig("từ 3 sao trở lên", "3", 3, "measure", "sao",
        "hạng cơ sở lưu trú", approx="at_least", optional=True),
    fig("xử lý 100% rác thải", "100", 100, "percent", "%",
        "rác thải phát sinh tại các bãi biển du lịch được thu gom, xử lý", Y24, status="target"),
    fig("ít nhất 450 đợt", "450", 450, "count", "đợt",
        "đợt ra quân", Y24, approx="at_least", status="target"),
    fig("khoảng 6,5 tỷ đồng", "6,5", 6500000000, "money", "đồng",
        "kinh phí từ ngân sách tỉnh", Y24, approx="about", status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Khánh Hòa, Số: 356/BC-UBND, 18/12/2023) with a flattened '|' table, Đơn vị tính: tấn.",
    "Not figures: Số 356/BC-UBND, Kế hoạch số 2754/KH-UBND ngày 24/3/2023, the date line, section numbers I./II./1./2./3.",
    "Table: every cell a figure, place rows -> location, column headers give period and status ('Ước' -> estimate);",
    "the Tổng cộng row is a figure of its own (location Khánh Hòa); cells get no total. 'từ 3 sao trở lên' is a category threshold (optional).",
    "540 tấn after 'trong đó' is part of 1.286 tấn: total 1286; the 'ước đạt' cue continues into that clause (estimate).",
    "Section II heading gives the period 2024 to its sentence (inherited); 'dự kiến' makes the 6,5 tỷ a forecast.",
]

write(3, TEXT, F, NOTES, published="2023-12-18", location="Khánh Hòa")
