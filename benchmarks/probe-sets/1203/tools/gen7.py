"""p1203-7: department site (Sở NN&PTNT Thái Bình), no dateline, one-cell-per-line table of fruit-vegetable areas."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển cây rau ăn quả vụ đông theo hướng hàng hóa

Năm 2023, toàn tỉnh gieo trồng 37.600 ha cây vụ đông, trong đó cây rau ăn quả (bí xanh, bí đỏ, dưa chuột, mướp đắng) đạt 8.240 ha, tăng 6,5% so với năm 2022. Hai huyện Thái Thụy và Tiền Hải có diện tích bí xanh lớn nhất, lần lượt là 1.150 ha và 980 ha.

Diện tích một số cây rau ăn quả chủ lực qua các năm:
Đơn vị tính: ha
Cây trồng
Năm 2022
Năm 2023
Kế hoạch 2024
Bí xanh
2.950
3.120
3.300
Bí đỏ
2.010
2.140
2.200
Dưa chuột
1.820
1.960
2.100
Mướp đắng
960
1.020
1.100
Tổng số
7.740
8.240
8.700

Nhiều mô hình liên kết cho hiệu quả cao. Tại xã Thụy Liên, huyện Thái Thụy, mô hình trồng bí xanh trên đất 2 lúa quy mô 25 ha cho năng suất 38 tấn/ha, lợi nhuận bình quân 14 triệu đồng/sào, cao gấp 3 lần trồng lúa. Công ty TNHH Nông sản sạch Thái Bình ký hợp đồng bao tiêu toàn bộ sản lượng với giá sàn 5.000 đồng/kg.

Năm 2024, ngành phấn đấu giá trị sản xuất trên 1 ha đất trồng trọt đạt trên 200 triệu đồng.

Tin khác:
- Tổng kết sản xuất vụ đông lần thứ 12
- Hướng dẫn khung thời vụ gieo trồng cây vụ đông
Địa chỉ: Số 8 Lê Quý Đôn, TP Thái Bình
Điện thoại: 0227.3831.566
Lượt truy cập: 2.845.112 | Đang online: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TL = "Thái Thụy"


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "ha", subject=f"diện tích {row.lower()} {col.lower()}",
             period=per, **kw)


FIGS = [
    F("gieo trồng 37.600 ha", "37.600", 37600, "measure", "ha", subject="diện tích cây vụ đông gieo trồng", period=Y23),
    F("đạt 8.240 ha", "8.240", 8240, "measure", "ha", total=37600, change=C("increase", 6.5, "%", "năm 2022"),
      subject="diện tích cây rau ăn quả vụ đông", period=Y23),
    F("Hai huyện", "Hai", 2, "count", "huyện", optional=True, subject="huyện có diện tích bí xanh lớn nhất"),
    F("là 1.150 ha", "1.150", 1150, "measure", "ha", subject="diện tích bí xanh", location="Thái Thụy",
      period=I(Y23)),
    F("và 980 ha", "980", 980, "measure", "ha", subject="diện tích bí xanh", location="Tiền Hải", period=I(Y23)),
    cell("Bí xanh\n2.950", "2.950", 2950, "Bí xanh", "Năm 2022"),
    cell("2.950\n3.120", "3.120", 3120, "Bí xanh", "Năm 2023"),
    cell("3.120\n3.300", "3.300", 3300, "Bí xanh", "Kế hoạch 2024"),
    cell("Bí đỏ\n2.010", "2.010", 2010, "Bí đỏ", "Năm 2022"),
    cell("2.010\n2.140", "2.140", 2140, "Bí đỏ", "Năm 2023"),
    cell("2.140\n2.200", "2.200", 2200, "Bí đỏ", "Kế hoạch 2024"),
    cell("Dưa chuột\n1.820", "1.820", 1820, "Dưa chuột", "Năm 2022"),
    cell("1.820\n1.960", "1.960", 1960, "Dưa chuột", "Năm 2023"),
    cell("1.960\n2.100", "2.100", 2100, "Dưa chuột", "Kế hoạch 2024"),
    cell("Mướp đắng\n960", "960", 960, "Mướp đắng", "Năm 2022"),
    cell("960\n1.020", "1.020", 1020, "Mướp đắng", "Năm 2023"),
    cell("1.020\n1.100", "1.100", 1100, "Mướp đắng", "Kế hoạch 2024"),
    cell("Tổng số\n7.740", "7.740", 7740, "Tổng số", "Năm 2022"),
    cell("7.740\n8.240", "8.240", 8240, "Tổng số", "Năm 2023"),
    cell("8.240\n8.700", "8.700", 8700, "Tổng số", "Kế hoạch 2024"),
    F("quy mô 25 ha", "25", 25, "measure", "ha", subject="quy mô mô hình trồng bí xanh trên đất 2 lúa", location=TL),
    F("năng suất 38 tấn/ha", "38", 38, "measure", "tấn/ha", subject="năng suất bí xanh của mô hình", location=TL),
    F("bình quân 14 triệu", "14", 14000000, "money", "đồng/sào", change=C("increase", 3, "lần", "trồng lúa"),
      subject="lợi nhuận bình quân của mô hình trồng bí xanh", location=TL),
    F("giá sàn 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", subject="giá sàn bao tiêu bí xanh", location=TL),
    F("đạt trên 200 triệu", "200", 200000000, "money", "đồng/ha", approx="over", status="target",
      subject="giá trị sản xuất trên 1 ha đất trồng trọt", period=Y24),
]

NOTES = [
    "Department site (Sở NN&PTNT Thái Bình), no dateline: no published. Related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "One-cell-per-line table, 'Đơn vị tính: ha', rows are crops, columns years: subject 'diện tích <crop> <column>', period from",
    "the column header, 'Kế hoạch 2024' → status target. Table cells get no total; 'Tổng số' row cells are figures of their own.",
    "'lần lượt là 1.150 ha và 980 ha' gives each district as location. The model in xã Thụy Liên is located in Thái Thụy.",
    "'cao gấp 3 lần trồng lúa' is the change of the profit before it. 'trên 1 ha đất trồng trọt' is the rate's denominator: unit đồng/ha",
    "(the '1' is not a figure). 'Hai huyện' (number word naming the two districts of the list) is optional. Distractors: 'đất 2 lúa' (land type), 'lần thứ 12', 'Số 8 Lê Quý Đôn', phone, counters.",
]

if __name__ == "__main__":
    write("p1203-7", TEXT, NOTES, FIGS, location="Thái Bình")
