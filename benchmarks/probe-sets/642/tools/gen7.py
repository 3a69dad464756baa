from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Chi cục Trồng trọt và Bảo vệ thực vật
Tin chuyên ngành

Tình hình sinh vật gây hại cây cà phê 9 tháng năm 2024

Toàn tỉnh hiện có 176.500 ha cà phê, trong đó 168.200 ha cho thu hoạch. 9 tháng năm 2024, tổng diện tích cà phê nhiễm sinh vật gây hại là 6.845 ha, giảm 1.230 ha so với cùng kỳ năm 2023, chiếm 3,9% diện tích cà phê toàn tỉnh.

Bảng: Diện tích nhiễm một số đối tượng chính trên cà phê
Đơn vị tính: ha
Đối tượng
9 tháng năm 2023
9 tháng năm 2024
Nhiễm nặng 9 tháng năm 2024
Rệp sáp
2.410
1.985
142
Mọt đục cành
1.760
1.530
96
Bệnh gỉ sắt
2.135
1.870
0
Bệnh khô cành, khô quả
1.050
780
35

Diện tích nhiễm tập trung tại Di Linh (1.920 ha), Bảo Lâm (1.640 ha) và Lâm Hà (1.210 ha), chủ yếu trên vườn cà phê già cỗi trên 20 năm tuổi, trồng giống TR4, TR9 chưa được tái canh. Riêng mọt đục cành, tỷ lệ cành bị hại phổ biến 5-7%, cục bộ 15-20% tại xã Gia Hiệp (Di Linh).

Chi cục đã phối hợp các địa phương tổ chức 46 lớp tập huấn IPM cho 1.380 lượt nông dân; hỗ trợ 2.400 lít chế phẩm sinh học Metarhizium, tương đương 360 ha. Kế hoạch quý IV/2024: phấn đấu giữ diện tích nhiễm nặng dưới 300 ha, thu gom, tiêu hủy 100% cành bị mọt đục.

Địa chỉ: số 16 Lê Hồng Phong, Phường 4, TP. Đà Lạt | ĐT: 0263.3822.386
Tổng lượt truy cập: 2.416.930
"""

Y23 = P("9 tháng năm 2023", start="2023-01-01", end="2023-09-30")
Y24 = P("9 tháng năm 2024", start="2024-01-01", end="2024-09-30")
H24 = P("Nhiễm nặng 9 tháng năm 2024", start="2024-01-01", end="2024-09-30")

def row(label, a23, n23, v23, a24, n24, v24, an, nn, vn):
    return [
        F(a23, n23, v23, "measure", "ha", subject=f"{label} diện tích nhiễm 9 tháng năm 2023", period=Y23),
        F(a24, n24, v24, "measure", "ha", subject=f"{label} diện tích nhiễm 9 tháng năm 2024", period=Y24),
        F(an, nn, vn, "measure", "ha", subject=f"{label} diện tích nhiễm nặng 9 tháng năm 2024", period=H24),
    ]

FIGS = [
    F("176.500 ha", "176.500", 176500, "measure", "ha", subject="diện tích cà phê"),
    F("168.200 ha", "168.200", 168200, "measure", "ha", total=176500, subject="diện tích cà phê cho thu hoạch"),
    F("là 6.845 ha", "6.845", 6845, "measure", "ha", percent=3.9,
      change=CH("decrease", 1230, "ha", baseline="cùng kỳ năm 2023"),
      subject="tổng diện tích cà phê nhiễm sinh vật gây hại", period=Y24),
    *row("Rệp sáp", "Rệp sáp\n2.410", "2.410", 2410, "1.985", "1.985", 1985, "142", "142", 142),
    *row("Mọt đục cành", "1.760", "1.760", 1760, "1.530", "1.530", 1530, "\n96\n", "96", 96),
    *row("Bệnh gỉ sắt", "2.135", "2.135", 2135, "1.870", "1.870", 1870, "1.870\n0\n", "0", 0),
    *row("Bệnh khô cành, khô quả", "1.050", "1.050", 1050, "\n780\n", "780", 780, "\n35\n", "35", 35),
    F("Di Linh (1.920 ha)", "1.920", 1920, "measure", "ha", subject="diện tích cà phê nhiễm sinh vật gây hại",
      period=I(Y24), location="Di Linh"),
    F("Bảo Lâm (1.640 ha)", "1.640", 1640, "measure", "ha", subject="diện tích cà phê nhiễm sinh vật gây hại",
      period=I(Y24), location="Bảo Lâm"),
    F("Lâm Hà (1.210 ha)", "1.210", 1210, "measure", "ha", subject="diện tích cà phê nhiễm sinh vật gây hại",
      period=I(Y24), location="Lâm Hà"),
    F("phổ biến 5-7%", "5", 5, "percent", "%", value_max=7, subject="tỷ lệ cành cà phê bị mọt đục cành hại phổ biến",
      period=I(Y24)),
    F("cục bộ 15-20%", "15", 15, "percent", "%", value_max=20, subject="tỷ lệ cành cà phê bị mọt đục cành hại cục bộ",
      period=I(Y24), location="Di Linh"),
    F("trên 20 năm tuổi", "20", 20, "measure", "năm tuổi", approx="over", subject="tuổi vườn cà phê già cỗi",
      optional=True),
    F("46 lớp", "46", 46, "count", "lớp", subject="lớp tập huấn IPM"),
    F("1.380 lượt", "1.380", 1380, "count", "lượt nông dân", subject="lượt nông dân được tập huấn IPM"),
    F("2.400 lít", "2.400", 2400, "measure", "lít", subject="chế phẩm sinh học Metarhizium hỗ trợ"),
    F("tương đương 360 ha", "360", 360, "measure", "ha", subject="diện tích tương đương lượng chế phẩm sinh học hỗ trợ"),
    F("dưới 300 ha", "300", 300, "measure", "ha", approx="under", status="target", subject="diện tích cà phê nhiễm nặng",
      period=P("quý IV/2024", start="2024-10-01", end="2024-12-31")),
    F("100% cành", "100", 100, "percent", "%", status="target", subject="tỷ lệ cành bị mọt đục được thu gom, tiêu hủy",
      period=P("quý IV/2024", start="2024-10-01", end="2024-12-31")),
]

COMMENTS = [
    "Chi cục Trồng trọt và BVTV Lâm Đồng (department site, no dateline): coffee pests 9 tháng năm 2024, one-cell-per-line table",
    "with 'Đơn vị tính: ha' and period column headers (9 tháng năm 2023 | 9 tháng năm 2024 | Nhiễm nặng 9 tháng năm 2024).",
    "Table periods come from the column headers (scored, as in shared h23); the zero cell is a figure; no part-of cue in the table: no total.",
    "'trong đó 168.200 ha cho thu hoạch' is a part of the 176.500 ha. 'chiếm 3,9%' is the percent of 6.845 ha; 'tương đương 360 ha' an",
    "equivalent amount (own figure). District items have no cue: no total. 'trên 20 năm tuổi' (orchard age threshold) optional.",
    "'TR4, TR9' (clones), address, phone and 'Tổng lượt truy cập: 2.416.930' are not figures. 'Kế hoạch quý IV/2024: phấn đấu …' → target.",
    "'Toàn tỉnh hiện có' gives no period. The department's name implies Lâm Đồng.",
]

if __name__ == "__main__":
    emit("p642-7", TEXT, COMMENTS, FIGS, location="Lâm Đồng")
