"""p1039-7: Chi cục Chăn nuôi và Thú y Ninh Thuận department site, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả phát triển nghề nuôi chim yến giai đoạn 2021-2023 và kế hoạch năm 2024

Những năm gần đây, nghề nuôi chim yến tại Ninh Thuận phát triển khá nhanh. Tính đến hết năm 2023, toàn tỉnh có 735 nhà yến, trong đó huyện Ninh Phước 268 nhà, huyện Ninh Hải 215 nhà, thành phố Phan Rang - Tháp Chàm 142 nhà, còn lại ở các huyện Thuận Nam, Ninh Sơn.

Kết quả chủ yếu qua các năm như sau:

Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
Số nhà yến (nhà)
548
651
735
800
Sản lượng tổ yến (kg)
2.960
3.480
3.920
4.300
Cơ sở được cấp mã số xuất khẩu (cơ sở)
-
6
17
30

Năm 2023, sản lượng tổ yến đạt 3.920 kg, tăng 12,6% so với năm 2022; giá trị sản xuất khoảng 70,5 tỷ đồng. Giá tổ yến thô bình quân 18 triệu đồng/kg, yến tinh chế từ 28 đến 35 triệu đồng/kg.

Trong 6 tháng đầu năm 2024, toàn tỉnh xây mới 38 nhà yến, đạt 58,5% kế hoạch năm. Chi cục đã kiểm tra 52 nhà yến, hướng dẫn 140 hộ kê khai cơ sở chăn nuôi; lấy 96 mẫu tổ yến giám sát dịch bệnh, kết quả 100% mẫu âm tính với cúm gia cầm.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH NINH THUẬN
Địa chỉ: Số 38 đường 16/4, phường Mỹ Hải, TP. Phan Rang - Tháp Chàm
Điện thoại: 0259.3830.416 - Fax: 0259.3830.417
Lượt truy cập: 1.284.507 | Đang trực tuyến: 23
"""

ASOF = P("Tính đến hết năm 2023", None, "2023-12-31")
Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)}
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")


def cells(label, unit, kind, anchors):
    out = []
    for cell, per in zip(anchors, (Y[2021], Y[2022], Y[2023], KH)):
        if cell is None:  # an empty cell ('-')
            continue
        anchor, num, val = cell
        kw = {"status": "target"} if per is KH else {}
        out.append(F(anchor, num, val, kind, unit, label, per, **kw))
    return out


FIGS = [
    F("có 735 nhà yến", "735", 735, "count", "nhà yến", "nhà yến", ASOF),
    F("Ninh Phước 268 nhà", "268", 268, "count", "nhà", "nhà yến", I(ASOF), total=735, location="Ninh Phước"),
    F("Ninh Hải 215 nhà", "215", 215, "count", "nhà", "nhà yến", I(ASOF), total=735, location="Ninh Hải"),
    F("Tháp Chàm 142 nhà", "142", 142, "count", "nhà", "nhà yến", I(ASOF), total=735,
      location="Phan Rang - Tháp Chàm"),
]
FIGS += cells("Số nhà yến", "nhà", "count", [
    ("(nhà)\n548", "548", 548), ("548\n651", "651", 651), ("651\n735", "735", 735), ("735\n800", "800", 800)])
FIGS += cells("Sản lượng tổ yến", "kg", "measure", [
    ("(kg)\n2.960", "2.960", 2960), ("2.960\n3.480", "3.480", 3480), ("3.480\n3.920", "3.920", 3920),
    ("3.920\n4.300", "4.300", 4300)])
FIGS += cells("Cơ sở được cấp mã số xuất khẩu", "cơ sở", "count", [
    None, ("-\n6\n", "6", 6), ("6\n17\n", "17", 17), ("17\n30\n", "30", 30)])
FIGS += [
    F("đạt 3.920 kg", "3.920", 3920, "measure", "kg", "sản lượng tổ yến", Y23,
      change=C("increase", 12.6, "%", "năm 2022")),
    F("khoảng 70,5 tỷ đồng", "70,5", 70.5e9, "money", "đồng", "giá trị sản xuất", Y23, approx="about"),
    F("bình quân 18 triệu", "18", 18e6, "money", "đồng/kg", "giá tổ yến thô bình quân", I(Y23)),
    F("từ 28 đến 35 triệu", "28", 28e6, "money", "đồng/kg", "giá yến tinh chế", I(Y23), value_max=35e6),
    F("xây mới 38 nhà yến", "38", 38, "count", "nhà yến", "nhà yến xây mới", H1, percent=58.5),
    F("kiểm tra 52 nhà yến", "52", 52, "count", "nhà yến", "nhà yến được kiểm tra", I(H1)),
    F("hướng dẫn 140 hộ", "140", 140, "count", "hộ", "hộ được hướng dẫn kê khai cơ sở chăn nuôi", I(H1)),
    F("lấy 96 mẫu", "96", 96, "count", "mẫu", "mẫu tổ yến giám sát dịch bệnh", I(H1)),
    F("quả 100% mẫu", "100", 100, "percent", "%", "mẫu âm tính với cúm gia cầm", I(H1)),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Ninh Thuận): no dateline, so no published date; footer with address",
    "  'Số 38 đường 16/4', phone and fax, 'Lượt truy cập: 1.284.507 | Đang trực tuyến: 23' (page furniture).",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2021 / Năm 2022 / Năm 2023 / Kế hoạch 2024, then each row's cells.",
    "Cells: subject from the row label, unit from its bracket, period from the column header (scored), 'Kế hoạch 2024' -> target.",
    "The '-' cell is empty (not a figure). 'giai đoạn 2021-2023' in the title is a period, not a figure.",
    "'đạt 58,5% kế hoạch năm' is the percent of the 38 new houses.",
    "The prices sentence and the inspection sentence inherit Năm 2023 / 6 tháng đầu năm 2024 from the sentence before.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Ninh Thuận")
