"""p594-4: Ministry of Science and Technology site — S&T enterprise certificates and patents, national."""
from lib import fig, per, inh, year, chg, emit

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 18/07/2024 | Lượt xem: 2.046

Cả nước có hơn 1.000 doanh nghiệp khoa học và công nghệ

Theo Cục Phát triển thị trường và doanh nghiệp khoa học và công nghệ, tính đến ngày 30/6/2024, cả nước có 1.024 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ tại 56/63 tỉnh, thành phố. Hà Nội và TP. Hồ Chí Minh lần lượt có 318 và 176 doanh nghiệp; tiếp đến là Đà Nẵng (47), Thái Nguyên (31), Bắc Ninh (28).

Trong 6 tháng đầu năm 2024, có 43 doanh nghiệp được cấp mới giấy chứng nhận, giảm 8,5% so với cùng kỳ năm 2023. Tổng doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ của các doanh nghiệp năm 2023 ước đạt khoảng 21.600 tỷ đồng, chiếm 34,7% tổng doanh thu.

Về sở hữu trí tuệ, cũng trong 6 tháng đầu năm 2024, Cục Sở hữu trí tuệ đã tiếp nhận 5.874 đơn đăng ký sáng chế, tăng 11,2% so với cùng kỳ, trong đó đơn của chủ thể Việt Nam là 716 đơn, chiếm 12,2%; đã cấp 2.463 bằng độc quyền sáng chế.

Năm 2023, Chỉ số Đổi mới sáng tạo toàn cầu (GII) của Việt Nam xếp thứ 46/132 quốc gia, nền kinh tế, đứng thứ 2 trong nhóm các nước thu nhập trung bình thấp.

Theo Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo, mục tiêu đến năm 2025 cả nước có 5.000 doanh nghiệp khoa học và công nghệ; số đơn đăng ký sáng chế tăng trung bình 16-18%/năm.

Bộ Khoa học và Công nghệ - 113 Trần Duy Hưng, quận Cầu Giấy, Hà Nội. Giấy phép số 28/GP-TTĐT.
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 1.000 doanh nghiệp", "1.000", 1000, "count", "doanh nghiệp",
        "doanh nghiệp khoa học và công nghệ", inh(ASOF), approx="over"),
    fig("có 1.024 doanh nghiệp", "1.024", 1024, "count", "doanh nghiệp",
        "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", ASOF),
    fig("tại 56/63 tỉnh", "56", 56, "count", "tỉnh, thành phố",
        "tỉnh, thành phố có doanh nghiệp khoa học và công nghệ", ASOF, total=63),
    fig("có 318 và", "318", 318, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ",
        inh(ASOF), location="Hà Nội"),
    fig("và 176 doanh nghiệp", "176", 176, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ",
        inh(ASOF), location="TP Hồ Chí Minh"),
    fig("Đà Nẵng (47)", "47", 47, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ",
        inh(ASOF), location="Đà Nẵng"),
    fig("Thái Nguyên (31)", "31", 31, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ",
        inh(ASOF), location="Thái Nguyên"),
    fig("Bắc Ninh (28)", "28", 28, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ",
        inh(ASOF), location="Bắc Ninh"),
    fig("có 43 doanh nghiệp", "43", 43, "count", "doanh nghiệp",
        "doanh nghiệp được cấp mới giấy chứng nhận doanh nghiệp khoa học và công nghệ", H1,
        change=chg("decrease", 8.5, "%", "cùng kỳ năm 2023")),
    fig("khoảng 21.600 tỷ đồng", "21.600", 21600e9, "money", "đồng",
        "tổng doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ", year(2023),
        approx="about", percent=34.7, status="estimate"),
    fig("tiếp nhận 5.874 đơn", "5.874", 5874, "count", "đơn", "đơn đăng ký sáng chế Cục Sở hữu trí tuệ tiếp nhận",
        H1, change=chg("increase", 11.2, "%", "cùng kỳ")),
    fig("là 716 đơn", "716", 716, "count", "đơn", "đơn đăng ký sáng chế của chủ thể Việt Nam", H1,
        total=5874, percent=12.2),
    fig("cấp 2.463 bằng", "2.463", 2463, "count", "bằng độc quyền sáng chế", "bằng độc quyền sáng chế được cấp", H1),
    fig("xếp thứ 46/132", "46", 46, "rank", "hạng", "Chỉ số Đổi mới sáng tạo toàn cầu (GII)", year(2023, "Năm 2023"),
        total=132),
    fig("đứng thứ 2 trong nhóm", "2", 2, "rank", "hạng",
        "Chỉ số Đổi mới sáng tạo toàn cầu (GII) trong nhóm các nước thu nhập trung bình thấp", year(2023, "Năm 2023")),
    fig("có 5.000 doanh nghiệp", "5.000", 5000, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ",
        T25, status="target"),
    fig("16-18%/năm", "16", 16, "percent", "%", "số đơn đăng ký sáng chế tăng trung bình mỗi năm", T25,
        value_max=18, status="target"),
]

COMMENTS = [
    "Bộ KH&CN site (breadcrumb, 'Ngày đăng … | Lượt xem …'): doanh nghiệp KH&CN by province to 30/6/2024, patents H1/2024, GII 2023.",
    "Location Việt Nam except the province list ('lần lượt có 318 và 176' → Hà Nội, TP HCM; 'Đà Nẵng (47)' …): no total (no part cue).",
    "'56/63 tỉnh, thành phố' → total 63; 'xếp thứ 46/132' → rank with total 132; 716 'trong đó' part of 5.874 with its share 12,2%.",
    "'ước đạt khoảng 21.600 tỷ' → estimate, approx about; '16-18%/năm' a target growth rate (percent range, no change).",
    "Not figures: Lượt xem 2.046, '113 Trần Duy Hưng', 'Giấy phép số 28/GP-TTĐT', dates. Headline 'hơn 1.000' takes the as-of date (inherited).",
]

if __name__ == "__main__":
    emit("p594-4", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Việt Nam")
