from lib import F, P, C, T, write

TEXT = """SỞ Y TẾ TỈNH BÌNH ĐỊNH
Số: 215/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 25 tháng 01 năm 2024

BÁO CÁO
Kết quả hoạt động khám, chữa bệnh và thực hiện tự chủ tài chính năm 2023

I. HOẠT ĐỘNG KHÁM, CHỮA BỆNH
Năm 2023, các bệnh viện công lập trực thuộc Sở thực hiện 2.418.560 lượt khám bệnh, đạt 104,2% kế hoạch; điều trị nội trú 186.240 lượt người bệnh. Kết quả tại một số bệnh viện như sau:

Bảng 1. Hoạt động chuyên môn năm 2023
Đơn vị tính: lượt
Đơn vị | Khám ngoại trú | Điều trị nội trú | Ngày điều trị trung bình (ngày) | Công suất sử dụng giường (%)
Bệnh viện Đa khoa tỉnh | 512.340 | 62.150 | 6,8 | 118,5
Bệnh viện Đa khoa khu vực Bồng Sơn | 284.620 | 24.310 | 5,9 | 96,2
Bệnh viện Lao và Bệnh phổi | 41.205 | 3.980 | 14,2 | 72,4

II. THỰC HIỆN CƠ CHẾ TỰ CHỦ
Tổng nguồn thu sự nghiệp của các đơn vị năm 2023 đạt 1.932 tỷ đồng, tăng 9,6% so với năm 2022, trong đó thu từ quỹ BHYT 1.387 tỷ đồng (chiếm 71,8%), thu viện phí và dịch vụ 545 tỷ đồng. Ngân sách nhà nước cấp chi thường xuyên giảm còn 86,4 tỷ đồng, giảm 23,5% so với năm 2022.
Thu nhập bình quân của người lao động đạt 10,2 triệu đồng/tháng; riêng bác sĩ đạt 16,5 triệu đồng/tháng. Các đơn vị đã trích lập Quỹ phát triển hoạt động sự nghiệp 142,7 tỷ đồng, mua sắm 36 danh mục trang thiết bị với tổng giá trị gần 58 tỷ đồng.

III. KẾ HOẠCH NĂM 2024
Phấn đấu tổng lượt khám bệnh đạt 2,5 triệu lượt; công suất sử dụng giường bệnh tuyến tỉnh từ 85% đến 95%; 100% bệnh viện thực hiện thanh toán không dùng tiền mặt.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.
GIÁM ĐỐC
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yt = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Ys = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
K = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
ROWS = [("Bệnh viện Đa khoa tỉnh", ["512.340", "62.150", "6,8", "118,5"]),
        ("Bệnh viện Đa khoa khu vực Bồng Sơn", ["284.620", "24.310", "5,9", "96,2"]),
        ("Bệnh viện Lao và Bệnh phổi", ["41.205", "3.980", "14,2", "72,4"])]
COLS = [("count", "lượt", "lượt khám ngoại trú"), ("count", "lượt", "lượt điều trị nội trú"),
        ("measure", "ngày", "ngày điều trị trung bình"), ("percent", "%", "công suất sử dụng giường")]
figs = [
    F("thực hiện 2.418.560 lượt", "2.418.560", "count", "lượt khám bệnh",
      "lượt khám bệnh tại các bệnh viện công lập trực thuộc Sở", percent=104.2, period=Y),
    F("nội trú 186.240 lượt", "186.240", "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú",
      period=Y),
]
for row, cells in ROWS:
    prev = row
    for (kind, unit, col), cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}" + ("\n" if cell == cells[-1] else " |")
        figs.append(F(anchor, cell, kind, unit, f"{col} {row}", period=Yt))
        prev = cell
figs += [
    F("đạt 1.932 tỷ đồng", "1.932", "money", "đồng", "tổng nguồn thu sự nghiệp của các đơn vị", mult=1e9,
      change=C("+", 9.6, baseline="năm 2022"), period=Ys),
    F("BHYT 1.387 tỷ đồng", "1.387", "money", "đồng", "thu từ quỹ BHYT", mult=1e9,
      total=1932e9, percent=71.8, period=Ys),
    F("dịch vụ 545 tỷ đồng", "545", "money", "đồng", "thu viện phí và dịch vụ", mult=1e9,
      total=1932e9, period=Ys),
    F("giảm còn 86,4 tỷ đồng", "86,4", "money", "đồng", "ngân sách nhà nước cấp chi thường xuyên", mult=1e9,
      change=C("-", 23.5, baseline="năm 2022"), period=Yi),
    F("đạt 10,2 triệu đồng/tháng", "10,2", "money", "đồng/tháng", "thu nhập bình quân của người lao động",
      mult=1e6, period=Yi),
    F("đạt 16,5 triệu đồng/tháng", "16,5", "money", "đồng/tháng", "thu nhập bình quân bác sĩ",
      mult=1e6, period=Yi),
    F("sự nghiệp 142,7 tỷ đồng", "142,7", "money", "đồng", "trích lập Quỹ phát triển hoạt động sự nghiệp",
      mult=1e9, period=Yi),
    F("mua sắm 36 danh mục", "36", "count", "danh mục", "danh mục trang thiết bị mua sắm", period=Yi),
    F("gần 58 tỷ đồng", "58", "money", "đồng", "tổng giá trị trang thiết bị mua sắm", mult=1e9,
      approx="nearly", period=Yi),
    F("đạt 2,5 triệu lượt", "2,5", "count", "lượt", "tổng lượt khám bệnh", mult=1e6, status="target", period=K),
    F("từ 85% đến 95%", "85", "percent", "%", "công suất sử dụng giường bệnh tuyến tỉnh", value_max=95,
      status="target", period=K),
    F("; 100% bệnh viện", "100", "percent", "%", "bệnh viện thực hiện thanh toán không dùng tiền mặt",
      status="target", period=K),
]

write(3, TEXT, figs, [
    "Sở Y tế Bình Định, formal report (letterhead, Số: 215/BC-SYT, place-and-date line): khám chữa bệnh and tự chủ tài chính năm 2023.",
    "Flattened '|' table: 'Đơn vị tính: lượt' for the visit columns; '(ngày)' and '(%)' columns override it. Every numeric cell is a figure,",
    "subject = column + row label; hospitals are not places (Bồng Sơn is inside a hospital name), so location stays Bình Định; period from",
    "the table caption (another line): inherited. Row labels and 'Bảng 1', section numerals I./II./III. are not figures.",
    "Revenue parts after 'trong đó' take total 1.932 tỷ; '(chiếm 71,8%)' is the share of 1.387 tỷ. 'giảm còn 86,4 tỷ đồng, giảm 23,5%': level + change.",
    "Plan section: period from heading 'KẾ HOẠCH NĂM 2024' (inherited), status target. '100% bệnh viện' is a percent figure.",
], published="2024-01-25", location="Bình Định")
