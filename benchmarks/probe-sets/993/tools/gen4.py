"""p993-4: ministry site (Cục Thú y, Bộ NN&PTNT), national rabies situation, 8 months 2024."""
from lib import fig, period, change, write_set

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Tin tức > Dịch bệnh động vật
Ngày đăng: 26/09/2024 | 15:40

Ngày Thế giới phòng, chống bệnh dại 28/9: cả nước còn 31 tỉnh có ổ dịch dại trên động vật

Theo Cục Thú y, 8 tháng đầu năm 2024, cả nước ghi nhận 154 ổ dịch dại trên chó, mèo tại 31 tỉnh, thành phố, tăng 21 ổ dịch so với cùng kỳ năm 2023. Các địa phương có nhiều ổ dịch là Nghệ An (18 ổ dịch), Gia Lai (15 ổ dịch), Hà Giang (12 ổ dịch) và Điện Biên (11 ổ dịch).

Về bệnh dại trên người, theo Bộ Y tế, từ đầu năm đến ngày 15/9/2024 cả nước có 67 ca tử vong, trung bình mỗi tháng khoảng 8 ca; gần 400.000 người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn.

Cả nước hiện có khoảng 7,5 triệu con chó và hơn 4,2 triệu con mèo, nhưng tỷ lệ tiêm phòng dại bình quân mới đạt 38,5% tổng đàn, thấp xa so với yêu cầu tối thiểu 70% để tạo miễn dịch quần thể. Đáng chú ý, khoảng 90% số ca tử vong do dại là người bị chó nuôi thả rông cắn nhưng không đi tiêm phòng.

Thực hiện Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030 (Quyết định số 2151/QĐ-TTg), mục tiêu đến năm 2025 có ít nhất 70% số tỉnh, thành phố đạt tỷ lệ tiêm phòng dại trên 70% tổng đàn chó; đến năm 2030 giảm 90% số ca tử vong do dại so với giai đoạn 2016-2020. Hiện mới có 12/63 tỉnh, thành phố đạt yêu cầu này, trong đó 5 địa phương đã được công nhận vùng an toàn dịch bệnh dại.

Cục Thú y đề nghị các địa phương tổ chức tiêm phòng đợt 2 năm 2024, quản lý chặt chó nuôi, xử lý nghiêm chó thả rông.

Cục Thú y - Số 15, ngõ 78 đường Giải Phóng, Đống Đa, Hà Nội
"""

M8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8_INH = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31", inherited=True)
YTD = period("từ đầu năm đến ngày 15/9/2024", "2024-01-01", "2024-09-15")
LIST = "ổ dịch dại trên chó, mèo"

FIGS = [
    fig("cả nước còn 31 tỉnh", "31", 31, "count", "tỉnh", "tỉnh có ổ dịch dại trên động vật"),
    fig("ghi nhận 154 ổ dịch", "154", 154, "count", "ổ dịch", LIST,
        change=change("increase", 21, "ổ dịch", "cùng kỳ năm 2023"), period=M8),
    fig("tại 31 tỉnh, thành phố", "31", 31, "count", "tỉnh, thành phố",
        "tỉnh, thành phố có ổ dịch dại trên chó, mèo", period=M8),
    fig("Nghệ An (18 ổ dịch)", "18", 18, "count", "ổ dịch", LIST, period=M8_INH, location="Nghệ An"),
    fig("Gia Lai (15 ổ dịch)", "15", 15, "count", "ổ dịch", LIST, period=M8_INH, location="Gia Lai"),
    fig("Hà Giang (12 ổ dịch)", "12", 12, "count", "ổ dịch", LIST, period=M8_INH, location="Hà Giang"),
    fig("Điện Biên (11 ổ dịch)", "11", 11, "count", "ổ dịch", LIST, period=M8_INH, location="Điện Biên"),
    fig("có 67 ca tử vong", "67", 67, "count", "ca", "ca tử vong do bệnh dại trên người", period=YTD),
    fig("khoảng 8 ca", "8", 8, "measure", "ca/tháng", "ca tử vong do bệnh dại trung bình mỗi tháng",
        approx="about", period=YTD),
    fig("gần 400.000 người", "400.000", 400000, "count", "người",
        "người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn", approx="nearly", period=YTD),
    fig("khoảng 7,5 triệu con chó", "7,5", 7.5e6, "count", "con", "chó", approx="about"),
    fig("hơn 4,2 triệu con mèo", "4,2", 4.2e6, "count", "con", "mèo", approx="over"),
    fig("đạt 38,5% tổng đàn", "38,5", 38.5, "percent", "%", "tỷ lệ tiêm phòng dại bình quân"),
    fig("tối thiểu 70%", "70", 70, "percent", "%", "yêu cầu tỷ lệ tiêm phòng để tạo miễn dịch quần thể",
        approx="at_least", optional=True),
    fig("khoảng 90% số ca", "90", 90, "percent", "%",
        "ca tử vong do dại là người bị chó nuôi thả rông cắn nhưng không đi tiêm phòng", approx="about"),
    fig("ít nhất 70% số tỉnh", "70", 70, "percent", "%",
        "tỉnh, thành phố đạt tỷ lệ tiêm phòng dại trên 70% tổng đàn chó", approx="at_least",
        status="target", period=period("đến năm 2025", None, "2025-12-31")),
    fig("trên 70% tổng đàn chó", "70", 70, "percent", "%", "tỷ lệ tiêm phòng dại tổng đàn chó",
        approx="over", status="target", optional=True),
    fig("giảm 90% số ca", "90", 90, "percent", "%", "giảm số ca tử vong do dại so với giai đoạn 2016-2020",
        status="target", period=period("đến năm 2030", None, "2030-12-31")),
    fig("có 12/63 tỉnh", "12", 12, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đạt tỷ lệ tiêm phòng dại trên 70% tổng đàn chó", total=63),
    fig("trong đó 5 địa phương", "5", 5, "count", "địa phương",
        "địa phương được công nhận vùng an toàn dịch bệnh dại", total=12),
]

NOTES = [
    "Cục Thú y (Bộ NN&PTNT), 26/09/2024: ổ dịch dại 8 tháng đầu năm 2024, ca tử vong, tổng đàn chó mèo, Chương trình quốc gia 2022-2030.",
    "Not figures: '28/9' (World Rabies Day), 'giai đoạn 2022-2030', '2016-2020', Quyết định số 2151/QĐ-TTg, 'đợt 2 năm 2024', the address, '15:40'.",
    "National article: location Việt Nam; list items take their province. 'khoảng 8 ca' a month is a rate (measure, ca/tháng).",
    "'yêu cầu tối thiểu 70%' (herd-immunity threshold) and 'trên 70% tổng đàn chó' (the criterion inside the target) are thresholds: optional.",
    "'giảm 90% số ca tử vong' is a target rate with no base amount: a percent figure with status target, no change. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write_set("p993-4", TEXT, FIGS, NOTES, published="2024-09-26", location="Việt Nam")
