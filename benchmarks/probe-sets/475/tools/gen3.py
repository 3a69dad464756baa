"""p475-3: UBND tỉnh Điện Biên formal report, PFES collection and payment 2023, flattened | table."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 47/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Điện Biên, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả thu, chi tiền dịch vụ môi trường rừng năm 2023

Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THU TIỀN
Năm 2023, tổng số tiền DVMTR thu được là 186,42 tỷ đồng, đạt 103,6% kế hoạch, tăng 11,2% so với năm 2022. Trong đó, tiền do Quỹ Bảo vệ và Phát triển rừng Việt Nam điều phối 142,15 tỷ đồng; thu nội tỉnh 44,27 tỷ đồng từ 31 cơ sở thủy điện và 2 cơ sở cung cấp nước sạch.

II. KẾT QUẢ CHI TRẢ
Tổng diện tích rừng được chi trả là 371.850 ha; số tiền đã chi trả cho chủ rừng là 168,9 tỷ đồng, đạt 90,6% số tiền thu. Kết quả theo huyện tại Bảng 1.

Bảng 1. Chi trả DVMTR theo huyện năm 2023
Huyện | Diện tích được chi trả (ha) | Số tiền chi trả (triệu đồng) | Đơn giá bình quân (đồng/ha)
Mường Nhé | 112.430 | 58.260 | 518.200
Nậm Pồ | 86.715 | 39.870 | 459.800
Tủa Chùa | 52.380 | 21.450 | 409.500
Điện Biên Đông | 48.120 | 18.930 | 393.400
Các huyện còn lại | 72.205 | 30.390 | 420.900

III. NHIỆM VỤ NĂM 2024
Năm 2024, dự kiến thu 192 tỷ đồng; phấn đấu giải ngân từ 95 đến 98% số tiền thu, duy trì tỷ lệ che phủ rừng đạt 43,5%.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T23 = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)  # table title line
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

AREA = "diện tích được chi trả"
PAY = "số tiền chi trả"
PRICE = "đơn giá bình quân"
ROWS = [
    ("Mường Nhé", "112.430", "58.260", "518.200", "Mường Nhé"),
    ("Nậm Pồ", "86.715", "39.870", "459.800", "Nậm Pồ"),
    ("Tủa Chùa", "52.380", "21.450", "409.500", "Tủa Chùa"),
    ("Điện Biên Đông", "48.120", "18.930", "393.400", "Điện Biên Đông"),
    ("Các huyện còn lại", "72.205", "30.390", "420.900", None),
]


def n(s):
    return float(s.replace(".", ""))


TABLE = []
for label, a, m, p, loc in ROWS:
    extra = " các huyện còn lại" if loc is None else ""
    kw = {"location": loc} if loc else {}
    TABLE += [
        fig(f"{label} | {a}", a, n(a), "measure", "ha", AREA + extra, T23, **kw),
        fig(f"{a} | {m}", m, n(m) * 1e6, "money", "đồng", PAY + extra, T23, **kw),
        fig(f"{m} | {p}", p, n(p), "money", "đồng/ha", PRICE + extra, T23, **kw),
    ]

FIGS = [
    fig("là 186,42 tỷ đồng", "186,42", 186.42e9, "money", "đồng", "tổng số tiền DVMTR thu được", Y23,
        percent=103.6, change=chg("increase", 11.2, baseline="năm 2022")),
    fig("điều phối 142,15 tỷ đồng", "142,15", 142.15e9, "money", "đồng",
        "tiền DVMTR do Quỹ Bảo vệ và Phát triển rừng Việt Nam điều phối", inh(Y23), total=186.42e9),
    fig("nội tỉnh 44,27 tỷ đồng", "44,27", 44.27e9, "money", "đồng", "tiền DVMTR thu nội tỉnh", inh(Y23),
        total=186.42e9),
    fig("từ 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở thủy điện nộp tiền DVMTR nội tỉnh", inh(Y23)),
    fig("và 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở cung cấp nước sạch nộp tiền DVMTR nội tỉnh", inh(Y23)),
    fig("là 371.850 ha", "371.850", 371850, "measure", "ha", "tổng diện tích rừng được chi trả", inh(Y23)),
    fig("là 168,9 tỷ đồng", "168,9", 168.9e9, "money", "đồng", "số tiền đã chi trả cho chủ rừng", inh(Y23),
        percent=90.6),
] + TABLE + [
    fig("thu 192 tỷ đồng", "192", 192e9, "money", "đồng", "tiền DVMTR thu", Y24, status="forecast"),
    fig("từ 95 đến 98%", "95", 95, "percent", "%", "tỷ lệ giải ngân số tiền thu", Y24,
        value_max=98, status="target"),
    fig("đạt 43,5%", "43,5", 43.5, "percent", "%", "tỷ lệ che phủ rừng", Y24, status="target"),
]

COMMENTS = [
    "UBND tỉnh Điện Biên formal report Số: 47/BC-UBND, place-and-date line 'Điện Biên, ngày 18 tháng 01 năm 2024' (= published).",
    "Flattened '|' table: every numeric cell is a figure; units from column headers ((ha), (triệu đồng) = x10^6 đồng, (đồng/ha));",
    "district row labels go to location; 'Các huyện còn lại' is no single place: province default, label kept in the subject.",
    "Table periods come from the title line 'Bảng 1 ... năm 2023' (inherited, not scored). Cells get no total (no cue).",
    "'44,27 tỷ đồng từ 31 cơ sở thủy điện và 2 cơ sở ...': counts of facilities are not parts of a money whole: no total.",
    "Distractors: Số: 47/BC-UBND, Nghị định số 156/2018/NĐ-CP ngày 16/11/2018, sections I./II./III., 'Bảng 1', date line.",
]

if __name__ == "__main__":
    emit("p475-3", TEXT, FIGS, COMMENTS, published="2024-01-18", location="Điện Biên")
