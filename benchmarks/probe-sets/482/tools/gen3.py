"""p482-3: UBND tỉnh Bình Định formal report — bus subsidy 9 months 2024, flattened '|' table by route."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 247/BC-UBND
Bình Định, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện trợ giá xe buýt 9 tháng năm 2024

Thực hiện Nghị quyết số 18/2022/NQ-HĐND ngày 15/7/2022 của HĐND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Toàn tỉnh hiện duy trì 9 tuyến xe buýt với 86 phương tiện, trong đó 5 tuyến được trợ giá. Tổng chiều dài mạng lưới khoảng 612 km, kết nối 9/11 huyện, thị xã, thành phố.

2. Kết quả các tuyến có trợ giá 9 tháng năm 2024:
Tuyến | Chuyến xe (chuyến) | Hành khách (lượt) | Trợ giá (triệu đồng)
Quy Nhơn - Tuy Phước | 8.640 | 412.350 | 4.215,6
Quy Nhơn - Phù Cát | 6.210 | 298.740 | 5.102,3
Quy Nhơn - An Nhơn | 7.050 | 356.800 | 3.870,4
Quy Nhơn - Tây Sơn | 4.320 | 187.450 | 4.688,0
Quy Nhơn - Vân Canh | 2.160 | 64.210 | 2.953,7
Tổng cộng | 28.380 | 1.319.550 | 20.830,0

Sản lượng 9 tháng bằng 78,4% kế hoạch năm, tăng 6,1% so với cùng kỳ. Kinh phí trợ giá đã cấp 20,83/28 tỷ đồng dự toán; mức trợ giá bình quân 15.786 đồng/lượt khách. Tuyến Quy Nhơn - Vân Canh có mức trợ giá cao nhất, khoảng 46.000 đồng/lượt khách, do hệ số sử dụng ghế chỉ đạt 18,5%.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu cả năm vận chuyển 1,7 triệu lượt khách; dự kiến bổ sung 3,5 tỷ đồng kinh phí trợ giá để thay thế 12 xe đã hoạt động trên 15 năm.

Nơi nhận:
- Thường trực HĐND tỉnh;
- Sở Tài chính, Sở GTVT;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9s = P("9 tháng", "2024-01-01", "2024-09-30")
YR = P("cả năm", "2024-01-01", "2024-12-31")
TI = I(N9)

ROWS = [
    ("Quy Nhơn - Tuy Phước", "8.640", "412.350", "4.215,6"),
    ("Quy Nhơn - Phù Cát", "6.210", "298.740", "5.102,3"),
    ("Quy Nhơn - An Nhơn", "7.050", "356.800", "3.870,4"),
    ("Quy Nhơn - Tây Sơn", "4.320", "187.450", "4.688,0"),
    ("Quy Nhơn - Vân Canh", "2.160", "64.210", "2.953,7"),
    ("Tổng cộng", "28.380", "1.319.550", "20.830,0"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, trips, pax, sub in ROWS:
    who = "tuyến " + label if label != "Tổng cộng" else "Tổng cộng"
    TABLE += [
        F(f"{label} | {trips}", trips, num(trips), "count", "chuyến", subject=f"chuyến xe {who}", period=TI),
        F(f"| {pax} |", pax, num(pax), "count", "lượt", subject=f"hành khách {who}", period=TI),
        F(f"| {sub}\n", sub, round(num(sub) * 1e6), "money", "đồng", subject=f"trợ giá {who}", period=TI),
    ]

FIGS = [
    F("duy trì 9 tuyến", "9", 9, "count", "tuyến", subject="tuyến xe buýt"),
    F("với 86 phương tiện", "86", 86, "count", "phương tiện", subject="phương tiện xe buýt"),
    F("5 tuyến được trợ giá", "5", 5, "count", "tuyến", total=9, subject="tuyến được trợ giá"),
    F("khoảng 612 km", "612", 612, "measure", "km", approx="about", subject="tổng chiều dài mạng lưới"),
    F("kết nối 9/11 huyện", "9", 9, "count", "huyện, thị xã, thành phố", total=11,
      subject="huyện, thị xã, thành phố mạng lưới xe buýt kết nối"),
] + TABLE + [
    F("bằng 78,4% kế hoạch", "78,4", 78.4, "percent", "%", subject="sản lượng 9 tháng so với kế hoạch năm", period=N9s),
    F("tăng 6,1% so với", "6,1", 6.1, "percent", "%", subject="sản lượng 9 tháng so với cùng kỳ", period=N9s),
    F("đã cấp 20,83/28", "20,83", 20830000000, "money", "đồng", target=TG(28000000000, "đồng"),
      subject="kinh phí trợ giá đã cấp", period=TI),
    F("bình quân 15.786 đồng", "15.786", 15786, "money", "đồng/lượt khách",
      subject="mức trợ giá bình quân", period=TI),
    F("khoảng 46.000 đồng", "46.000", 46000, "money", "đồng/lượt khách", approx="about",
      subject="mức trợ giá tuyến Quy Nhơn - Vân Canh", period=TI),
    F("đạt 18,5%", "18,5", 18.5, "percent", "%", subject="hệ số sử dụng ghế tuyến Quy Nhơn - Vân Canh", period=TI),
    F("vận chuyển 1,7 triệu", "1,7", 1700000, "count", "lượt khách", status="target",
      subject="lượt khách vận chuyển", period=YR),
    F("bổ sung 3,5 tỷ đồng", "3,5", 3500000000, "money", "đồng", status="forecast",
      subject="kinh phí trợ giá bổ sung"),
    F("thay thế 12 xe", "12", 12, "count", "xe", status="forecast",
      subject="xe đã hoạt động trên 15 năm được thay thế"),
    F("trên 15 năm", "15", 15, "measure", "năm", approx="over", status="forecast",
      subject="thời gian xe đã hoạt động", optional=True),
]

COMMENTS = [
    "UBND tỉnh Bình Định, Báo cáo số 247/BC-UBND (14/10/2024): trợ giá xe buýt 9 tháng năm 2024, flattened '|' table by route.",
    "Table: every numeric cell is a figure (subject = column + row label; routes are not places, so location stays Bình Định);",
    "'Trợ giá (triệu đồng)' multiplies by 10^6; period from the line above the table (inherited). The 'Tổng cộng' row gives no total",
    "attribute to the route rows (no cue in the contract for a table total row). '20,83/28 tỷ đồng dự toán' → target 28 tỷ (plan).",
    "'bằng 78,4% kế hoạch năm, tăng 6,1%' stand with no base figure: two percent figures. Distractors: Số 247/BC-UBND, Nghị quyết",
    "số 18/2022/NQ-HĐND ngày 15/7/2022, section numbers I., 1., 2., II., heading 'QUÝ IV/2024', place-and-date line.",
    "revised after the first scoring: subject of 'thay thế 12 xe' was the paraphrase 'xe thay thế'; now the sentence's own noun phrase.",
]

if __name__ == "__main__":
    emit("p482-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bình Định")
