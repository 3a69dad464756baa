"""p1057-3: formal report of UBND tỉnh Gia Lai, H1/2024 cassava starch output and wastewater; flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH GIA LAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Gia Lai, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất và công tác bảo vệ môi trường tại các nhà máy chế biến tinh bột sắn 6 tháng đầu năm 2024

I. TÌNH HÌNH SẢN XUẤT
1. Toàn tỉnh hiện có 9 nhà máy chế biến tinh bột sắn, tổng công suất thiết kế 2.100 tấn sản phẩm/ngày. 6 tháng đầu năm 2024, các nhà máy sản xuất được 212.600 tấn tinh bột, tăng 4,2% so với cùng kỳ năm 2023, bằng 52,5% kế hoạch năm.
2. Sản lượng tinh bột sắn theo địa bàn:
Đơn vị tính: tấn
Địa bàn | 6 tháng 2023 | 6 tháng 2024 | Kế hoạch năm 2024
Thị xã Ayun Pa | 61.300 | 63.800 | 120.000
Huyện Krông Pa | 48.900 | 52.400 | 100.000
Huyện Kông Chro | 42.600 | 43.100 | 90.000
Huyện Mang Yang | 51.200 | 53.300 | 95.000
Tổng cộng | 204.000 | 212.600 | 405.000

II. CÔNG TÁC BẢO VỆ MÔI TRƯỜNG
1. Tổng lượng nước thải phát sinh khoảng 14.500 m3/ngày đêm, được xử lý bằng bể UASB kết hợp hồ sinh học với tổng diện tích hồ 62,5 ha. Có 7/9 nhà máy đã lắp đặt trạm quan trắc nước thải tự động, truyền số liệu về Sở Tài nguyên và Môi trường.
2. Qua kiểm tra 9/9 nhà máy theo Kế hoạch số 1120/KH-UBND, phát hiện 3 nhà máy xả nước thải có chỉ tiêu COD vượt QCVN 63:2017/BTNMT từ 1,5 đến 3,2 lần; UBND tỉnh đã xử phạt vi phạm hành chính tổng số tiền 465 triệu đồng theo Nghị định số 45/2022/NĐ-CP.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
1. Phấn đấu cả năm 2024 sản xuất 405.000 tấn tinh bột sắn.
2. Đến hết năm 2024, 100% nhà máy lắp đặt trạm quan trắc nước thải tự động.
3. Dự kiến trong quý III/2024, giá củ sắn tươi duy trì ở mức 2.800 - 3.000 đồng/kg.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SUB = "sản lượng tinh bột sắn"


def row(place, a, b, c, loc, label=None):
    sub = SUB if label is None else SUB + " " + label
    return [
        F(f"{place} | {a}", a, float(a.replace(".", "")), "measure", "tấn", sub, C23, location=loc),
        F(f"| {a} | {b}", b, float(b.replace(".", "")), "measure", "tấn", sub, C24, location=loc),
        F(f"| {b} | {c}", c, float(c.replace(".", "")), "measure", "tấn", sub + " kế hoạch", KH, location=loc, status="target"),
    ]


FIGS = [
    F("hiện có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy chế biến tinh bột sắn"),
    F("thiết kế 2.100 tấn sản phẩm/ngày", "2.100", 2100, "measure", "tấn/ngày", "tổng công suất thiết kế"),
    F("được 212.600 tấn tinh bột", "212.600", 212600, "measure", "tấn", "tinh bột sản xuất", H1,
      change=C("increase", 4.2, "%", "cùng kỳ năm 2023"), percent=52.5),
    *row("Thị xã Ayun Pa", "61.300", "63.800", "120.000", "Ayun Pa"),
    *row("Huyện Krông Pa", "48.900", "52.400", "100.000", "Krông Pa"),
    *row("Huyện Kông Chro", "42.600", "43.100", "90.000", "Kông Chro"),
    *row("Huyện Mang Yang", "51.200", "53.300", "95.000", "Mang Yang"),
    *row("Tổng cộng", "204.000", "212.600", "405.000", "Gia Lai", "tổng cộng"),
    F("khoảng 14.500 m3/ngày đêm", "14.500", 14500, "measure", "m3/ngày đêm", "lượng nước thải phát sinh", approx="about"),
    F("diện tích hồ 62,5 ha", "62,5", 62.5, "measure", "ha", "tổng diện tích hồ sinh học"),
    F("Có 7/9 nhà máy", "7", 7, "count", "nhà máy", "nhà máy đã lắp đặt trạm quan trắc nước thải tự động", total=9),
    F("kiểm tra 9/9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy được kiểm tra", total=9),
    F("phát hiện 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy xả nước thải có chỉ tiêu COD vượt quy chuẩn"),
    F("từ 1,5 đến 3,2 lần", "1,5", 1.5, "multiple", "lần", "chỉ tiêu COD vượt QCVN 63:2017/BTNMT", value_max=3.2),
    F("số tiền 465 triệu đồng", "465", 465e6, "money", "đồng", "tiền xử phạt vi phạm hành chính"),
    F("sản xuất 405.000 tấn", "405.000", 405000, "measure", "tấn", "tinh bột sắn sản xuất",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("2024, 100% nhà máy", "100", 100, "percent", "%", "nhà máy lắp đặt trạm quan trắc nước thải tự động",
      P("Đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("mức 2.800 - 3.000 đồng/kg", "2.800", 2800, "money", "đồng/kg", "giá củ sắn tươi",
      P("quý III/2024", "2024-07-01", "2024-09-30"), value_max=3000, status="forecast"),
]

NOTES = [
    "Formal report, letterhead UBND TỈNH GIA LAI, 'Số: 287/BC-UBND', 'Gia Lai, ngày 15 tháng 7 năm 2024' (the document's date = published).",
    "Flattened table (Đơn vị tính: tấn): every cell a figure, period from its column header (scored), 'Kế hoạch năm 2024' column -> target;",
    "district rows go to location, the Tổng cộng row is Gia Lai. Table cells carry no totals (the total row is its own figure).",
    "Not figures: Số 287/BC-UBND, Kế hoạch số 1120/KH-UBND, QCVN 63:2017/BTNMT, Nghị định số 45/2022/NĐ-CP, section numbers I.-III., 1.-3.",
    "'phát hiện 3 nhà máy' has no part-of cue after 'kiểm tra 9/9 nhà máy': no total. 'từ 1,5 đến 3,2 lần' stands alone: multiple range.",
    "Sentences of section II carry no period phrase of their own (the report's title period is not repeated): no period.",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(3, TEXT, FIGS, published="2024-07-15", location="Gia Lai", notes=NOTES)
