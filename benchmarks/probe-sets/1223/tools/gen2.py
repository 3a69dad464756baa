"""p1223-2: district portal (huyện Lương Sơn, Hòa Bình), a syringe / infusion-set factory in 2023."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LƯƠNG SƠN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Nhà máy vật tư y tế tạo việc làm cho gần 1.300 lao động địa phương

Thứ Ba, 12/03/2024 - 15:20

Năm 2023, Công ty TNHH Thiết bị y tế Tân Thành tại Khu công nghiệp Lương Sơn (Km 42, Quốc lộ 6) đạt doanh thu 415 tỷ đồng, tăng 22% so với năm 2022; nộp ngân sách nhà nước gần 19 tỷ đồng. Nhà máy có 26 dây chuyền sản xuất bơm kim tiêm, kim luồn tĩnh mạch và dây truyền dịch, trong đó 8 dây chuyền tự động hoàn toàn.

Trong năm, công ty sản xuất 640 triệu chiếc bơm kim tiêm các loại (dung tích từ 1 ml đến 10 ml), 95 triệu kim luồn và 38 triệu bộ dây truyền dịch; khoảng 65% sản lượng được xuất khẩu sang Hàn Quốc, Ấn Độ và một số nước châu Phi.

Công ty hiện sử dụng 1.460 lao động, trong đó gần 1.300 người là lao động của huyện (chiếm khoảng 89%). Thu nhập bình quân năm 2023 đạt 7,6 triệu đồng/người/tháng, cao hơn 0,9 triệu đồng so với năm trước; công nhân vận hành máy có thu nhập từ 9 đến 11 triệu đồng/tháng. Từ năm 2021 đến nay, huyện đã phối hợp với công ty mở 9 lớp đào tạo nghề cho 315 thanh niên các xã Cao Dương, Thanh Sơn, Hòa Sơn.

Năm 2024, công ty đặt mục tiêu doanh thu 480 tỷ đồng, đầu tư thêm hai dây chuyền sản xuất bơm tiêm tự khóa, nâng công suất lên khoảng 900 triệu sản phẩm/năm; dự kiến tuyển thêm 250 lao động.

Minh Hằng - Phòng Văn hóa và Thông tin huyện

Địa chỉ: Tiểu khu 6, thị trấn Lương Sơn, huyện Lương Sơn, tỉnh Hòa Bình. ĐT: 0218.3824.137
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = per("Trong năm", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-03-12")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty TNHH Thiết bị y tế Tân Thành"

FIGS = [
    fig("gần 1.300 lao động", "1.300", 1300, "count", "lao động", approx="nearly",
        subject="lao động địa phương được nhà máy vật tư y tế tạo việc làm"),
    fig("doanh thu 415 tỷ đồng", "415", 415000000000, "money", "đồng",
        change=chg("increase", 22, "%", "năm 2022"), subject="doanh thu của " + CO, period=Y23),
    fig("gần 19 tỷ đồng", "19", 19000000000, "money", "đồng", approx="nearly",
        subject="nộp ngân sách nhà nước", period=Y23),
    fig("có 26 dây chuyền", "26", 26, "count", "dây chuyền",
        subject="dây chuyền sản xuất bơm kim tiêm, kim luồn tĩnh mạch và dây truyền dịch của nhà máy"),
    fig("8 dây chuyền", "8", 8, "count", "dây chuyền", total=26,
        subject="dây chuyền tự động hoàn toàn"),
    fig("640 triệu chiếc", "640", 640000000, "count", "chiếc",
        subject="bơm kim tiêm các loại công ty sản xuất", period=IN23),
    fig("từ 1 ml đến 10 ml", "1", 1, "measure", "ml", value_max=10, optional=True,
        subject="dung tích bơm kim tiêm"),
    fig("95 triệu kim luồn", "95", 95000000, "count", "kim luồn",
        subject="kim luồn công ty sản xuất", period=IN23),
    fig("38 triệu bộ", "38", 38000000, "count", "bộ dây truyền dịch",
        subject="bộ dây truyền dịch công ty sản xuất", period=IN23),
    fig("khoảng 65% sản lượng", "65", 65, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được xuất khẩu", period=IN23),
    fig("sử dụng 1.460 lao động", "1.460", 1460, "count", "lao động",
        subject="lao động công ty sử dụng"),
    fig("gần 1.300 người", "1.300", 1300, "count", "người", approx="nearly", total=1460, percent=89,
        subject="lao động của huyện làm việc tại công ty"),
    fig("đạt 7,6 triệu", "7,6", 7600000, "money", "đồng/người/tháng",
        change=chg("increase", 900000, "đồng", "năm trước"),
        subject="thu nhập bình quân của người lao động", period=Y23b),
    fig("từ 9 đến 11 triệu", "9", 9000000, "money", "đồng/tháng", value_max=11000000,
        subject="thu nhập của công nhân vận hành máy", period=inh(Y23b)),
    fig("mở 9 lớp", "9", 9, "count", "lớp", subject="lớp đào tạo nghề huyện phối hợp với công ty mở",
        period=SINCE),
    fig("cho 315 thanh niên", "315", 315, "count", "thanh niên", subject="thanh niên được đào tạo nghề",
        period=SINCE),
    fig("doanh thu 480 tỷ đồng", "480", 480000000000, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y24),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="target",
        subject="dây chuyền sản xuất bơm tiêm tự khóa đầu tư thêm", period=Y24),
    fig("khoảng 900 triệu sản phẩm/năm", "900", 900000000, "measure", "sản phẩm/năm", approx="about",
        status="target", subject="công suất của công ty", period=Y24),
    fig("thêm 250 lao động", "250", 250, "count", "lao động", status="forecast",
        subject="lao động dự kiến tuyển thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Lương Sơn, Hòa Bình): one company's 2023 results. 'Thứ Ba, 12/03/2024 - 15:20'. Default location the district.",
    "Distractors: 'Km 42, Quốc lộ 6', 'Tiểu khu 6', phone 0218.3824.137, time 15:20, 'Khu công nghiệp Lương Sơn'.",
    "'dung tích từ 1 ml đến 10 ml' is a product specification (optional). 'Trong năm' = 2023 (the year of the passage), scored.",
    "'gần 1.300 người ... (chiếm khoảng 89%)' is a part after 'trong đó' of 1.460 lao động, with the share as its percent.",
    "'cao hơn 0,9 triệu đồng so với năm trước' is the change of 7,6 triệu (unit đồng). 'Từ năm 2021 đến nay' ends at the dateline.",
    "'đặt mục tiêu' governs the clauses that continue it (480 tỷ, hai dây chuyền, 900 triệu); 'dự kiến' after ';' → forecast.",
    "The 2024 period is stated in the sentence of all four 2024 figures. Headline figure has no period.",
]

if __name__ == "__main__":
    build("p1223-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Lương Sơn")
