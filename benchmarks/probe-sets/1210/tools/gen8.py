"""p1210-8: provincial newspaper online (Báo Hà Giang, '(BHG) -'): konjac under forest canopy, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hà Giang điện tử
Kinh tế | Nông nghiệp

Khoai nưa dưới tán rừng: Hơn 4.500 ha, thu về trên 200 tỷ đồng

21/10/2024 - 09:30

(BHG) - Hà Giang hiện đứng thứ 2 cả nước về diện tích khoai nưa trồng dưới tán rừng, chỉ sau Lào Cai. 9 tháng năm 2024, toàn tỉnh trồng mới 620 ha, đạt 77,5% kế hoạch, nâng tổng diện tích lên 4.530 ha, tăng 16% so với cùng kỳ năm 2023.

Riêng quý III, thời điểm chính vụ thu hoạch, các hợp tác xã và doanh nghiệp đã thu mua khoảng 11.800 tấn củ tươi, tăng 2.300 tấn so với cùng kỳ. Giá thu mua bình quân 7.500 đồng/kg, có thời điểm lên tới 10.000 đồng/kg. Tổng giá trị khoai nưa từ đầu năm đến nay ước đạt trên 200 tỷ đồng.

Các huyện có diện tích lớn là Xín Mần, Hoàng Su Phì và Quản Bạ, lần lượt 1.260 ha, 980 ha và 715 ha. Tại xã Nấm Dẩn, huyện Xín Mần, HTX Nông lâm nghiệp Nấm Dẩn liên kết với 158 hộ, xây dựng xưởng sơ chế công suất 15 tấn/ngày. Mỗi năm, hợp tác xã xuất bán khoảng 900 tấn khoai nưa thái lát sấy khô sang Trung Quốc và Hàn Quốc. Thành viên hợp tác xã có thu nhập bình quân 5,5 triệu đồng/người/tháng.

Năm 2025, tỉnh phấn đấu đưa diện tích khoai nưa lên 5.200 ha; có ít nhất 3 chuỗi liên kết đạt chứng nhận hữu cơ. Theo Sở NN&PTNT, mỗi ha khoai nưa giúp hộ có thu nhập gấp đôi so với trồng ngô trên đất dốc.

Văn Tuấn
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("Riêng quý III", "2024-07-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích khoai nưa trồng dưới tán rừng"
XM = "Xín Mần"
HTX = "HTX Nông lâm nghiệp Nấm Dẩn"

FIGS = [
    fig("Hơn 4.500 ha", "4.500", 4500, "measure", "ha", approx="over", subject="diện tích khoai nưa dưới tán rừng"),
    fig("thu về trên 200 tỷ", "200", 200000000000, "money", "đồng", approx="over",
        subject="giá trị thu về từ khoai nưa"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject=f"xếp hạng cả nước về {AREA}"),
    fig("trồng mới 620 ha", "620", 620, "measure", "ha", percent=77.5,
        subject="diện tích khoai nưa trồng mới", period=M9),
    fig("lên 4.530 ha", "4.530", 4530, "measure", "ha", change=chg("increase", 16, "%", "cùng kỳ năm 2023"), subject="tổng diện tích khoai nưa", period=M9),
    fig("khoảng 11.800 tấn", "11.800", 11800, "measure", "tấn", approx="about",
        change=chg("increase", 2300, "tấn", "cùng kỳ"),
        subject="khoai nưa củ tươi các hợp tác xã và doanh nghiệp thu mua", period=Q3),
    fig("bình quân 7.500", "7.500", 7500, "money", "đồng/kg", subject="giá thu mua khoai nưa bình quân", period=inh(Q3)),
    fig("lên tới 10.000", "10.000", 10000, "money", "đồng/kg", subject="giá thu mua khoai nưa cao nhất", period=inh(Q3)),
    fig("ước đạt trên 200 tỷ", "200", 200000000000, "money", "đồng", approx="over", status="estimate",
        subject="tổng giá trị khoai nưa", period=YTD),
    fig("lần lượt 1.260 ha", "1.260", 1260, "measure", "ha", subject=AREA, period=inh(M9), location=XM),
    fig("980 ha", "980", 980, "measure", "ha", subject=AREA, period=inh(M9), location="Hoàng Su Phì"),
    fig("715 ha", "715", 715, "measure", "ha", subject=AREA, period=inh(M9), location="Quản Bạ"),
    fig("với 158 hộ", "158", 158, "count", "hộ", subject=f"hộ liên kết với {HTX}", location=XM),
    fig("15 tấn/ngày", "15", 15, "measure", "tấn/ngày", subject="công suất xưởng sơ chế khoai nưa", location=XM),
    fig("khoảng 900 tấn", "900", 900, "measure", "tấn", approx="about",
        subject="khoai nưa thái lát sấy khô hợp tác xã xuất bán mỗi năm", location=XM),
    fig("bình quân 5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng",
        subject=f"thu nhập bình quân thành viên {HTX}", location=XM),
    fig("lên 5.200 ha", "5.200", 5200, "measure", "ha", status="target", subject="diện tích khoai nưa", period=Y25),
    fig("ít nhất 3 chuỗi", "3", 3, "count", "chuỗi liên kết", approx="at_least", status="target",
        subject="chuỗi liên kết đạt chứng nhận hữu cơ", period=Y25),
    fig("gấp đôi", "đôi", 2, "multiple", "lần",
        subject="thu nhập mỗi ha khoai nưa so với trồng ngô trên đất dốc"),
]

NOTES = [
    "Provincial newspaper online (Báo Hà Giang): headline figures, dateline '21/10/2024 - 09:30', tag '(BHG) -', byline at the end.",
    "Distractors: 09:30, the dateline, 'chỉ sau Lào Cai' (no number). 'đứng thứ 2 cả nước' → rank 2, location Hà Giang (the province ranked).",
    "Year-less 'quý III' takes 2024 (the 9-month sentence before). 'từ đầu năm đến nay' ends at the dateline. 'có thời điểm lên tới 10.000' is exact (peak).",
    "District list 'lần lượt' (1.260+980+715 ≠ 4.530): no total; districts are locations. HTX passage placed in Xín Mần (xã Nấm Dẩn).",
    "'gấp đôi so với trồng ngô' stands as the claim → multiple 2 (đôi). Targets 'Năm 2025, tỉnh phấn đấu' → target; '; có ít nhất 3 chuỗi' continues it.",
]

if __name__ == "__main__":
    write("p1210-8", TEXT, NOTES, FIGS, published="2024-10-21", location="Hà Giang")
