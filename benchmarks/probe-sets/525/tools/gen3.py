"""p525-3: UBND tỉnh Trà Vinh formal report — drought and saltwater intrusion, flattened | table by district."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH TRÀ VINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 112/BC-UBND
Trà Vinh, ngày 22 tháng 4 năm 2024

BÁO CÁO
Kết quả triển khai các biện pháp phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2024

Thực hiện Công văn số 2215/BNN-TL ngày 05/4/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh Trà Vinh báo cáo như sau:

I. TÌNH HÌNH XÂM NHẬP MẶN
Tính đến ngày 20/4/2024, ranh mặn 4‰ trên sông Cổ Chiên vào sâu khoảng 52 km, trên sông Hậu khoảng 48 km. Diện tích lúa Đông Xuân bị ảnh hưởng là 2.846 ha, chiếm 3,6% diện tích xuống giống; có 5.312 hộ thiếu nước sinh hoạt, tăng 1.240 hộ so với cùng kỳ năm 2023.

II. KẾT QUẢ THỰC HIỆN
1. Công tác thủy lợi nội đồng
Bảng 1. Kết quả nạo vét kênh và vận hành trạm bơm (tính đến ngày 20/4/2024)
Huyện | Kênh nạo vét (tuyến) | Chiều dài (km) | Trạm bơm vận hành (trạm) | Lúa bị ảnh hưởng (ha)
Cầu Ngang | 24 | 18,6 | 9 | 1.105
Trà Cú | 31 | 22,4 | 12 | 964
Duyên Hải | 15 | 9,8 | 4 | 777
Tổng cộng | 70 | 50,8 | 25 | 2.846

2. Kinh phí
Tổng kinh phí đã bố trí là 27.450 triệu đồng, trong đó ngân sách Trung ương hỗ trợ 15.000 triệu đồng, ngân sách tỉnh 9.650 triệu đồng, ngân sách huyện 2.800 triệu đồng. Đến nay đã giải ngân 21.318,4 triệu đồng, đạt 77,7% kế hoạch vốn.

III. DỰ BÁO VÀ NHIỆM VỤ THỜI GIAN TỚI
Dự báo từ nay đến cuối mùa khô, tỉnh còn khoảng 1.500 ha lúa Hè Thu sớm có nguy cơ bị ảnh hưởng. UBND tỉnh dự kiến bố trí thêm 8 tỷ đồng để lắp đặt 20 trạm bơm dã chiến và 6 cống tạm ngăn mặn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 20/4/2024", end="2024-04-20")
TAB = per("tính đến ngày 20/4/2024", end="2024-04-20", inherited=True)
NOW = per("Đến nay", end="2024-04-22")

COLS = [
    ("count", "tuyến", "kênh nạo vét"),
    ("measure", "km", "chiều dài kênh nạo vét"),
    ("count", "trạm", "trạm bơm vận hành"),
    ("measure", "ha", "lúa bị ảnh hưởng"),
]
ROWS = [
    ("Cầu Ngang", ["Cầu Ngang | 24", "24 | 18,6", "18,6 | 9", "9 | 1.105"], ["24", "18,6", "9", "1.105"]),
    ("Trà Cú", ["Trà Cú | 31", "31 | 22,4", "22,4 | 12", "12 | 964"], ["31", "22,4", "12", "964"]),
    ("Duyên Hải", ["Duyên Hải | 15", "15 | 9,8", "9,8 | 4", "4 | 777"], ["15", "9,8", "4", "777"]),
    ("Trà Vinh", ["Tổng cộng | 70", "70 | 50,8", "50,8 | 25", "25 | 2.846"], ["70", "50,8", "25", "2.846"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, anchors, numbers in ROWS:
    for (kind, unit, subj), a, n in zip(COLS, anchors, numbers):
        s = subj + (" tổng cộng" if place == "Trà Vinh" else "")
        kw = {} if place == "Trà Vinh" else {"location": place}
        TABLE.append(fig(a, n, num(n), kind, unit, s, TAB, **kw))

FIGS = [
    fig("ranh mặn 4‰", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    fig("Cổ Chiên vào sâu khoảng 52 km", "52", 52, "measure", "km", "ranh mặn 4‰ trên sông Cổ Chiên vào sâu", ASOF,
        approx="about"),
    fig("sông Hậu khoảng 48 km", "48", 48, "measure", "km", "ranh mặn 4‰ trên sông Hậu vào sâu", ASOF, approx="about"),
    fig("bị ảnh hưởng là 2.846 ha", "2.846", 2846, "measure", "ha", "diện tích lúa Đông Xuân bị ảnh hưởng", inh(ASOF),
        percent=3.6),
    fig("có 5.312 hộ", "5.312", 5312, "count", "hộ", "hộ thiếu nước sinh hoạt", inh(ASOF),
        change=chg("increase", 1240, "hộ", "cùng kỳ năm 2023")),
    *TABLE,
    fig("bố trí là 27.450 triệu đồng", "27.450", 27.45e9, "money", "đồng", "tổng kinh phí đã bố trí"),
    fig("hỗ trợ 15.000 triệu đồng", "15.000", 15e9, "money", "đồng", "kinh phí ngân sách Trung ương hỗ trợ",
        total=27.45e9),
    fig("tỉnh 9.650 triệu đồng", "9.650", 9.65e9, "money", "đồng", "kinh phí ngân sách tỉnh", total=27.45e9),
    fig("huyện 2.800 triệu đồng", "2.800", 2.8e9, "money", "đồng", "kinh phí ngân sách huyện", total=27.45e9),
    fig("giải ngân 21.318,4 triệu đồng", "21.318,4", 21318.4e6, "money", "đồng", "kinh phí đã giải ngân", NOW,
        percent=77.7),
    fig("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích lúa Hè Thu sớm có nguy cơ bị ảnh hưởng",
        approx="about", status="forecast"),
    fig("thêm 8 tỷ đồng", "8", 8e9, "money", "đồng", "kinh phí bố trí thêm", status="forecast"),
    fig("lắp đặt 20 trạm bơm", "20", 20, "count", "trạm bơm", "trạm bơm dã chiến lắp đặt", status="forecast"),
    fig("và 6 cống tạm", "6", 6, "count", "cống", "cống tạm ngăn mặn", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Trà Vinh, Số: 112/BC-UBND, 'Trà Vinh, ngày 22 tháng 4 năm 2024' (published): drought / salinity report with a flattened '|' table.",
    "Not figures: Số 112/BC-UBND, Công văn số 2215/BNN-TL ngày 05/4/2024, section numbers I./II./III./1./2., 'Bảng 1', 'Nơi nhận', 'Lưu: VT, NN'.",
    "Table: every numeric cell is a figure; the district row label goes to location, the column label is the subject; the 'Tổng cộng' row is",
    "the province's (subject + 'tổng cộng'). Cells take no total (the total row comes after its parts; no cue of FIGURES.md). Units from the",
    "column headers; period from the table's title line '(tính đến ngày 20/4/2024)', marked inherited.",
    "'chiếm 3,6% diện tích xuống giống' is the share of 2.846 ha; 'tăng 1.240 hộ so với cùng kỳ năm 2023' the change of 5.312 hộ.",
    "'Đến nay' is as-of the report date. 'dự kiến bố trí thêm 8 tỷ đồng để lắp đặt 20 … và 6 …' → forecast for all three.",
]

if __name__ == "__main__":
    emit("p525-3", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Trà Vinh")
