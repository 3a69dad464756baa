from lib import *

A = """UBND TỈNH SÓC TRĂNG
SỞ XÂY DỰNG
Số: 287/BC-SXD
Sóc Trăng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình cung cấp nước sạch và thu tiền nước 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cung cấp nước sạch
6 tháng đầu năm 2024, tỷ lệ hộ dân đô thị trên địa bàn tỉnh Sóc Trăng được sử dụng nước sạch đạt 96,4%; tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn đạt 61,8% (chỉ tiêu năm 2024 là 63%).

Bảng 1. Kết quả cung cấp nước sạch theo địa bàn
Địa bàn | Số khách hàng | Sản lượng nước tiêu thụ (nghìn m3) | Tỷ lệ thất thoát (%)
TP Sóc Trăng | 38.412 | 4.126 | 14,8
Thị xã Vĩnh Châu | 12.905 | 1.088 | 19,6
Thị xã Ngã Năm | 7.364 | 612 | 21,3
Huyện Kế Sách | 9.870 | 734 | 17,9
Huyện Mỹ Tú | 6.215 | 455 | 22,4
Toàn tỉnh | 74.766 | 7.015 | 17,2

2. Giá nước và thu tiền nước
Giá nước sạch sinh hoạt bình quân hiện hành là 9.800 đồng/m3 ở khu vực đô thị và 7.200 đồng/m3 ở khu vực nông thôn (theo Quyết định số 15/2022/QĐ-UBND). Doanh thu tiền nước 6 tháng đầu năm đạt 68,4 tỷ đồng, bằng 51,2% kế hoạch năm. Nợ tiền nước tồn đọng tính đến 30/6/2024 là 2,37 tỷ đồng, trong đó nợ quá hạn trên 3 tháng là 0,86 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến 31/12/2024 giảm tỷ lệ thất thoát nước toàn tỉnh xuống dưới 16%, phát triển mới khoảng 3.500 khách hàng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, P.QLXD.
"""

rows = [("TP Sóc Trăng", "TP Sóc Trăng", "38.412", "4.126", "14,8"),
        ("Thị xã Vĩnh Châu", "Vĩnh Châu", "12.905", "1.088", "19,6"),
        ("Thị xã Ngã Năm", "Ngã Năm", "7.364", "612", "21,3"),
        ("Huyện Kế Sách", "Kế Sách", "9.870", "734", "17,9"),
        ("Huyện Mỹ Tú", "Mỹ Tú", "6.215", "455", "22,4"),
        ("Toàn tỉnh", "Sóc Trăng", "74.766", "7.015", "17,2")]
PER = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)

def num(s):
    return float(s.replace(".", "").replace(",", "."))

FIG = [
    F("sử dụng nước sạch đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ hộ dân đô thị được sử dụng nước sạch",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("đạt 61,8%", "61,8", 61.8, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn",
      target=T(63, "%"), period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
]
for label, loc, kh, sl, tt in rows:
    pre = "Toàn tỉnh" if loc == "Sóc Trăng" else label
    FIG.append(F(f"{label} | {kh}", kh, num(kh), "count", "khách hàng", "Số khách hàng" + (" toàn tỉnh" if label == "Toàn tỉnh" else ""),
                 location=loc, period=PER))
    FIG.append(F(f"{kh} | {sl}", sl, num(sl) * 1000, "measure", "m3", "Sản lượng nước tiêu thụ" + (" toàn tỉnh" if label == "Toàn tỉnh" else ""),
                 location=loc, period=PER))
    FIG.append(F(f"{sl} | {tt}", tt, num(tt), "percent", "%", "Tỷ lệ thất thoát" + (" toàn tỉnh" if label == "Toàn tỉnh" else ""),
                 location=loc, period=PER))
FIG += [
    F("là 9.800 đồng/m3", "9.800", 9800, "money", "đồng/m3", "giá nước sạch sinh hoạt bình quân khu vực đô thị"),
    F("và 7.200 đồng/m3", "7.200", 7200, "money", "đồng/m3", "giá nước sạch sinh hoạt bình quân khu vực nông thôn"),
    F("đạt 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", "doanh thu tiền nước", percent=51.2,
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("là 2,37 tỷ đồng", "2,37", 2.37e9, "money", "đồng", "nợ tiền nước tồn đọng",
      period=P("tính đến 30/6/2024", None, "2024-06-30")),
    F("trên 3 tháng", "3", 3, "measure", "tháng", "thời hạn nợ quá hạn", approx="over", optional=True),
    F("là 0,86 tỷ đồng", "0,86", 0.86e9, "money", "đồng", "nợ tiền nước quá hạn trên 3 tháng", total=2.37e9,
      period=P("tính đến 30/6/2024", None, "2024-06-30")),
    F("dưới 16%", "16", 16, "percent", "%", "tỷ lệ thất thoát nước toàn tỉnh", approx="under", status="target",
      period=P("đến 31/12/2024", None, "2024-12-31")),
    F("khoảng 3.500 khách hàng", "3.500", 3500, "count", "khách hàng", "khách hàng phát triển mới", approx="about",
      status="target", period=P("đến 31/12/2024", None, "2024-12-31")),
]

build(4, A, FIG, published="2024-07-08", location="Sóc Trăng", comments=[
    "Formal report of Sở Xây dựng Sóc Trăng (letterhead 'Số: 287/BC-SXD', place-and-date line 'Sóc Trăng, ngày 08 tháng 7 năm 2024'): water supply, first half of 2024.",
    "Flattened '|' table by district: customers (count), volume '(nghìn m3)' (×1000, unit m3), loss rate '(%)'. Row places go to location ('Toàn tỉnh' = Sóc Trăng);",
    "subject = column label; the period comes from the report title / section sentence, not the table's lines: inherited.",
    "Distractors: Số: 287/BC-SXD, Quyết định số 15/2022/QĐ-UBND, 'Bảng 1.', section numbers I./II./1./2., '30/6/2024', '31/12/2024', 'Lưu: VT'.",
    "'(chỉ tiêu năm 2024 là 63%)' is the target of 61,8%. 'bằng 51,2% kế hoạch năm' is the percent of 68,4 tỷ. 0,86 tỷ after 'trong đó' is a part of 2,37 tỷ.",
    "'trên 3 tháng' (overdue threshold) is optional. 'Doanh thu tiền nước 6 tháng đầu năm' takes its year (2024) from earlier in the report.",
])
