from lib import Doc, per, chg

d = Doc("p890-3", published="2024-10-14", location="Vĩnh Long", notes=[
    "Báo cáo UBND tỉnh Vĩnh Long số 287/BC-UBND: sản xuất, xuất khẩu bưởi 9 tháng đầu năm 2024, nhiệm vụ quý IV/2024.",
    "Letterhead, 'Số: 287/BC-UBND', 'Công văn số 2150/BNN-TT ngày 25/3/2024', section numbers I., II., 1.-3. are not figures.",
    "Flattened '|' table (Đơn vị tính: ha): every cell a measure in ha; district row label -> location, 'Các huyện còn lại' and",
    "'Tổng cộng' rows -> Vĩnh Long; period from 'Tính đến 30/9/2024' above the table (inherited). Table cells carry no totals.",
    "'đạt 78,3% kế hoạch năm' after the 9-month output is its percent. 'tăng 1,4 lần so với cùng kỳ' is the export's change.",
])
d.text = """UBND TỈNH VĨNH LONG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ bưởi 9 tháng đầu năm 2024 và nhiệm vụ quý IV/2024

Thực hiện Công văn số 2150/BNN-TT ngày 25/3/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến 30/9/2024, toàn tỉnh có 8.420 ha bưởi, trong đó bưởi Năm Roi 6.150 ha, chiếm 73,0%. Sản lượng 9 tháng ước đạt 98.700 tấn, đạt 78,3% kế hoạch năm, tăng 4,6% so với cùng kỳ năm 2023.
Diện tích bưởi phân theo huyện:
Đơn vị tính: ha
Huyện, thị xã | Tổng diện tích | Diện tích cho trái | Diện tích VietGAP
Bình Minh | 2.310 | 2.050 | 410
Tam Bình | 1.980 | 1.620 | 265
Trà Ôn | 1.540 | 1.260 | 150
Vũng Liêm | 1.215 | 980 | 95
Các huyện còn lại | 1.375 | 1.090 | 80
Tổng cộng | 8.420 | 7.000 | 1.000

2. Xuất khẩu
9 tháng, các doanh nghiệp, hợp tác xã xuất khẩu 5.860 tấn bưởi, tăng 1,4 lần so với cùng kỳ; trong đó sang Hoa Kỳ 1.240 tấn, Liên minh châu Âu 2.015 tấn. Giá bưởi Năm Roi loại 1 bình quân 22.000 đồng/kg. Toàn tỉnh đã được cấp 38 mã số vùng trồng bưởi với diện tích 1.146 ha.

3. Tồn tại, hạn chế
Khoảng 14% diện tích bưởi bị nhiễm sâu đục trái; giá phân bón tăng 8-10% làm giảm lợi nhuận của nhà vườn.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến sản lượng quý IV đạt khoảng 27.500 tấn, nâng sản lượng cả năm lên 126.200 tấn. Phấn đấu đến năm 2025 có 1.500 ha bưởi đạt VietGAP và 50 mã số vùng trồng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""
A930 = per("Tính đến 30/9/2024", end="2024-09-30")
T930 = per("Tính đến 30/9/2024", end="2024-09-30", inherited=True)
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
d.add("có 8.420 ha", "8.420", 8420, "measure", "ha", subject="diện tích bưởi", period=A930)
d.add("Năm Roi 6.150 ha", "6.150", 6150, "measure", "ha", total=8420, percent=73.0,
      subject="diện tích bưởi Năm Roi", period=A930)
d.add("ước đạt 98.700 tấn", "98.700", 98700, "measure", "tấn", status="estimate", percent=78.3,
      change=chg("increase", 4.6, "%", "cùng kỳ năm 2023"),
      subject="sản lượng bưởi", period=M9)
rows = [("Bình Minh", "Bình Minh", ["2.310", "2.050", "410"]),
        ("Tam Bình", "Tam Bình", ["1.980", "1.620", "265"]),
        ("Trà Ôn", "Trà Ôn", ["1.540", "1.260", "150"]),
        ("Vũng Liêm", "Vũng Liêm", ["1.215", "980", "95"]),
        ("Các huyện còn lại", None, ["1.375", "1.090", "80"]),
        ("Tổng cộng", None, ["8.420", "7.000", "1.000"])]
cols = ["tổng diện tích bưởi", "diện tích bưởi cho trái", "diện tích bưởi VietGAP"]
for label, place, cells in rows:
    for i, c in enumerate(cells):
        anchor = f"{label if i == 0 else cells[i - 1]} | {c}"
        subj = cols[i]
        if place is None:
            subj = f"{cols[i]} {label.lower()}" if label != "Tổng cộng" else f"{cols[i]} toàn tỉnh (tổng cộng)"
        d.add(anchor, c, float(c.replace(".", "")), "measure", "ha", subject=subj, period=T930,
              location=place)
d.add("xuất khẩu 5.860 tấn", "5.860", 5860, "measure", "tấn",
      change=chg("increase", 1.4, "lần", "cùng kỳ"), subject="bưởi xuất khẩu", period=M9)
d.add("Hoa Kỳ 1.240 tấn", "1.240", 1240, "measure", "tấn", total=5860,
      subject="bưởi xuất khẩu sang Hoa Kỳ", period=M9)
d.add("châu Âu 2.015 tấn", "2.015", 2015, "measure", "tấn", total=5860,
      subject="bưởi xuất khẩu sang Liên minh châu Âu", period=M9)
d.add("bình quân 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg",
      subject="giá bưởi Năm Roi loại 1 bình quân",
      period=per("9 tháng", "2024-01-01", "2024-09-30", inherited=True))
d.add("cấp 38 mã số", "38", 38, "count", "mã số vùng trồng", subject="mã số vùng trồng bưởi được cấp")
d.add("diện tích 1.146 ha", "1.146", 1146, "measure", "ha",
      subject="diện tích vùng trồng bưởi được cấp mã số")
d.add("Khoảng 14%", "14", 14, "percent", "%", approx="about",
      subject="tỷ lệ diện tích bưởi bị nhiễm sâu đục trái")
d.add("tăng 8-10%", "8", 8, "percent", "%", value_max=10, subject="giá phân bón")
d.add("khoảng 27.500 tấn", "27.500", 27500, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng bưởi quý IV", period=per("quý IV", "2024-10-01", "2024-12-31"))
d.add("lên 126.200 tấn", "126.200", 126200, "measure", "tấn", status="forecast",
      subject="sản lượng bưởi cả năm", period=per("cả năm", "2024-01-01", "2024-12-31"))
T25 = per("đến năm 2025", end="2025-12-31")
d.add("có 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
      subject="diện tích bưởi đạt VietGAP", period=T25)
d.add("và 50 mã số", "50", 50, "count", "mã số vùng trồng", status="target",
      subject="mã số vùng trồng bưởi", period=T25)
d.write()
