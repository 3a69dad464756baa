"""p1005-3: formal report, UBND tỉnh Thái Nguyên, 6 months of 2023, flattened | table by district."""
from lib import F, P, C, T, build

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 12 tháng 7 năm 2023

BÁO CÁO
Kết quả công tác kiểm soát tải trọng phương tiện 6 tháng đầu năm 2023

Thực hiện Công văn số 2468/BGTVT-ATGT ngày 14/3/2023 của Bộ Giao thông vận tải, UBND tỉnh Thái Nguyên báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra, xử lý
Trong 6 tháng đầu năm 2023, các lực lượng chức năng của tỉnh đã kiểm tra 5.846 lượt xe, phát hiện 672 xe vi phạm tải trọng, xử phạt 5,94 tỷ đồng. Kết quả tại các địa bàn như sau:

Đơn vị tính: xe; tiền phạt: triệu đồng
Địa bàn | Xe được kiểm tra | Xe vi phạm | Tiền phạt
TP. Thái Nguyên | 1.652 | 184 | 1.620
TP. Phổ Yên | 1.408 | 171 | 1.535
Huyện Đại Từ | 1.215 | 156 | 1.287
Huyện Phú Lương | 964 | 102 | 904
Huyện Đồng Hỷ | 607 | 59 | 594
Tổng cộng | 5.846 | 672 | 5.940

2. Công tác hạ tải và khắc phục hư hỏng
Các trạm cân đã buộc hạ tải 1.932 tấn hàng hóa, tước giấy phép lái xe 215 trường hợp. Tỷ lệ xe vi phạm trên tổng số xe được kiểm tra là 11,5%, giảm 2,3 điểm phần trăm so với cùng kỳ năm 2022. Trên các tuyến ĐT.261, ĐT.264 có khoảng 18,5 km mặt đường bị hằn lún, bong bật do xe quá tải; kinh phí sửa chữa ước tính khoảng 27 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu giảm tỷ lệ xe vi phạm tải trọng xuống dưới 9%.
2. Đưa vào hoạt động 2 trạm kiểm tra tải trọng xe cố định tại huyện Đại Từ và TP. Phổ Yên trong quý IV/2023.

Nơi nhận:
- Bộ GTVT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1i = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", inherited=True)
H2i = P("6 tháng cuối năm", "2023-07-01", "2023-12-31", inherited=True)

ROWS = [  # anchor prefix, place, cells (xe kiểm tra, xe vi phạm, tiền phạt triệu)
    ("TP. Thái Nguyên", "Thái Nguyên", ("1.652", "184", "1.620")),
    ("TP. Phổ Yên", "Phổ Yên", ("1.408", "171", "1.535")),
    ("Huyện Đại Từ", "Đại Từ", ("1.215", "156", "1.287")),
    ("Huyện Phú Lương", "Phú Lương", ("964", "102", "904")),
    ("Huyện Đồng Hỷ", "Đồng Hỷ", ("607", "59", "594")),
    ("Tổng cộng", "Thái Nguyên", ("5.846", "672", "5.940")),
]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("kiểm tra 5.846 lượt xe", "5.846", 5846, "count", "lượt xe", "lượt xe được kiểm tra", period=H1),
    F("phát hiện 672 xe", "672", 672, "count", "xe", "xe vi phạm tải trọng", period=H1),
    F("xử phạt 5,94 tỷ đồng", "5,94", 5.94e9, "money", "đồng", "tiền xử phạt", period=H1),
]
for label, place, (a, b, c) in ROWS:
    tot = label == "Tổng cộng"
    pre = "tổng cộng " if tot else ""
    FIGS.append(F(f"{label} | {a}", a, num(a), "count", "xe", pre + "xe được kiểm tra", period=H1i, location=place))
    FIGS.append(F(f"{label} | {a} | {b}", b, num(b), "count", "xe", pre + "xe vi phạm", period=H1i, location=place))
    FIGS.append(F(f"| {b} | {c}", c, num(c) * 1e6, "money", "đồng", pre + "tiền phạt", period=H1i, location=place))

FIGS += [
    F("hạ tải 1.932 tấn", "1.932", 1932, "measure", "tấn", "hàng hóa buộc hạ tải", period=H1i),
    F("lái xe 215 trường hợp", "215", 215, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", period=H1i),
    F("là 11,5%", "11,5", 11.5, "percent", "%", "tỷ lệ xe vi phạm trên tổng số xe được kiểm tra",
      change=C("decrease", 2.3, "điểm phần trăm", "cùng kỳ năm 2022"), period=H1i),
    F("khoảng 18,5 km", "18,5", 18.5, "measure", "km", "mặt đường bị hằn lún, bong bật do xe quá tải",
      approx="about"),
    F("khoảng 27 tỷ đồng", "27", 27e9, "money", "đồng", "kinh phí sửa chữa", approx="about", status="estimate"),
    F("dưới 9%", "9", 9, "percent", "%", "tỷ lệ xe vi phạm tải trọng", approx="under", status="target", period=H2i),
    F("hoạt động 2 trạm", "2", 2, "count", "trạm kiểm tra tải trọng xe cố định",
      "trạm kiểm tra tải trọng xe cố định đưa vào hoạt động", status="target",
      period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
]

build("p1005-3", TEXT, FIGS, published="2023-07-12", location="Thái Nguyên", comments=[
    "Formal report, UBND tỉnh Thái Nguyên, Số: 187/BC-UBND, 'Thái Nguyên, ngày 12 tháng 7 năm 2023' (invented).",
    "Flattened | table (Đơn vị tính: xe; tiền phạt: triệu đồng) by district with a Tổng cộng row: every cell is a figure, place → location,",
    "subject = column label (with 'tổng cộng' for the totals row), money cells × 10^6; no totals on table cells; period from the line above (inherited).",
    "Not figures: Số: 187/BC-UBND, Công văn số 2468/BGTVT-ATGT ngày 14/3/2023, ĐT.261, ĐT.264, section numbers I., II., 1., 2.",
    "Section II is headed '6 tháng cuối năm' (inherited, 2023-07-01..2023-12-31); both tasks are targets (a plan's tasks).",
    "The report's date is taken as published (the document states its own date).",
])
