"""p874-7: department site (Sở Công Thương Hà Nội), industrial-extension support for bronze casting; no dateline;
one-cell-per-line table."""
from lib import F, period, inherit, change, write

TEXT = """SỞ CÔNG THƯƠNG HÀ NỘI
Trang chủ » Khuyến công » Tin hoạt động

Khuyến công tiếp sức cho nghề đúc đồng

Trong 2 năm 2022-2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội đã hỗ trợ 14 cơ sở đúc đồng trên địa bàn thành phố đầu tư máy móc, thiết bị tiên tiến với tổng kinh phí 2.460 triệu đồng. Trong đó, quận Ba Đình có 6 cơ sở, huyện Thường Tín 5 cơ sở và huyện Thanh Oai 3 cơ sở.

Kinh phí khuyến công hỗ trợ nghề đúc đồng
Đơn vị tính: triệu đồng
Nội dung hỗ trợ
Năm 2022
Năm 2023
Kế hoạch 2024
Máy móc, thiết bị
1.140
1.320
1.500
Đào tạo nghề
150
210
240
Xúc tiến thương mại
85
120
160
Tổng cộng
1.375
1.650
1.900

Nhờ đổi mới thiết bị, năng suất tại các cơ sở tăng bình quân 25-30%, tỷ lệ sản phẩm lỗi giảm từ 12% xuống còn 5%. Năm 2023, 86 lao động được đào tạo nâng cao tay nghề chạm khắc, hoàn thiện sản phẩm đồng. Doanh thu bình quân của mỗi cơ sở được hỗ trợ đạt 3,2 tỷ đồng/năm, cao hơn khoảng 18% so với trước khi đầu tư.

Năm 2024, Trung tâm dự kiến hỗ trợ thêm 8 cơ sở theo Nghị định số 45/2012/NĐ-CP về khuyến công, ưu tiên cơ sở có sản phẩm OCOP.

TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP HÀ NỘI
Địa chỉ: Số 331 Cầu Giấy, quận Cầu Giấy, TP Hà Nội
Điện thoại: 024.3793.5862 - Fax: 024.3793.5863
Tổng lượt truy cập: 1.284.675
"""

Y2223 = period("Trong 2 năm 2022-2023", "2022-01-01", "2023-12-31")
COLS = [period("Năm 2022", "2022-01-01", "2022-12-31"), period("Năm 2023", "2023-01-01", "2023-12-31"),
        period("Kế hoạch 2024", "2024-01-01", "2024-12-31")]
COL_LABELS = ["năm 2022", "năm 2023", "kế hoạch 2024"]
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hỗ trợ 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở đúc đồng được hỗ trợ đầu tư máy móc, thiết bị", Y2223),
    F("kinh phí 2.460 triệu", "2.460", 2460e6, "money", "đồng", "kinh phí hỗ trợ máy móc, thiết bị", Y2223),
    F("Ba Đình có 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở đúc đồng được hỗ trợ", inherit(Y2223), total=14,
      location="Ba Đình"),
    F("Thường Tín 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở đúc đồng được hỗ trợ", inherit(Y2223), total=14,
      location="Thường Tín"),
    F("Thanh Oai 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở đúc đồng được hỗ trợ", inherit(Y2223), total=14,
      location="Thanh Oai"),
]
ROWS = [
    ("Máy móc, thiết bị", "kinh phí hỗ trợ máy móc, thiết bị", ["1.140", "1.320", "1.500"], "Đào tạo nghề"),
    ("Đào tạo nghề", "kinh phí hỗ trợ đào tạo nghề", ["150", "210", "240"], "Xúc tiến thương mại"),
    ("Xúc tiến thương mại", "kinh phí hỗ trợ xúc tiến thương mại", ["85", "120", "160"], "Tổng cộng"),
    ("Tổng cộng", "tổng cộng kinh phí hỗ trợ", ["1.375", "1.650", "1.900"], "\nNhờ"),
]
for label, subj, cells, nxt in ROWS:
    lines = [label] + cells + [nxt]
    for i, cell in enumerate(cells):
        # anchor: the cell with the lines on either side, so that it is unique
        anchor = lines[i] + "\n" + cell + "\n" + lines[i + 2]
        value = float(cell.replace(".", "")) * 1e6
        kw = {"status": "target"} if i == 2 else {}
        FIGS.append(F(anchor, cell, value, "money", "đồng", f"{subj} {COL_LABELS[i]}", COLS[i], **kw))
FIGS += [
    F("bình quân 25-30%", "25", 25, "percent", "%", "năng suất tại các cơ sở tăng", value_max=30),
    F("giảm từ 12%", "12", 12, "percent", "%", "tỷ lệ sản phẩm lỗi trước khi đổi mới thiết bị"),
    F("xuống còn 5%", "5", 5, "percent", "%", "tỷ lệ sản phẩm lỗi"),
    F("Năm 2023, 86 lao động", "86", 86, "count", "lao động", "lao động được đào tạo nâng cao tay nghề", Y23),
    F("đạt 3,2 tỷ đồng/năm", "3,2", 3.2e9, "money", "đồng/năm", "doanh thu bình quân của mỗi cơ sở được hỗ trợ",
      change=change("increase", 18, "%", "trước khi đầu tư", approx="about")),
    F("thêm 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở được hỗ trợ thêm", Y24, status="forecast"),
]

COMMENTS = [
    "Sở Công Thương Hà Nội (Trung tâm Khuyến công): support for bronze casting workshops; no dateline (no `published`); footer address, phone, counter.",
    "One-cell-per-line table (Đơn vị tính: triệu đồng): every cell is money, subject = indicator + row label + column label; periods from the column headers (scored);",
    "'Kế hoạch 2024' column -> status target. Table cells get no totals (the Tổng cộng row is a figure of its own).",
    "'Trong đó, quận Ba Đình có 6 cơ sở, …' after a sentence break: parts of the 14 (total 14), each with its district as location.",
    "'năng suất tăng bình quân 25-30%' (no base amount) is a percent range figure; 'giảm từ 12% xuống còn 5%': both percents are figures, no change value is written.",
    "revised after the first run: table-cell subjects now carry the column label (FIGURES.md: 'Its subject is the row label and the column label').",
    "Distractors: 'Trong 2 năm 2022-2023' (period), Nghị định số 45/2012/NĐ-CP, Số 331 Cầu Giấy, phone/fax, Tổng lượt truy cập 1.284.675.",
]

if __name__ == "__main__":
    write(7, TEXT, COMMENTS, FIGS, location="Hà Nội")
