"""p569-3: Sở Xây dựng Bắc Ninh formal report — urban wastewater 9 months 2024, flattened '|' table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH BẮC NINH
SỞ XÂY DỰNG
Số: 215/BC-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý nước thải sinh hoạt đô thị 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống xử lý nước thải tập trung
Đến ngày 30/9/2024, toàn tỉnh có 6 nhà máy xử lý nước thải sinh hoạt đô thị đang vận hành với tổng công suất 94.000 m³/ngày đêm. 9 tháng năm 2024, tổng lượng nước thải được xử lý ước đạt 17,3 triệu m³, đạt 76,9% kế hoạch năm, tăng 9,4% so với cùng kỳ. Chi tiết tại bảng sau:

Bảng 1. Kết quả vận hành theo đô thị (tính đến 30/9/2024)
Đô thị | Công suất thiết kế (m³/ngày đêm) | Lưu lượng xử lý thực tế (m³/ngày đêm) | Số hộ đã đấu nối (hộ)
TP. Bắc Ninh | 43.000 | 36.800 | 41.250
TP. Từ Sơn | 28.000 | 19.650 | 22.910
TX. Quế Võ | 15.000 | 6.120 | 7.840
TX. Thuận Thành | 8.000 | 2.930 | 3.460

2. Mạng lưới thu gom
Trong 9 tháng, toàn tỉnh xây mới 27,4 km tuyến cống thu gom, nâng tổng chiều dài mạng lưới lên 612,8 km; tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 58,3% (chỉ tiêu năm 2024 là 60%).

II. TỒN TẠI, HẠN CHẾ
Tỷ lệ đấu nối tại các khu đô thị mới còn thấp, từ 35 đến 45%; một số nhà máy vận hành dưới 40% công suất thiết kế.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến khởi công Nhà máy XLNT số 2 tại huyện Yên Phong công suất 12.000 m³/ngày đêm, tổng mức đầu tư 468 tỷ đồng; phấn đấu cả năm 2024 xử lý 22,5 triệu m³ nước thải.

Nơi nhận:
- Bộ Xây dựng;
- UBND tỉnh;
- Lưu: VT, HTKT.
"""

ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
TAB = INH(P("tính đến 30/9/2024", None, "2024-09-30"))
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CAP = "m³/ngày đêm"
C1, C2, C3 = "công suất thiết kế", "lưu lượng xử lý thực tế", "số hộ đã đấu nối"
rows = [
    ("Bắc Ninh", "Bắc Ninh | 43.000", "43.000", "| 36.800 |", "36.800", "| 41.250", "41.250"),
    ("Từ Sơn", "Từ Sơn | 28.000", "28.000", "| 19.650 |", "19.650", "| 22.910", "22.910"),
    ("Quế Võ", "Quế Võ | 15.000", "15.000", "| 6.120 |", "6.120", "| 7.840", "7.840"),
    ("Thuận Thành", "Thuận Thành | 8.000", "8.000", "| 2.930 |", "2.930", "| 3.460", "3.460"),
]
FIGS = [
    F("có 6 nhà máy", "6", 6, "count", "nhà máy",
      subject="nhà máy xử lý nước thải sinh hoạt đô thị đang vận hành", period=ASOF),
    F("suất 94.000 m³", "94.000", 94000, "measure", CAP,
      subject="tổng công suất nhà máy xử lý nước thải sinh hoạt đô thị", period=ASOF),
    F("đạt 17,3 triệu m³", "17,3", 17.3e6, "measure", "m³", percent=76.9, status="estimate",
      change=CH("increase", 9.4, "%", "cùng kỳ"),
      subject="tổng lượng nước thải được xử lý", period=M9),
]
for loc, a1, n1, a2, n2, a3, n3 in rows:
    v = lambda s: float(s.replace(".", ""))
    FIGS += [
        F(a1, n1, v(n1), "measure", CAP, subject=C1, period=TAB, location=loc),
        F(a2, n2, v(n2), "measure", CAP, subject=C2, period=TAB, location=loc),
        F(a3, n3, v(n3), "count", "hộ", subject=C3, period=TAB, location=loc),
    ]
FIGS += [
    F("mới 27,4 km", "27,4", 27.4, "measure", "km", subject="tuyến cống thu gom xây mới",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("lên 612,8 km", "612,8", 612.8, "measure", "km", subject="tổng chiều dài mạng lưới thu gom",
      period=INH(P("Trong 9 tháng", None, "2024-09-30"))),
    F("đạt 58,3%", "58,3", 58.3, "percent", "%", target=TG(60, "%", False),
      subject="tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("từ 35 đến 45%", "35", 35, "percent", "%", value_max=45,
      subject="tỷ lệ đấu nối tại các khu đô thị mới"),
    F("dưới 40%", "40", 40, "percent", "%", approx="under",
      subject="công suất vận hành của một số nhà máy so với công suất thiết kế"),
    F("suất 12.000 m³", "12.000", 12000, "measure", CAP, status="forecast",
      subject="công suất Nhà máy XLNT số 2", location="Yên Phong",
      period=INH(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))),
    F("tư 468 tỷ đồng", "468", 468e9, "money", "đồng", status="forecast",
      subject="tổng mức đầu tư Nhà máy XLNT số 2", location="Yên Phong",
      period=INH(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))),
    F("xử lý 22,5 triệu m³", "22,5", 22.5e6, "measure", "m³", status="target",
      subject="lượng nước thải xử lý", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở Xây dựng Bắc Ninh, formal report 'Số: 215/BC-SXD', place-and-date line 'Bắc Ninh, ngày 08 tháng 10 năm 2024'.",
    "Flattened '|' table (Bảng 1): rows are cities/towns (location), columns give subject and unit; period from the title line",
    "'(tính đến 30/9/2024)' (inherited, not scored). Table rows have no part-of cue to the 94.000 total: no total.",
    "Distractors: 'Số: 215/BC-SXD', 'Bảng 1', section numbers I./II./III., 1./2., 'Nhà máy XLNT số 2', 'QUÝ IV/2024' heading.",
    "'(chỉ tiêu năm 2024 là 60%)' is the 58,3%'s target. 'Dự kiến' makes the Yên Phong plant forecast; 'phấn đấu' a target.",
    "612,8 km is a stock at the end of the 9 months: its period is left inherited (unscored).",
]

if __name__ == "__main__":
    emit("p569-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Ninh")
