from lib import *

text = """UBND TỈNH QUẢNG NGÃI
SỞ Y TẾ
Số: 1875/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 16 tháng 10 năm 2024

BÁO CÁO
Kết quả cấp cứu, điều trị đột quỵ não quý III/2024

Thực hiện Kế hoạch số 92/KH-UBND ngày 05/4/2023 của UBND tỉnh về nâng cao năng lực cấp cứu đột quỵ giai đoạn 2023-2025, Sở Y tế báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quý III/2024, 4 cơ sở có đơn vị đột quỵ trên địa bàn tỉnh đã tiếp nhận 1.037 lượt bệnh nhân đột quỵ não, tăng 9,3% so với quý II/2024; điều trị tiêu sợi huyết cho 146 ca, đạt tỷ lệ 14,1%. Kết quả cụ thể:

Đơn vị tính: ca
Đơn vị | Bệnh nhân đột quỵ | Tiêu sợi huyết | Lấy huyết khối | Đến viện trong giờ vàng (%)
Bệnh viện Đa khoa tỉnh | 612 | 91 | 54 | 27,3
Bệnh viện Đa khoa Đặng Thùy Trâm | 188 | 24 | 0 | 19,8
Trung tâm Y tế thị xã Đức Phổ | 143 | 19 | 0 | 21,0
Trung tâm Y tế huyện Bình Sơn | 94 | 12 | 0 | 16,5
Toàn tỉnh | 1.037 | 146 | 54 | 24,2

2. Từ đầu năm đến nay, toàn tỉnh điều trị tiêu sợi huyết cho 398 ca, đạt 66,3% chỉ tiêu kế hoạch năm 2024 (600 ca).

II. TỒN TẠI, HẠN CHẾ
- Tỷ lệ bệnh nhân đến viện trong giờ vàng toàn tỉnh mới đạt 24,2%, thấp hơn chỉ tiêu 30% đề ra.
- Chỉ có 1/4 đơn vị thực hiện được lấy huyết khối cơ học; máy CT của hai trung tâm y tế tuyến huyện đã sử dụng trên 10 năm.

III. KIẾN NGHỊ
Dự kiến năm 2025 cần khoảng 38 tỷ đồng từ ngân sách tỉnh để đầu tư 01 hệ thống chụp mạch DSA cho Bệnh viện Đa khoa tỉnh và 02 máy CT 64 lát cắt cho tuyến huyện.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, NVY.
GIÁM ĐỐC
"""

q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
yd = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
y25 = P("năm 2025", "2025-01-01", "2025-12-31")
cols = ["Bệnh nhân đột quỵ", "Tiêu sợi huyết", "Lấy huyết khối", "Đến viện trong giờ vàng (%)"]
rows = [
    ("Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh", ["612", "91", "54", "27,3"], "Quảng Ngãi"),
    ("Bệnh viện Đa khoa Đặng Thùy Trâm", "Đặng Thùy Trâm", ["188", "24", "0", "19,8"], "Quảng Ngãi"),
    ("Trung tâm Y tế thị xã Đức Phổ", "Đức Phổ", ["143", "19", "0", "21,0"], "Đức Phổ"),
    ("Trung tâm Y tế huyện Bình Sơn", "Bình Sơn", ["94", "12", "0", "16,5"], "Bình Sơn"),
    ("Toàn tỉnh", "Toàn tỉnh", ["1.037", "146", "54", "24,2"], "Quảng Ngãi"),
]


def num(x):
    return float(x.replace(".", "").replace(",", "."))


figs = [
    F("4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở có đơn vị đột quỵ", period=q3),
    F("tiếp nhận 1.037 lượt", "1.037", 1037, "count", "lượt bệnh nhân", "lượt bệnh nhân đột quỵ não được tiếp nhận",
      change=C("increase", 9.3, "%", "quý II/2024"), period=q3),
    F("cho 146 ca", "146", 146, "count", "ca", "ca điều trị tiêu sợi huyết", percent=14.1, period=q3),
]
for label, key, cells, loc in rows:
    prefix = key
    for i, (col, cell) in enumerate(zip(cols, cells)):
        anchor = prefix + " | " + " | ".join(cells[: i + 1])
        # number = the last cell; make sure it is the first whole occurrence
        pct = i == 3
        v = num(cell)
        v = int(v) if v == int(v) and not pct else v
        figs.append(F(anchor if i == 0 else anchor, cell, v, "percent" if pct else "count", "%" if pct else "ca",
                      f"{col.replace(' (%)', '')} {label}" if not pct else f"Tỷ lệ đến viện trong giờ vàng {label}",
                      period=q3i, location=loc))
figs += [
    F("cho 398 ca", "398", 398, "count", "ca", "ca điều trị tiêu sợi huyết", percent=66.3, target=T(600, "ca"), period=yd),
    F("mới đạt 24,2%", "24,2", 24.2, "percent", "%", "Tỷ lệ bệnh nhân đến viện trong giờ vàng toàn tỉnh",
      target=T(30, "%", False), period=q3i),
    F("có 1/4 đơn vị", "1", 1, "count", "đơn vị", "đơn vị thực hiện được lấy huyết khối cơ học", total=4),
    F("của hai trung tâm", "hai", 2, "count", "trung tâm y tế", "trung tâm y tế tuyến huyện có máy CT đã sử dụng trên 10 năm",
      optional=True),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian sử dụng máy CT của hai trung tâm y tế tuyến huyện",
      approx="over", optional=True),
    F("khoảng 38 tỷ đồng", "38", 38e9, "money", "đồng", "kinh phí từ ngân sách tỉnh cần để đầu tư trang thiết bị",
      approx="about", status="forecast", period=y25),
    F("01 hệ thống", "01", 1, "count", "hệ thống", "hệ thống chụp mạch DSA đầu tư cho Bệnh viện Đa khoa tỉnh",
      status="forecast", period=y25),
    F("02 máy CT", "02", 2, "count", "máy CT", "máy CT đầu tư cho tuyến huyện", status="forecast", period=y25),
    F("CT 64 lát cắt", "64", 64, "measure", "lát cắt", optional=True),
]
comments = [
    "Formal report of Sở Y tế Quảng Ngãi (letterhead 'Số: 1875/BC-SYT', place-and-date line 16/10/2024): stroke care in quý III/2024.",
    "Flattened '|' table, 'Đơn vị tính: ca' for the count columns and a '(%)' column. Every numeric cell, zeros included, is a figure;",
    "  subject = column label + row label; period 'Quý III/2024' from the text above (inherited). TTYT thị xã Đức Phổ / huyện Bình Sơn rows",
    "  take the district-level place as location; provincial hospital, the Đặng Thùy Trâm hospital (a person's name) and 'Toàn tỉnh' keep Quảng Ngãi.",
    "  No totals between table cells (the spec gives tables no part-of rule).",
    "Distractors: 'Số: 1875/BC-SYT', 'Kế hoạch số 92/KH-UBND ngày 05/4/2023', 'giai đoạn 2023-2025' (plan name), section numbers I./II./1./2.,",
    "  'Lưu: VT, NVY', 'quý II/2024' as a baseline.",
    "'146 ca, đạt tỷ lệ 14,1%' → percent of 146. '398 ca, đạt 66,3% chỉ tiêu kế hoạch năm 2024 (600 ca)' → percent 66,3 and target 600.",
    "'mới đạt 24,2%, thấp hơn chỉ tiêu 30% đề ra' → target 30 (the plan level, not a gap). '1/4 đơn vị' → total 4.",
    "'hai trung tâm y tế tuyến huyện' restates the two district rows of the table: a structural count, optional (added after the first run).",
    "'Dự kiến năm 2025 cần khoảng 38 tỷ đồng ... 01 hệ thống ... 02 máy CT' → status forecast. '64 lát cắt', 'trên 10 năm' optional.",
]
build("p417-3", text, comments, figs, published="2024-10-16", location="Quảng Ngãi")
