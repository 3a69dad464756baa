"""p1403-5: national newspaper: the Mỹ Nghiệp brocade weaving village (huyện Ninh Phước, Ninh Thuận)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Văn hóa > Di sản
Thứ bảy, 18/5/2024, 09:15 (GMT+7)

Làng dệt Mỹ Nghiệp giữ lửa nghề thổ cẩm Chăm

Từ những khung dệt thủ công, làng Chăm Mỹ Nghiệp ở Ninh Thuận mỗi năm làm ra hàng chục nghìn sản phẩm thổ cẩm, đưa hoa văn Chăm tới du khách trong và ngoài nước.

Làng Mỹ Nghiệp (thị trấn Phước Dân, huyện Ninh Phước) có 1.126 hộ, trong đó khoảng 400 hộ còn giữ nghề dệt với gần 600 khung dệt. Theo bà Phú Thị Lan, chủ cơ sở dệt Tà Lan, mỗi tấm thổ cẩm khổ rộng mất 3-4 ngày dệt, bán từ 800.000 đến 1,5 triệu đồng.

Theo UBND thị trấn Phước Dân, năm 2023 làng dệt tiêu thụ khoảng 32.000 sản phẩm, doanh thu đạt 18,6 tỷ đồng, tăng 9,4% so với năm 2022. Thu nhập của thợ dệt bình quân 4,5 triệu đồng/người/tháng, thấp hơn khoảng 20% so với thợ gốm Bàu Trúc. Số thợ dệt trẻ chỉ chiếm chưa đến 10%.

"Hiện làng có 2 hợp tác xã và 17 cơ sở dệt. Năm 2023, chúng tôi xuất sang Nhật Bản, Hàn Quốc khoảng 5.000 chiếc khăn, túi xách", ông Lưu Văn Quang, Giám đốc Hợp tác xã Dệt Chăm Mỹ Nghiệp, cho biết.

Năm 2024, tỉnh Ninh Thuận dành 1,2 tỷ đồng hỗ trợ làng nghề đổi mới mẫu mã. Mục tiêu đến năm 2025, làng có thêm 5 sản phẩm thổ cẩm đạt chuẩn OCOP 3 sao trở lên, nâng tổng số lên 12 sản phẩm.

Làng nằm sát Quốc lộ 1A, cách trung tâm TP Phan Rang - Tháp Chàm về phía nam, thuận tiện cho du khách ghé thăm.

Tường Vi

Ý kiến (0)
Xem thêm: Gốm Bàu Trúc vào danh sách UNESCO cần bảo vệ khẩn cấp
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng chục nghìn sản phẩm", "chục", 10000, "count", "sản phẩm", approx="about",
        subject="sản phẩm thổ cẩm làng Mỹ Nghiệp làm ra mỗi năm", optional=True),
    fig("có 1.126 hộ", "1.126", 1126, "count", "hộ", subject="hộ làng Mỹ Nghiệp"),
    fig("khoảng 400 hộ", "400", 400, "count", "hộ", approx="about", total=1126, subject="hộ còn giữ nghề dệt"),
    fig("gần 600 khung", "600", 600, "count", "khung dệt", approx="nearly", subject="khung dệt"),
    fig("mất 3-4 ngày", "3", 3, "measure", "ngày", value_max=4,
        subject="thời gian dệt mỗi tấm thổ cẩm khổ rộng"),
    fig("từ 800.000 đến", "800.000", 800000, "money", "đồng", value_max=1.5e6,
        subject="giá bán mỗi tấm thổ cẩm khổ rộng"),
    fig("khoảng 32.000 sản phẩm", "32.000", 32000, "count", "sản phẩm", approx="about",
        subject="sản phẩm làng dệt tiêu thụ", period=Y23),
    fig("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", change=chg("increase", 9.4, "%", "năm 2022"),
        subject="doanh thu làng dệt", period=Y23),
    fig("bình quân 4,5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng",
        change=chg("decrease", 20, "%", "thợ gốm Bàu Trúc", approx="about"),
        subject="thu nhập bình quân của thợ dệt", period=inh(Y23)),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under", subject="tỷ lệ thợ dệt trẻ"),
    fig("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã dệt của làng"),
    fig("và 17 cơ sở", "17", 17, "count", "cơ sở dệt", subject="cơ sở dệt"),
    fig("khoảng 5.000 chiếc", "5.000", 5000, "count", "chiếc", approx="about",
        subject="khăn, túi xách xuất sang Nhật Bản, Hàn Quốc", period=Y23b),
    fig("dành 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="kinh phí hỗ trợ làng nghề đổi mới mẫu mã", period=Y24, location="Ninh Thuận"),
    fig("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
        subject="sản phẩm thổ cẩm đạt chuẩn OCOP 3 sao trở lên có thêm", period=T25),
    fig("lên 12 sản phẩm", "12", 12, "count", "sản phẩm", status="target",
        subject="tổng số sản phẩm thổ cẩm đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "National newspaper: section crumb, 'Thứ bảy, 18/5/2024, 09:15 (GMT+7)', sapo, quote, byline, comment counter 'Ý kiến (0)'.",
    "Distractors: 09:15, (GMT+7), 'OCOP 3 sao trở lên' (a rating label; 'trở lên' there is no approx), 'Quốc lộ 1A', 'Ý kiến (0)'.",
    "Optional: the sapo's 'hàng chục nghìn sản phẩm' (number word whose value and approx the spec leaves open; 10 000, about).",
    "Location Ninh Phước (the village's district, named in the first body sentence); the province's 1,2 tỷ → Ninh Thuận.",
    "'thấp hơn khoảng 20% so với thợ gốm Bàu Trúc' → change decrease 20 % (about) with that baseline. Income inherits năm 2023.",
    "'mỗi tấm … mất 3-4 ngày dệt' is a measure (how long it takes), not a period. 'đến năm 2025' targets: start null.",
]

if __name__ == "__main__":
    write("p1403-5", TEXT, NOTES, FIGS, published="2024-05-18", location="Ninh Phước")
