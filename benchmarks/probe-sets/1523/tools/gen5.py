"""p1523-5: national newspaper (VnExpress style): prices of pencils and erasers at back-to-school time; TP HCM and national market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 23/8/2024, 15:40 (GMT+7)

Giá bút chì, tẩy tăng 5-10% mùa tựu trường

Giá nhiều loại đồ dùng học tập như bút chì, tẩy, gọt bút chì năm nay tăng 5-10% so với năm ngoái, trong khi hàng nhập khẩu chiếm gần 45% thị phần trong nước.

Tại một nhà sách trên đường 3 Tháng 2, TP HCM, hộp bút chì gỗ 2B loại 12 cây có giá 28.000-35.000 đồng, tăng khoảng 3.000 đồng so với năm học trước. Gọt bút chì có hộp đựng loại thông dụng giá 12.000 đồng/chiếc, loại quay tay để bàn từ 85.000 đến 150.000 đồng. Chị Nguyễn Thu Trang, một phụ huynh, cho biết đã chi gần 1,2 triệu đồng mua đồ dùng học tập cho hai con vào lớp 1 và lớp 3.

Theo Hiệp hội Văn phòng phẩm Việt Nam, cả nước có khoảng 120 doanh nghiệp sản xuất đồ dùng học tập, trong đó khoảng 70% tập trung tại khu vực phía Nam. Quy mô thị trường văn phòng phẩm ước khoảng 1,1 tỷ USD mỗi năm. Giai đoạn 2019-2023, thị trường tăng trưởng bình quân 8-10%/năm. Năm 2023, Việt Nam nhập khẩu khoảng 62 triệu USD bút chì, ruột chì và tẩy các loại, gấp 1,5 lần năm 2019.

Ông Phạm Đức Long, Giám đốc Công ty cổ phần Bút chì Sao Mai (Bình Dương), cho biết giá gỗ làm bút chì nhập khẩu và giá than chì tăng khoảng 12% khiến giá thành mỗi cây bút tăng 150-200 đồng. "Chúng tôi chỉ điều chỉnh giá bán tối đa 5% để giữ khách", ông nói. Năm nay doanh nghiệp dự kiến tiêu thụ 80 triệu cây bút chì, tăng khoảng 10%.

Thùy Linh
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
NOW2 = per("Năm nay", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P1923 = per("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
HCM, VN, BD = "TP Hồ Chí Minh", "Việt Nam", "Bình Dương"

FIGS = [
    fig("tẩy tăng 5-10%", "5", 5, "percent", "%", value_max=10, subject="giá bút chì, tẩy", location=VN),
    fig("năm nay tăng 5-10%", "5", 5, "percent", "%", value_max=10,
        subject="giá nhiều loại đồ dùng học tập như bút chì, tẩy, gọt bút chì", period=NOW, location=VN),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly", subject="thị phần trong nước của hàng nhập khẩu", period=NOW, location=VN),
    fig("loại 12 cây", "12", 12, "count", "cây", location=HCM, optional=True),
    fig("giá 28.000-35.000", "28.000", 28000, "money", "đồng/hộp", value_max=35000,
        change=chg("increase", 3000, "đồng", "năm học trước", approx="about"),
        subject="giá hộp bút chì gỗ 2B loại 12 cây", location=HCM),
    fig("giá 12.000 đồng/chiếc", "12.000", 12000, "money", "đồng/chiếc",
        subject="giá gọt bút chì có hộp đựng loại thông dụng", location=HCM),
    fig("từ 85.000 đến 150.000", "85.000", 85000, "money", "đồng", value_max=150000,
        subject="giá gọt bút chì loại quay tay để bàn", location=HCM),
    fig("gần 1,2 triệu", "1,2", 1.2e6, "money", "đồng", approx="nearly",
        subject="tiền mua đồ dùng học tập cho hai con", location=HCM),
    fig("cho hai con", "hai", 2, "count", "con", location=HCM, optional=True),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất đồ dùng học tập", location=VN),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="doanh nghiệp tập trung tại khu vực phía Nam", location=VN),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD/năm", approx="about", status="estimate",
        subject="quy mô thị trường văn phòng phẩm", location=VN),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="tăng trưởng bình quân thị trường", period=P1923, location=VN),
    fig("khoảng 62 triệu", "62", 62e6, "money", "USD", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2019"),
        subject="nhập khẩu bút chì, ruột chì và tẩy các loại", period=Y23, location=VN),
    fig("tăng khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="giá gỗ làm bút chì nhập khẩu và giá than chì", location=BD),
    fig("tăng 150-200", "150", 150, "money", "đồng/cây", value_max=200,
        subject="giá thành mỗi cây bút tăng", location=BD),
    fig("tối đa 5%", "5", 5, "percent", "%", approx="at_most", subject="điều chỉnh giá bán", location=BD),
    fig("tiêu thụ 80 triệu", "80", 80e6, "count", "cây bút chì", status="forecast",
        change=chg("increase", 10, "%", approx="about"), subject="bút chì doanh nghiệp tiêu thụ",
        period=NOW2, location=BD),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ sáu, 23/8/2024, 15:40 (GMT+7)', section path, sapo, quote, byline at the end.",
    "Distractors: 15:40, GMT+7, 'đường 3 Tháng 2' (a road name), 'bút chì gỗ 2B' (product name), 'lớp 1 và lớp 3' (grades), 'năm học trước', 'Giai đoạn 2019-2023' as a period.",
    "revised: the sapo's 'năm nay' stands earlier in the same sentence as 'gần 45% thị phần trong nước', so it is that figure's period too.",
    "Optional: 'loại 12 cây' (a pack size inside a product description) and 'cho hai con' (the parent's children, an anecdote).",
    "Headline and sapo 'tăng 5-10%' are two percent figures (ranges, no base amount). Headline has no period; sapo 'năm nay' = 2024 (dateline).",
    "Store prices in TP HCM (location TP Hồ Chí Minh); association figures and imports are national (Việt Nam); the director's statements are about his company in Bình Dương.",
    "'tăng khoảng 3.000 đồng so với năm học trước' is the change of the 28.000-35.000 price; 'gấp 1,5 lần năm 2019' is the change (unit lần) of the 62 triệu USD imports.",
    "'ước khoảng 1,1 tỷ USD mỗi năm' → estimate + about, unit USD/năm. 'giá thành mỗi cây bút tăng 150-200 đồng' is an amount with no base: money figure, unit đồng/cây.",
]

if __name__ == "__main__":
    write("p1523-5", TEXT, NOTES, FIGS, published="2024-08-23", location="TP Hồ Chí Minh")
