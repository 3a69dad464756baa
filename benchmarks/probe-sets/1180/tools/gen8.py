"""p1180-8: provincial newspaper online (Báo Hòa Bình, tag '(BHB) -') - silage maize sown in quý I/2025, prices, feed mill, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hòa Bình điện tử
Kinh tế > Nông nghiệp

Hơn 1.500 ha ngô sinh khối được gieo trồng trong quý I

Cập nhật lúc 09:12, Thứ Năm, 03/04/2025

(BHB) - Quý I, các huyện Lạc Sơn, Tân Lạc, Yên Thủy đã gieo trồng 1.530 ha ngô sinh khối, đạt 51% kế hoạch vụ xuân, tăng 210 ha so với cùng kỳ năm 2024. Huyện Lạc Sơn dẫn đầu với 620 ha, tiếp đến là Tân Lạc và Yên Thủy với lần lượt 480 ha và 430 ha.

Giá ngô sinh khối tại ruộng hiện dao động 900-1.000 đồng/kg, cao hơn khoảng 100 đồng/kg so với cùng kỳ. Nhà máy chế biến thức ăn chăn nuôi của Công ty TNHH Minh Phát tại Khu công nghiệp Lương Sơn có công suất 20.000 tấn/năm, mỗi tháng thu mua bình quân 1.200 tấn ngô hạt và ngô sinh khối của nông dân trong tỉnh. Công ty đang liên kết với ba hợp tác xã, dự kiến đến cuối năm nâng sản lượng thu mua lên 1.800 tấn/tháng.

Năm 2024, diện tích ngô toàn tỉnh đạt 9.850 ha, trong đó ngô sinh khối 3.920 ha, chiếm 39,8%. Tỉnh hiện có 2 khu chăn nuôi tập trung và 156 trang trại chăn nuôi bò, tổng đàn bò trên 52.000 con.

Dự kiến cả năm 2025, diện tích ngô sinh khối toàn tỉnh đạt khoảng 4.200 ha, tăng 7,1% so với năm 2024. Ngành nông nghiệp phấn đấu 100% diện tích ngô sinh khối có hợp đồng bao tiêu sản phẩm.

Bùi Minh
"""

Q1 = per("Quý I", "2025-01-01", "2025-03-31")
HQ1 = per("trong quý I", "2025-01-01", "2025-03-31")
EOY = per("đến cuối năm", None, "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("cả năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích ngô sinh khối gieo trồng"

FIGS = [
    fig("Hơn 1.500 ha", "1.500", 1500, "measure", "ha", approx="over", subject=AREA, period=HQ1),
    fig("gieo trồng 1.530 ha", "1.530", 1530, "measure", "ha", percent=51,
        change=chg("increase", 210, "ha", "cùng kỳ năm 2024"), subject=AREA, period=Q1),
    fig("với 620 ha", "620", 620, "measure", "ha", subject=AREA, period=inh(Q1), location="Lạc Sơn"),
    fig("lượt 480 ha", "480", 480, "measure", "ha", subject=AREA, period=inh(Q1), location="Tân Lạc"),
    fig("và 430 ha", "430", 430, "measure", "ha", subject=AREA, period=inh(Q1), location="Yên Thủy"),
    fig("dao động 900-1.000", "900", 900, "money", "đồng/kg", value_max=1000,
        change=chg("increase", 100, "đồng/kg", "cùng kỳ", approx="about"),
        subject="giá ngô sinh khối tại ruộng"),
    fig("công suất 20.000 tấn", "20.000", 20000, "measure", "tấn/năm",
        subject="công suất nhà máy chế biến thức ăn chăn nuôi của Công ty TNHH Minh Phát", location="Lương Sơn"),
    fig("bình quân 1.200 tấn", "1.200", 1200, "measure", "tấn/tháng",
        subject="ngô hạt và ngô sinh khối công ty thu mua mỗi tháng", location="Lương Sơn"),
    fig("với ba hợp tác xã", "ba", 3, "count", "hợp tác xã",
        subject="hợp tác xã liên kết với công ty", location="Lương Sơn"),
    fig("lên 1.800 tấn", "1.800", 1800, "measure", "tấn/tháng", status="forecast",
        subject="sản lượng thu mua của công ty", period=EOY, location="Lương Sơn"),
    fig("đạt 9.850 ha", "9.850", 9850, "measure", "ha", subject="diện tích ngô toàn tỉnh", period=Y24),
    fig("3.920 ha", "3.920", 3920, "measure", "ha", total=9850, percent=39.8,
        subject="diện tích ngô sinh khối", period=Y24),
    fig("có 2 khu", "2", 2, "count", "khu chăn nuôi tập trung", subject="khu chăn nuôi tập trung"),
    fig("và 156 trang trại", "156", 156, "count", "trang trại", subject="trang trại chăn nuôi bò"),
    fig("trên 52.000 con", "52.000", 52000, "count", "con", approx="over", subject="tổng đàn bò"),
    fig("khoảng 4.200 ha", "4.200", 4200, "measure", "ha", approx="about", status="forecast",
        change=chg("increase", 7.1, "%", "năm 2024"), subject="diện tích ngô sinh khối toàn tỉnh", period=Y25),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ diện tích ngô sinh khối có hợp đồng bao tiêu sản phẩm", period=inh(Y25)),
]

NOTES = [
    "Provincial newspaper online (Báo Hòa Bình): headline figure, 'Cập nhật lúc 09:12, Thứ Năm, 03/04/2025' (published), tag '(BHB) -', byline at the end.",
    "Year-less 'Quý I' / 'trong quý I' take 2025 from the dateline; 'đến cuối năm' = as of 2025-12-31.",
    "1.530 ha is the sum of three districts: location the province. The 'lần lượt' list after 'dẫn đầu … tiếp đến' has no part-of cue: no totals.",
    "'tăng 210 ha so với cùng kỳ năm 2024' and 'cao hơn khoảng 100 đồng/kg so với cùng kỳ' are changes. Company passage in Lương Sơn (Khu công nghiệp Lương Sơn).",
    "'trong đó ngô sinh khối 3.920 ha, chiếm 39,8%' → total 9.850 and percent 39.8. Distractors: 09:12, 'Thứ Năm', BHB tag, 'Khu công nghiệp'.",
]

if __name__ == "__main__":
    write("p1180-8", TEXT, NOTES, FIGS, published="2025-04-03", location="Hòa Bình")
