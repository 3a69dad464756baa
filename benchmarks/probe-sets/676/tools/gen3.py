"""p676-3: UBND tỉnh Quảng Ninh formal report — cấp cứu ngoại viện 9 tháng năm 2024, flattened | table by quarter."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Quảng Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác cấp cứu ngoại viện 9 tháng năm 2024, nhiệm vụ trọng tâm quý IV năm 2024

Thực hiện Kế hoạch số 95/KH-UBND ngày 15/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

1. Tiếp nhận cuộc gọi và vận chuyển người bệnh

Bảng 1. Kết quả hoạt động của Trung tâm Cấp cứu 115 theo quý
Chỉ tiêu | Quý I | Quý II | Quý III | 9 tháng
Cuộc gọi tiếp nhận (cuộc) | 4.215 | 3.980 | 4.362 | 12.557
Lượt xe xuất phát (lượt) | 1.502 | 1.448 | 1.611 | 4.561
Người bệnh được vận chuyển (người) | 1.433 | 1.395 | 1.570 | 4.398
Thời gian tiếp cận hiện trường (phút) | 16,2 | 15,8 | 15,1 | 15,7

Trong số người bệnh được vận chuyển, tai nạn giao thông chiếm 36,8%, đột quỵ và bệnh tim mạch chiếm 21,4%. Ước cả năm 2024, Trung tâm tiếp nhận khoảng 16.900 cuộc gọi, đạt 105,6% kế hoạch.

2. Phương tiện, mạng lưới

Đến ngày 30/9/2024, toàn tỉnh có 31 xe cấp cứu (Trung tâm 115 quản lý 19 xe, các bệnh viện tuyến huyện 12 xe) và 9 trạm cấp cứu vệ tinh; tổng kinh phí mua sắm, bảo dưỡng phương tiện 9 tháng là 6.350,5 triệu đồng.

II. NHIỆM VỤ QUÝ IV NĂM 2024

- Dự kiến đưa vào hoạt động thêm 2 trạm vệ tinh tại TP. Cẩm Phả và huyện Vân Đồn;
- Duy trì trực cấp cứu 24/24 giờ; phấn đấu thời gian tiếp cận hiện trường bình quân dưới 15 phút.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, VX2.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

QS = [("Quý I", "2024-01-01", "2024-03-31"), ("Quý II", "2024-04-01", "2024-06-30"),
      ("Quý III", "2024-07-01", "2024-09-30"), ("9 tháng", "2024-01-01", "2024-09-30")]
ROWS = [
    ("Cuộc gọi tiếp nhận", "count", "cuộc", ["4.215", "3.980", "4.362", "12.557"]),
    ("Lượt xe xuất phát", "count", "lượt", ["1.502", "1.448", "1.611", "4.561"]),
    ("Người bệnh được vận chuyển", "count", "người", ["1.433", "1.395", "1.570", "4.398"]),
    ("Thời gian tiếp cận hiện trường", "measure", "phút", ["16,2", "15,8", "15,1", "15,7"]),
]
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV năm 2024", "2024-10-01", "2024-12-31")
ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")

FIGS = []
for label, kind, unit, cells in ROWS:
    for i, (cell, (col, s, e)) in enumerate(zip(cells, QS)):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        anchor = f"| {cell} |" if nxt else f"| {cell}\n"
        v = float(cell.replace(".", "").replace(",", "."))
        FIGS.append(F(anchor, cell, v, kind, unit, subject=f"{label} {col}", period=P(col, s, e)))

FIGS += [
    F("chiếm 36,8%", "36,8", 36.8, "percent", "%",
      subject="tai nạn giao thông trong số người bệnh được vận chuyển", period=I(M9)),
    F("chiếm 21,4%", "21,4", 21.4, "percent", "%",
      subject="đột quỵ và bệnh tim mạch trong số người bệnh được vận chuyển", period=I(M9)),
    F("khoảng 16.900 cuộc gọi", "16.900", 16900, "count", "cuộc gọi", approx="about", percent=105.6,
      status="estimate", subject="cuộc gọi Trung tâm tiếp nhận", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("có 31 xe cấp cứu", "31", 31, "count", "xe cấp cứu", subject="xe cấp cứu toàn tỉnh", period=ASOF),
    F("quản lý 19 xe", "19", 19, "count", "xe", total=31, subject="xe cấp cứu Trung tâm 115 quản lý", period=ASOF),
    F("huyện 12 xe", "12", 12, "count", "xe", total=31, subject="xe cấp cứu của các bệnh viện tuyến huyện", period=ASOF),
    F("9 trạm cấp cứu vệ tinh", "9", 9, "count", "trạm cấp cứu vệ tinh", subject="trạm cấp cứu vệ tinh", period=ASOF),
    F("6.350,5 triệu đồng", "6.350,5", 6350500000, "money", "đồng",
      subject="tổng kinh phí mua sắm, bảo dưỡng phương tiện", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("thêm 2 trạm vệ tinh", "2", 2, "count", "trạm vệ tinh", status="forecast",
      subject="trạm vệ tinh đưa vào hoạt động thêm", period=I(Q4)),
    F("24/24 giờ", "24", 24, "measure", "giờ", subject="trực cấp cứu", optional=True),
    F("dưới 15 phút", "15", 15, "measure", "phút", approx="under", status="target",
      subject="thời gian tiếp cận hiện trường bình quân", period=I(Q4)),
]

COMMENTS = [
    "Formal report under a letterhead (UBND TỈNH QUẢNG NINH, Số: 412/BC-UBND, 'Quảng Ninh, ngày 08 tháng 10 năm 2024' = published):",
    "cấp cứu ngoại viện 9 tháng năm 2024 with a flattened '|' table (rows = indicator with its unit, columns Quý I/II/III, 9 tháng).",
    "Table cells: subject = row label + column; period from the column header (year 2024 from the title), scored as in shared h23; all actual.",
    "'Kế hoạch số 95/KH-UBND ngày 15/3/2024', section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, VX2' are not figures. '24/24 giờ' optional.",
    "'đạt 105,6% kế hoạch' is the percent of the estimate 16.900; bracketed 19 + 12 = 31 xe: total 31. The two percents have no base amount: figures.",
]

if __name__ == "__main__":
    emit("p676-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Ninh")
