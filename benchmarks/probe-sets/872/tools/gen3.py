"""p872-3: formal report (UBND tỉnh Quảng Nam), orthopaedic devices and community rehabilitation 2023, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH QUẢNG NAM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả trợ giúp người khuyết tật về chỉnh hình, phục hồi chức năng năm 2023

Thực hiện Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám sàng lọc và cấp dụng cụ chỉnh hình
Năm 2023, toàn tỉnh đã khám sàng lọc cho 6.245 người khuyết tật, đạt 104,1% kế hoạch; cấp 1.482 dụng cụ chỉnh hình, phương tiện trợ giúp các loại, tăng 9,6% so với năm 2022. Kết quả tại một số địa phương như sau:

Đơn vị tính: người; chiếc
Địa phương | Khám sàng lọc (người) | Chân tay giả (chiếc) | Xe lăn, xe lắc (chiếc) | Nẹp, giày chỉnh hình (chiếc)
Tam Kỳ | 812 | 21 | 64 | 95
Núi Thành | 1.046 | 34 | 88 | 120
Thăng Bình | 1.230 | 29 | 103 | 141
Đại Lộc | 958 | 18 | 71 | 86
Cộng | 4.046 | 102 | 326 | 442

2. Phục hồi chức năng dựa vào cộng đồng
Chương trình được triển khai tại 198/241 xã, phường, thị trấn; 3.127 người khuyết tật được hướng dẫn tập luyện tại nhà, trong đó 1.864 người có tiến bộ về vận động, chiếm 59,6%. Tổng kinh phí thực hiện năm 2023 là 5.318 triệu đồng, bằng 96,7% dự toán.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu khám sàng lọc cho 6.500 người khuyết tật; cấp mới khoảng 1.600 dụng cụ chỉnh hình; mở rộng chương trình lên 215 xã, phường, thị trấn.

Nơi nhận:
- Bộ LĐTBXH;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = I(Y23)
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = {
    1: ("người", "người khuyết tật được khám sàng lọc"),
    2: ("chiếc", "chân tay giả được cấp"),
    3: ("chiếc", "xe lăn, xe lắc được cấp"),
    4: ("chiếc", "nẹp, giày chỉnh hình được cấp"),
}
ROWS = [
    ("Tam Kỳ", ["812", "21", "64", "95"]),
    ("Núi Thành", ["1.046", "34", "88", "120"]),
    ("Thăng Bình", ["1.230", "29", "103", "141"]),
    ("Đại Lộc", ["958", "18", "71", "86"]),
    ("Cộng", ["4.046", "102", "326", "442"]),
]


def table_figs():
    out = []
    for place, cells in ROWS:
        for col, cell in enumerate(cells, start=1):
            # anchor: the cell with its neighbours on the row (or the row label for the first column)
            left = place if col == 1 else cells[col - 2]
            anchor = f"{left} | {cell}"
            unit, subj = COLS[col]
            kw = {}
            if place == "Cộng":
                subj = subj + " (cộng các địa phương)"
            else:
                kw["location"] = place
            value = int(cell.replace(".", ""))
            out.append(F(anchor, cell, value, "count", unit, subj, period=Y23i, **kw))
    return out


FIGS = [
    F("cho 6.245 người khuyết tật", "6.245", 6245, "count", "người khuyết tật",
      "người khuyết tật được khám sàng lọc", percent=104.1, period=Y23),
    F("cấp 1.482 dụng cụ", "1.482", 1482, "count", "dụng cụ chỉnh hình, phương tiện trợ giúp",
      "dụng cụ chỉnh hình, phương tiện trợ giúp được cấp", change=C("increase", 9.6, "%", "năm 2022"),
      period=Y23),
] + table_figs() + [
    F("198/241 xã", "198", 198, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn triển khai chương trình phục hồi chức năng dựa vào cộng đồng", total=241,
      period=Y23i),
    F("3.127 người khuyết tật", "3.127", 3127, "count", "người khuyết tật",
      "người khuyết tật được hướng dẫn tập luyện tại nhà", period=Y23i),
    F("1.864 người", "1.864", 1864, "count", "người", "người khuyết tật có tiến bộ về vận động",
      total=3127, percent=59.6, period=Y23i),
    F("là 5.318 triệu đồng", "5.318", 5318000000, "money", "đồng",
      "tổng kinh phí thực hiện chương trình phục hồi chức năng dựa vào cộng đồng", percent=96.7,
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 6.500 người khuyết tật", "6.500", 6500, "count", "người khuyết tật",
      "người khuyết tật được khám sàng lọc", status="target", period=Y24i),
    F("khoảng 1.600 dụng cụ", "1.600", 1600, "count", "dụng cụ chỉnh hình", "dụng cụ chỉnh hình cấp mới",
      approx="about", status="target", period=Y24i),
    F("lên 215 xã", "215", 215, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn triển khai chương trình phục hồi chức năng dựa vào cộng đồng", status="target",
      period=Y24i),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Quảng Nam: khám sàng lọc, cấp dụng cụ chỉnh hình, phục hồi chức năng dựa vào cộng đồng năm 2023 (invented, probe set 872).",
    "Flattened table: place rows × 4 columns, 'Đơn vị tính: người; chiếc', a 'Cộng' row. Row labels are places (location), the column label is the subject;",
    "the period of the cells is 'Năm 2023' in the sentence before the table (inherited). The 'Cộng' row (sum of four districts) keeps the province as location;",
    "table cells get no totals. The section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the target period (inherited).",
    "Distractors: Số: 287/BC-UBND, ngày 18 tháng 01 năm 2024, Quyết định số 1190/QĐ-TTg ngày 05/8/2020, giai đoạn 2021-2030, section numbers I., 1., 2., II.",
]

if __name__ == "__main__":
    build("p872-3", TEXT, FIGS, COMMENTS, published="2024-01-18", location="Quảng Nam")
