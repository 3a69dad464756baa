"""p1438-1: province portal (Bắc Ninh): specific land-price appraisal, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Ninh: Thẩm định giá đất 146 dự án trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, Hội đồng thẩm định giá đất tỉnh Bắc Ninh đã tổ chức 21 phiên họp, thẩm định phương án giá đất cụ thể cho 146 dự án, tăng 18 dự án so với cùng kỳ năm 2023. Trong đó, 97 dự án xác định giá đất để tính tiền bồi thường khi Nhà nước thu hồi đất, 49 dự án xác định giá khởi điểm đấu giá quyền sử dụng đất.

Tổng diện tích đất được định giá trong 9 tháng khoảng 1.240 ha; số tiền sử dụng đất, tiền thuê đất theo giá được phê duyệt ước đạt 8.650 tỷ đồng, bằng 72,1% dự toán thu năm. Thời gian thẩm định bình quân là 12 ngày làm việc/hồ sơ, giảm 3 ngày so với cùng kỳ.

Giá đất ở cụ thể được phê duyệt tại các phường của TP Bắc Ninh phổ biến từ 25 đến 65 triệu đồng/m2; tại khu vực nông thôn từ 7-12 triệu đồng/m2. Tại huyện Yên Phong, Hội đồng đã thẩm định giá đất cho 23 dự án với tổng diện tích thu hồi hơn 310 ha, chiếm gần 25% diện tích được định giá toàn tỉnh.

Quý IV, Sở phấn đấu hoàn thành thẩm định giá đất cho 35 dự án còn lại, đưa tổng số dự án cả năm lên trên 180 dự án. Sở cũng đề nghị các huyện, thành phố chủ động thuê tổ chức tư vấn xác định giá đất theo Nghị định số 71/2024/NĐ-CP ngày 27/6/2024 của Chính phủ.

Tin liên quan:
- Bắc Ninh công bố bảng giá đất điều chỉnh áp dụng đến hết năm 2025
- Tập huấn Luật Giá số 16/2023/QH15 cho cán bộ cấp xã
"""

HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE9 = per("trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    fig("giá đất 146 dự án", "146", 146, "count", "dự án", subject="dự án được thẩm định giá đất", period=HEAD),
    fig("tổ chức 21 phiên họp", "21", 21, "count", "phiên họp",
        subject="phiên họp của Hội đồng thẩm định giá đất tỉnh", period=NINE),
    fig("cụ thể cho 146 dự án", "146", 146, "count", "dự án",
        change=chg("increase", 18, "dự án", "cùng kỳ năm 2023"),
        subject="dự án được thẩm định phương án giá đất cụ thể", period=NINE),
    fig("Trong đó, 97 dự án", "97", 97, "count", "dự án", total=146,
        subject="dự án xác định giá đất để tính tiền bồi thường", period=inh(NINE)),
    fig("thu hồi đất, 49 dự án", "49", 49, "count", "dự án", total=146,
        subject="dự án xác định giá khởi điểm đấu giá quyền sử dụng đất", period=inh(NINE)),
    fig("khoảng 1.240 ha", "1.240", 1240, "measure", "ha", approx="about",
        subject="tổng diện tích đất được định giá", period=NINE9),
    fig("ước đạt 8.650 tỷ", "8.650", 8650e9, "money", "đồng", percent=72.1, status="estimate",
        subject="số tiền sử dụng đất, tiền thuê đất theo giá được phê duyệt", period=NINE9),
    fig("là 12 ngày", "12", 12, "measure", "ngày làm việc/hồ sơ",
        change=chg("decrease", 3, "ngày", "cùng kỳ"),
        subject="thời gian thẩm định bình quân", period=inh(NINE)),
    fig("từ 25 đến 65 triệu", "25", 25e6, "money", "đồng/m2", value_max=65e6,
        subject="giá đất ở cụ thể được phê duyệt tại các phường", period=inh(NINE)),
    fig("từ 7-12 triệu", "7", 7e6, "money", "đồng/m2", value_max=12e6,
        subject="giá đất ở cụ thể tại khu vực nông thôn", period=inh(NINE)),
    fig("cho 23 dự án", "23", 23, "count", "dự án", subject="dự án được Hội đồng thẩm định giá đất",
        period=inh(NINE), location=YP),
    fig("hơn 310 ha", "310", 310, "measure", "ha", approx="over", percent=25,
        subject="tổng diện tích thu hồi", period=inh(NINE), location=YP),
    fig("cho 35 dự án", "35", 35, "count", "dự án", status="target",
        subject="dự án còn lại hoàn thành thẩm định giá đất", period=Q4),
    fig("trên 180 dự án", "180", 180, "count", "dự án", approx="over", status="target",
        subject="tổng số dự án cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): specific land-price appraisal, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, Nghị định số 71/2024/NĐ-CP ngày 27/6/2024, 'năm 2025' and Luật Giá số 16/2023/QH15 in related links.",
    "Headline '146 dự án trong 9 tháng' is its own figure; year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break take the whole 146. 'bằng 72,1% dự toán' is the percent of 8.650 tỷ (estimate).",
    "Prices in the third paragraph carry the 9-month period of the first paragraph (inherited, not scored). 'TP Bắc Ninh' = location Bắc Ninh.",
    "Yên Phong passage: location Yên Phong; 'chiếm gần 25%' is the percent of 310 ha (the attribute keeps no approx).",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1438-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
