"""p1442-2: district portal (huyện Thanh Trì, Hà Nội), làng bánh chưng Tranh Khúc, xã Duyên Hà."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH TRÌ - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Làng nghề | Liên hệ

Làng Tranh Khúc vào mùa bánh chưng Tết Ất Tỵ
15/01/2025 - 10:20

Thôn Tranh Khúc, xã Duyên Hà được công nhận làng nghề truyền thống bánh chưng, bánh giầy từ năm 2010. Hiện thôn có khoảng 450 hộ, trong đó hơn 300 hộ làm bánh chưng quanh năm; dịp Tết, số hộ tham gia tăng lên gần 400 hộ.

Theo ông Nguyễn Văn Thịnh, Trưởng thôn, bình thường mỗi hộ làm từ 200 đến 300 chiếc bánh một ngày; những ngày cao điểm từ 23 tháng Chạp, nhiều hộ làm trên 1.000 chiếc mỗi ngày. Tết năm nay, cả làng dự kiến cung ứng khoảng 700.000 chiếc bánh chưng, tăng khoảng 10% so với Tết năm trước. Để làm số bánh này, làng cần 120 tấn gạo nếp, 30 tấn đậu xanh, khoảng 45 tấn thịt lợn và gần 3 triệu lá dong.

Giá bánh chưng Tranh Khúc năm nay phổ biến 50.000-70.000 đồng/chiếc loại 1 kg, tăng 5.000 đồng so với năm 2024. Năm 2024, doanh thu từ nghề bánh chưng của thôn ước đạt 85 tỷ đồng. Thu nhập bình quân của lao động làm bánh khoảng 8 triệu đồng/người/tháng.

Toàn huyện hiện có gần ba chục cơ sở sản xuất bánh chưng quy mô lớn và 15 sản phẩm bánh chưng, bánh giầy được công nhận OCOP, trong đó 5 sản phẩm đạt 4 sao, 10 sản phẩm đạt 3 sao. Năm 2025, huyện phấn đấu 100% cơ sở làm bánh tại Tranh Khúc được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm.

Nguồn: Phòng Kinh tế huyện Thanh Trì

Tin khác:
- Thanh Trì tổng kết công tác năm 2024
- Xã Duyên Hà ra quân vệ sinh môi trường đón Tết

UBND HUYỆN THANH TRÌ
Địa chỉ: Số 375 đường Ngọc Hồi, thị trấn Văn Điển, huyện Thanh Trì, Hà Nội
Điện thoại: 024.3861.5421
"""

NAM_NAY = per("năm nay", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("khoảng 450 hộ", "450", 450, "count", "hộ", approx="about", subject="hộ của thôn Tranh Khúc"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", total=450, subject="hộ làm bánh chưng quanh năm"),
    fig("gần 400 hộ", "400", 400, "count", "hộ", approx="nearly", subject="số hộ tham gia dịp Tết"),
    fig("từ 200 đến 300 chiếc", "200", 200, "measure", "chiếc/ngày", value_max=300,
        subject="bánh mỗi hộ làm một ngày"),
    fig("trên 1.000 chiếc", "1.000", 1000, "measure", "chiếc/ngày", approx="over",
        subject="bánh nhiều hộ làm mỗi ngày cao điểm"),
    fig("khoảng 700.000 chiếc", "700.000", 700000, "count", "chiếc", approx="about", status="forecast",
        change=chg("increase", 10, "%", "Tết năm trước", approx="about"), subject="bánh chưng cả làng cung ứng"),
    fig("cần 120 tấn", "120", 120, "measure", "tấn", subject="gạo nếp làng cần"),
    fig("30 tấn đậu", "30", 30, "measure", "tấn", subject="đậu xanh làng cần"),
    fig("khoảng 45 tấn", "45", 45, "measure", "tấn", approx="about", subject="thịt lợn làng cần"),
    fig("gần 3 triệu lá", "3", 3e6, "count", "lá dong", approx="nearly", subject="lá dong làng cần"),
    fig("50.000-70.000", "50.000", 50000, "money", "đồng/chiếc", value_max=70000,
        change=chg("increase", 5000, "đồng", "năm 2024"), subject="giá bánh chưng Tranh Khúc", period=NAM_NAY),
    fig("loại 1 kg", "1", 1, "measure", "kg", subject="bánh chưng loại", optional=True),
    fig("ước đạt 85 tỷ", "85", 85e9, "money", "đồng", status="estimate",
        subject="doanh thu từ nghề bánh chưng của thôn", period=Y24),
    fig("khoảng 8 triệu", "8", 8e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của lao động làm bánh"),
    fig("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly",
        subject="cơ sở sản xuất bánh chưng quy mô lớn"),
    fig("và 15 sản phẩm", "15", 15, "count", "sản phẩm",
        subject="sản phẩm bánh chưng, bánh giầy được công nhận OCOP"),
    fig("5 sản phẩm đạt 4 sao", "5", 5, "count", "sản phẩm", total=15, subject="sản phẩm đạt 4 sao"),
    fig("10 sản phẩm đạt 3 sao", "10", 10, "count", "sản phẩm", total=15, subject="sản phẩm đạt 3 sao"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở làm bánh tại Tranh Khúc được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=Y25),
]

NOTES = [
    "District portal (huyện Thanh Trì, Hà Nội): banner, menu, dateline '15/01/2025 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'từ năm 2010', '23 tháng Chạp' (lunar date), '4 sao', '3 sao', 'Số 375', phone 024.3861.5421, 'năm 2024' in a link.",
    "'tăng lên gần 400 hộ' is the new level, not a change. 'mỗi hộ làm ... một ngày' and '... mỗi ngày' are daily rates (measure, chiếc/ngày).",
    "'loại 1 kg' (the size class of the priced cake) is optional, as product sizes are in the shared probes.",
    "'năm nay' takes the year of the dateline (2025); 'Tết năm nay' gives no period (a festival season).",
    "'gần ba chục cơ sở' = 30 (number word 'ba chục'), approx nearly. 5 and 10 sản phẩm after 'trong đó' take the whole 15.",
]

if __name__ == "__main__":
    write("p1442-2", TEXT, NOTES, FIGS, published="2025-01-15", location="Thanh Trì")
