"""p1371-1: province portal (Quảng Ngãi): fuel sales 9 months 2024, station network, e-invoices, inspections."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Ngãi
Trang chủ > Tin tức - Sự kiện > Kinh tế

Tiêu thụ xăng dầu 9 tháng tăng gần 6%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.846

Theo Sở Công Thương, 9 tháng đầu năm 2024, tổng lượng xăng dầu bán ra trên địa bàn tỉnh Quảng Ngãi ước đạt 312.500 m3, tăng 5,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, xăng các loại 141.300 m3; dầu diesel 163.900 m3, chiếm 52,4%; dầu hỏa và dầu mazut 7.300 m3.

Toàn tỉnh hiện có 286 cửa hàng bán lẻ xăng dầu, trong đó 64 cửa hàng thuộc hệ thống của các thương nhân đầu mối. Mật độ bình quân khoảng 5,5 cửa hàng/100 km2. Riêng huyện Bình Sơn, nơi có Khu kinh tế Dung Quất, có 38 cửa hàng, nhiều nhất tỉnh.

Từ đầu năm đến nay, Sở Công Thương phối hợp với Cục Quản lý thị trường tỉnh kiểm tra 97 cơ sở kinh doanh xăng dầu, phát hiện 12 cơ sở vi phạm, xử phạt hành chính gần 186 triệu đồng. Các vi phạm chủ yếu là không xuất hóa đơn điện tử cho từng lần bán hàng, niêm yết giá không đúng quy định và sử dụng cột đo chưa được kiểm định theo Thông tư số 15/2024/TT-BKHCN.

Đến ngày 30/9/2024, 279/286 cửa hàng đã kết nối, chuyển dữ liệu hóa đơn điện tử từng lần bán hàng về cơ quan thuế, đạt 97,6%.

Sở Công Thương dự báo nhu cầu xăng dầu quý IV khoảng 98.000 m3, đưa tổng lượng bán ra cả năm lên trên 410.000 m3. Dự kiến đến cuối năm, tỉnh có thêm 7 cửa hàng đi vào hoạt động dọc tuyến cao tốc Đà Nẵng - Quảng Ngãi và Quốc lộ 24.

Đường dây nóng của Sở Công Thương: 0255.3822.615.

Tin liên quan:
- Quảng Ngãi: Kiểm tra việc chấp hành quy định về hóa đơn điện tử xăng dầu
- Thông báo giá bán lẻ xăng dầu kỳ điều hành ngày 10/10/2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
ASOF = per("Đến ngày 30/9/2024", end="2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
EOY = per("đến cuối năm", end="2024-12-31")

FIGS = [
    fig("tăng gần 6%", "6", 6, "percent", "%", approx="nearly",
        subject="tiêu thụ xăng dầu", period=NINE_H),
    fig("ước đạt 312.500 m3", "312.500", 312500, "measure", "m3", status="estimate", percent=76.2,
        change=chg("increase", 5.8, "%", "cùng kỳ năm 2023"),
        subject="tổng lượng xăng dầu bán ra", period=NINE),
    fig("xăng các loại 141.300 m3", "141.300", 141300, "measure", "m3", total=312500, status="estimate",
        subject="lượng xăng các loại bán ra", period=inh(NINE)),
    fig("dầu diesel 163.900 m3", "163.900", 163900, "measure", "m3", total=312500, percent=52.4,
        status="estimate", subject="lượng dầu diesel bán ra", period=inh(NINE)),
    fig("mazut 7.300 m3", "7.300", 7300, "measure", "m3", total=312500, status="estimate",
        subject="lượng dầu hỏa và dầu mazut bán ra", period=inh(NINE)),
    fig("có 286 cửa hàng", "286", 286, "count", "cửa hàng", subject="cửa hàng bán lẻ xăng dầu"),
    fig("trong đó 64 cửa hàng", "64", 64, "count", "cửa hàng", total=286,
        subject="cửa hàng thuộc hệ thống của các thương nhân đầu mối"),
    fig("khoảng 5,5 cửa hàng", "5,5", 5.5, "measure", "cửa hàng/100 km2", approx="about",
        subject="mật độ bình quân cửa hàng bán lẻ xăng dầu"),
    fig("có 38 cửa hàng", "38", 38, "count", "cửa hàng", subject="cửa hàng bán lẻ xăng dầu",
        location="Bình Sơn"),
    fig("kiểm tra 97 cơ sở", "97", 97, "count", "cơ sở", subject="cơ sở kinh doanh xăng dầu được kiểm tra",
        period=YTD),
    fig("phát hiện 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("gần 186 triệu", "186", 186e6, "money", "đồng", approx="nearly",
        subject="tiền xử phạt hành chính cơ sở kinh doanh xăng dầu vi phạm", period=YTD),
    fig("279/286 cửa hàng", "279", 279, "count", "cửa hàng", total=286, percent=97.6,
        subject="cửa hàng đã kết nối, chuyển dữ liệu hóa đơn điện tử từng lần bán hàng về cơ quan thuế",
        period=ASOF),
    fig("khoảng 98.000 m3", "98.000", 98000, "measure", "m3", approx="about", status="forecast",
        subject="nhu cầu xăng dầu", period=Q4),
    fig("trên 410.000 m3", "410.000", 410000, "measure", "m3", approx="over", status="forecast",
        subject="tổng lượng xăng dầu bán ra cả năm", period=YEAR),
    fig("thêm 7 cửa hàng", "7", 7, "count", "cửa hàng", status="forecast",
        subject="cửa hàng xăng dầu đi vào hoạt động thêm", period=EOY),
]

NOTES = [
    "Province portal (Quảng Ngãi): fuel sales 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.846', hotline, related links.",
    "Distractors: 09:35, Lượt xem 1.846, Thông tư số 15/2024/TT-BKHCN, '100 km2' (denominator), Quốc lộ 24, hotline 0255.3822.615, 10/10/2024 in a link.",
    "Headline '9 tháng ... tăng gần 6%' is a percent figure (growth as the claim), year from published.",
    "'Trong đó' parts after a sentence break take total 312.500 and the estimate status; 'chiếm 52,4%' is a percent attribute of diesel.",
    "'dự báo' governs the quý IV clause and its continuation 'đưa ... cả năm lên trên 410.000 m3'; 'Dự kiến đến cuối năm' → forecast, as-of 2024-12-31.",
    "'Riêng huyện Bình Sơn ... 38 cửa hàng' → location Bình Sơn; no total (no cue).",
]

if __name__ == "__main__":
    write("p1371-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Ngãi")
