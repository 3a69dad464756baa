"""p1313-3: formal report (UBND tỉnh Cà Mau, Số: 412/BC-UBND): kè chống sạt lở 9 tháng 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH CÀ MAU
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sạt lở và tiến độ các dự án kè chống sạt lở bờ sông 9 tháng năm 2024

I. TÌNH HÌNH SẠT LỞ
9 tháng năm 2024, trên địa bàn tỉnh xảy ra 87 vụ sạt lở bờ sông, tổng chiều dài 3.215 m, tăng 12 vụ so với cùng kỳ năm 2023; thiệt hại ước khoảng 14,6 tỷ đồng. Trong đó, huyện Trần Văn Thời 21 vụ, huyện U Minh 17 vụ, huyện Thới Bình 15 vụ.

II. TIẾN ĐỘ CÁC DỰ ÁN KÈ
Năm 2024, tỉnh triển khai 4 dự án kè theo Nghị quyết số 25/NQ-HĐND tại Kỳ họp thứ 18 HĐND tỉnh. Tình hình giải ngân như sau:

Đơn vị tính: tỷ đồng
Dự án | Tổng mức đầu tư | Kế hoạch vốn 2024 | Giải ngân đến 30/9/2024 | Tỷ lệ (%)
Kè sông Gành Hào (TP Cà Mau) | 320 | 95 | 61,8 | 65,1
Kè sông Ông Đốc (huyện Trần Văn Thời) | 415 | 120 | 58,3 | 48,6
Kè kênh xáng Cà Mau - Bạc Liêu | 186 | 40 | 33,9 | 84,8
Kè sông Trẹm (huyện Thới Bình) | 225 | 60 | 22,4 | 37,3
Tổng cộng | 1.146 | 315 | 176,4 | 56,0

Đến ngày 30/9/2024, các dự án đã hoàn thành 7,8 km kè trên tổng số 11,2 km theo thiết kế. Riêng dự án kè sông Ông Đốc mới đạt khoảng 40% khối lượng do vướng mặt bằng của 19 hộ dân tại huyện Trần Văn Thời.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu giải ngân 100% kế hoạch vốn năm 2024; hoàn thành thêm ít nhất 1,5 km kè trong quý IV. Dự kiến năm 2025, tỉnh cần khoảng 2.300 tỷ đồng để đầu tư 9 công trình kè cấp bách.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTN.
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
KH24 = per("Kế hoạch vốn 2024", "2024-01-01", "2024-12-31")
GN = per("Giải ngân đến 30/9/2024", None, "2024-09-30")
ASOF = per("Đến ngày 30/9/2024", None, "2024-09-30")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TVT, TB = "Trần Văn Thời", "Thới Bình"

ROWS = [
    ("Kè sông Gành Hào (TP Cà Mau)", "Kè sông Gành Hào", "Cà Mau", ["320", "95", "61,8", "65,1"]),
    ("Kè sông Ông Đốc (huyện Trần Văn Thời)", "Kè sông Ông Đốc", TVT, ["415", "120", "58,3", "48,6"]),
    ("Kè kênh xáng Cà Mau - Bạc Liêu", "Kè kênh xáng Cà Mau - Bạc Liêu", "Cà Mau", ["186", "40", "33,9", "84,8"]),
    ("Kè sông Trẹm (huyện Thới Bình)", "Kè sông Trẹm", TB, ["225", "60", "22,4", "37,3"]),
    ("Tổng cộng", "tổng cộng", "Cà Mau", ["1.146", "315", "176,4", "56,0"]),
]
COLS = [("tổng mức đầu tư", None, None), ("kế hoạch vốn 2024", KH24, "target"),
        ("giải ngân đến 30/9/2024", GN, None), ("tỷ lệ giải ngân", None, None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, name, place, cells in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, cells):
        kw = {"status": st} if st else {}
        if p:
            kw["period"] = p
        if col.startswith("tỷ lệ"):
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "percent", "%", subject=f"{col} {name}",
                             location=place, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, num(n) * 1e9, "money", "đồng", subject=f"{col} {name}",
                             location=place, **kw))
        prev = n

FIGS = [
    fig("xảy ra 87 vụ", "87", 87, "count", "vụ", change=chg("increase", 12, "vụ", "cùng kỳ năm 2023"),
        subject="vụ sạt lở bờ sông", period=N9),
    fig("3.215 m", "3.215", 3215, "measure", "m", subject="tổng chiều dài sạt lở", period=N9),
    fig("ước khoảng 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại do sạt lở", period=N9),
    fig("Thời 21 vụ", "21", 21, "count", "vụ", total=87, subject="vụ sạt lở bờ sông", period=inh(N9),
        location=TVT),
    fig("U Minh 17 vụ", "17", 17, "count", "vụ", total=87, subject="vụ sạt lở bờ sông", period=inh(N9),
        location="U Minh"),
    fig("Thới Bình 15 vụ", "15", 15, "count", "vụ", total=87, subject="vụ sạt lở bờ sông", period=inh(N9),
        location=TB),
    fig("triển khai 4 dự án", "4", 4, "count", "dự án", subject="dự án kè tỉnh triển khai", period=Y24),
] + CELLS + [
    fig("hoàn thành 7,8 km", "7,8", 7.8, "measure", "km", total=11.2, subject="kè các dự án đã hoàn thành",
        period=ASOF),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="khối lượng dự án kè sông Ông Đốc", location=TVT),
    fig("của 19 hộ", "19", 19, "count", "hộ", subject="hộ dân vướng mặt bằng", location=TVT),
    fig("giải ngân 100%", "100", 100, "percent", "%", status="target",
        subject="giải ngân kế hoạch vốn", period=Y24b),
    fig("ít nhất 1,5 km", "1,5", 1.5, "measure", "km", approx="at_least", status="target",
        subject="kè hoàn thành thêm", period=Q4),
    fig("khoảng 2.300 tỷ", "2.300", 2300e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn tỉnh cần để đầu tư công trình kè cấp bách", period=Y25),
    fig("đầu tư 9 công trình", "9", 9, "count", "công trình", status="forecast",
        subject="công trình kè cấp bách cần đầu tư", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH CÀ MAU', 'Số: 412/BC-UBND', 'Cà Mau, ngày 08 tháng 10 năm 2024' (published), sections I-III, 'Nơi nhận'.",
    "'Trong đó, huyện Trần Văn Thời 21 vụ, huyện U Minh 17 vụ, huyện Thới Bình 15 vụ' after 87 vụ (sentence break) → total 87,",
    "district as location, period inherited from '9 tháng năm 2024'. 'ước khoảng' → estimate + about.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' (money ×10^9) except the 'Tỷ lệ (%)' column (percent figures of their own).",
    "Row labels name a project with its place in brackets: the place goes to location (TP Cà Mau → Cà Mau; no place → Cà Mau).",
    "Column periods: 'Kế hoạch vốn 2024' → năm 2024 and status target; 'Giải ngân đến 30/9/2024' → as-of; TMĐT and Tỷ lệ: none.",
    "'7,8 km kè trên tổng số 11,2 km' → total 11.2 (the 11,2 is an attribute, not a figure).",
    "Section III: 'Phấn đấu' → target; 'Dự kiến năm 2025 ... khoảng 2.300 tỷ ... 9 công trình' → forecast.",
    "Distractors: Số: 412/BC-UBND, Nghị quyết số 25/NQ-HĐND, Kỳ họp thứ 18, section numbers I-III, 'QUÝ IV/2024', the letterhead date.",
]

if __name__ == "__main__":
    write("p1313-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Cà Mau")
