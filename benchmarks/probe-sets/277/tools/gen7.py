from lib import emit, P

text = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH DƯƠNG
Trang chủ / Tin tức - Sự kiện / Báo chí - Xuất bản

Kết quả quản lý hoạt động xuất bản, in, phát hành quý III/2024
Cập nhật lúc 10:25 ngày 07/10/2024

Quý III/2024, Sở Thông tin và Truyền thông tỉnh Bình Dương tiếp nhận 92 hồ sơ thủ tục hành chính lĩnh vực xuất bản, in và phát hành, trong đó 81 hồ sơ nộp trực tuyến, chiếm 88%; 100% hồ sơ được giải quyết đúng hạn.

Tính chung 9 tháng năm 2024, Sở cấp 233 giấy phép, xác nhận các loại, tăng 6,4% so với cùng kỳ. Kết quả cụ thể như sau:

Đơn vị tính: giấy phép
Nội dung
Quý III/2024
9 tháng năm 2024
9 tháng năm 2023
Giấy phép xuất bản tài liệu không kinh doanh
58
161
143
Giấy phép hoạt động in
4
11
9
Xác nhận đăng ký hoạt động phát hành
17
46
52
Giấy phép nhập khẩu xuất bản phẩm
6
15
15

Từ tháng 7 đến tháng 9, Thanh tra Sở kiểm tra 11 cơ sở in, phát hành tại TP Thủ Dầu Một, TP Dĩ An và TP Thuận An, xử phạt 2 cơ sở với tổng số tiền 27 triệu đồng.

Tính đến 30/9/2024, toàn tỉnh có 312 cơ sở hoạt động in, trong đó 46 cơ sở in xuất bản phẩm; 178 cơ sở phát hành xuất bản phẩm.

Tổ chức, cá nhân cần hỗ trợ liên hệ Phòng Thông tin - Báo chí - Xuất bản, tầng 9, Tháp A, Trung tâm Hành chính tỉnh; điện thoại 0274.3822.690.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9p = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T79 = P("Từ tháng 7 đến tháng 9", "2024-07-01", "2024-09-30")
AS = P("Tính đến 30/9/2024", None, "2024-09-30")

rows = [
    ("Giấy phép xuất bản tài liệu không kinh doanh", "kinh doanh", ("58", 58), ("161", 161), ("143", 143)),
    ("Giấy phép hoạt động in", "hoạt động in", ("4", 4), ("11", 11), ("9", 9)),
    ("Xác nhận đăng ký hoạt động phát hành", "phát hành", ("17", 17), ("46", 46), ("52", 52)),
    ("Giấy phép nhập khẩu xuất bản phẩm", "xuất bản phẩm", ("6", 6), ("15", 15), ("15", 15)),
]

figs = [
    dict(anchor="tiếp nhận 92 hồ sơ", number="92", value=92, kind="count", unit="hồ sơ",
         subject="hồ sơ thủ tục hành chính lĩnh vực xuất bản, in và phát hành tiếp nhận", period=Q3),
    dict(anchor="trong đó 81 hồ sơ", number="81", value=81, kind="count", unit="hồ sơ", total=92, percent=88,
         subject="hồ sơ nộp trực tuyến", period=Q3),
    dict(anchor="100% hồ sơ", number="100", value=100, kind="percent", unit="%",
         subject="hồ sơ được giải quyết đúng hạn", period=Q3),
    dict(anchor="cấp 233 giấy phép", number="233", value=233, kind="count", unit="giấy phép",
         change=dict(direction="increase", value=6.4, unit="%", baseline="cùng kỳ"),
         subject="giấy phép, xác nhận các loại được cấp", period=M9),
]
for label, tail, (n1, v1), (n2, v2), (n3, v3) in rows:
    figs += [
        dict(anchor=f"{tail}\n{n1}\n{n2}", number=n1, value=v1, kind="count", unit="giấy phép",
             subject=f"{label} quý III/2024", period=Q3),
        dict(anchor=f"\n{n1}\n{n2}\n{n3}", number=n2, value=v2, kind="count", unit="giấy phép",
             subject=f"{label} 9 tháng năm 2024", period=M9),
        dict(anchor=f"\n{n2}\n{n3}\n", number=n3, value=v3, kind="count", unit="giấy phép",
             subject=f"{label} 9 tháng năm 2023", period=M9p),
    ]
# last row: '15\n15' - the 2023 cell's anchor must start at the second 15
figs[-1]["anchor"] = "\n15\n\nTừ tháng"
figs += [
    dict(anchor="kiểm tra 11 cơ sở", number="11", value=11, kind="count", unit="cơ sở in, phát hành",
         subject="cơ sở in, phát hành được kiểm tra", period=T79),
    dict(anchor="xử phạt 2 cơ sở", number="2", value=2, kind="count", unit="cơ sở",
         subject="cơ sở bị xử phạt", period=T79),
    dict(anchor="tiền 27 triệu đồng", number="27", value=27e6, kind="money", unit="đồng",
         subject="tiền xử phạt", period=T79),
    dict(anchor="có 312 cơ sở", number="312", value=312, kind="count", unit="cơ sở hoạt động in",
         subject="cơ sở hoạt động in", period=AS),
    dict(anchor="trong đó 46 cơ sở", number="46", value=46, kind="count", unit="cơ sở in xuất bản phẩm", total=312,
         subject="cơ sở in xuất bản phẩm", period=AS),
    dict(anchor="178 cơ sở", number="178", value=178, kind="count", unit="cơ sở phát hành xuất bản phẩm",
         subject="cơ sở phát hành xuất bản phẩm", period=AS),
]

emit(7, text, [
    "Department site (Sở TT&TT Bình Dương): publishing/printing licences, quarter III and 9 months of 2024, with a one-cell-per-line table.",
    "Dateline 'Cập nhật lúc 10:25 ngày 07/10/2024'. Distractors: menu path, 'tầng 9, Tháp A', phone 0274.3822.690, city names in the inspection sentence.",
    "Table ('Đơn vị tính: giấy phép'): every numeric cell is a figure; subject = row label + column header; period from the column header",
    "(Quý III/2024, 9 tháng năm 2024, 9 tháng năm 2023). No totals for table cells.",
    "81 is part of 92 ('trong đó', share 88%); '100% hồ sơ được giải quyết đúng hạn' is its own indicator (no đạt/chiếm cue): a percent figure.",
    "'tăng 6,4% so với cùng kỳ' is the change of 233. 46 is part of 312 ('trong đó'); 178 after ';' counts another thing (phát hành): no total.",
    "Inspection in three cities: the figures cover several cities, so they keep the province (Bình Dương) as location.",
], figs, published="2024-10-07", location="Bình Dương")
