"""p1450-6: national newspaper: toilet-paper prices follow pulp prices (imports 8 months 2024, a TP HCM mill, a retailer)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 12/9/2024, 08:30 (GMT+7)

Giá giấy vệ sinh tăng theo bột giấy

Giá bột giấy nhập khẩu tăng 20-25% từ đầu năm khiến nhiều nhà sản xuất giấy vệ sinh, giấy ăn phải điều chỉnh giá bán lần thứ hai trong năm.

Theo Tổng cục Hải quan, 8 tháng đầu năm nay, Việt Nam nhập khẩu gần 1,1 triệu tấn bột giấy, trị giá 742 triệu USD, tăng 17,3% về lượng và 39,6% về trị giá so với cùng kỳ năm 2023. Giá nhập khẩu bình quân khoảng 675 USD/tấn, cao hơn 19% so với cùng kỳ.

Tại TP HCM, Công ty cổ phần Giấy Sài Gòn Xanh cho biết tháng 8 vừa qua đã tăng giá bán buôn 6-8% với các dòng giấy cuộn và khăn giấy rút. Một lốc giấy vệ sinh loại phổ thông tại siêu thị hiện có giá khoảng 68.000 đồng, cao hơn khoảng 6.000 đồng so với đầu năm.

"Chi phí bột giấy chiếm 60-70% giá thành, nên chúng tôi không thể giữ giá mãi", ông Lê Minh Tâm, Giám đốc kinh doanh công ty, nói.

Khảo sát của phóng viên tại ba siêu thị ở TP HCM cho thấy trong tháng 8 có hơn hai chục mã giấy vệ sinh, khăn giấy được điều chỉnh giá.

Đại diện chuỗi siêu thị Bách Hóa Việt tại TP HCM cho biết từ đầu năm đến nay, sức mua các mặt hàng giấy giảm khoảng 3% so với cùng kỳ, người tiêu dùng chuyển sang hàng giá rẻ. Phân khúc giấy cuộn dưới 5.000 đồng/cuộn hiện chiếm gần 48% doanh số ngành hàng.

Hiệp hội Giấy và Bột giấy Việt Nam dự báo giá giấy tiêu dùng có thể tăng thêm 3-5% trong quý IV nếu giá bột giấy chưa hạ nhiệt.

Minh Ngọc
"""

SINCE = per("từ đầu năm", "2024-01-01", "2024-09-12")
M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
AUG = per("tháng 8", "2024-08-01", "2024-08-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-12")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25, subject="giá bột giấy nhập khẩu", period=SINCE),
    fig("gần 1,1 triệu", "1,1", 1.1e6, "measure", "tấn", approx="nearly",
        change=chg("increase", 17.3, "%", "cùng kỳ năm 2023"), subject="bột giấy Việt Nam nhập khẩu", period=M8),
    fig("trị giá 742 triệu", "742", 742e6, "money", "USD", change=chg("increase", 39.6, "%", "cùng kỳ năm 2023"),
        subject="trị giá bột giấy nhập khẩu", period=M8),
    fig("khoảng 675 USD/tấn", "675", 675, "money", "USD/tấn", approx="about",
        change=chg("increase", 19, "%", "cùng kỳ"), subject="giá nhập khẩu bình quân bột giấy", period=inh(M8)),
    fig("buôn 6-8%", "6", 6, "percent", "%", value_max=8,
        subject="giá bán buôn các dòng giấy cuộn và khăn giấy rút của Công ty cổ phần Giấy Sài Gòn Xanh",
        period=AUG, location=HCM),
    fig("khoảng 68.000 đồng", "68.000", 68000, "money", "đồng/lốc", approx="about",
        change=chg("increase", 6000, "đồng", "đầu năm", approx="about"),
        subject="giá một lốc giấy vệ sinh loại phổ thông tại siêu thị", location=HCM),
    fig("chiếm 60-70%", "60", 60, "percent", "%", value_max=70, subject="chi phí bột giấy trong giá thành",
        location=HCM),
    fig("tại ba siêu thị", "ba", 3, "count", "siêu thị", subject="siêu thị phóng viên khảo sát", location=HCM),
    fig("hơn hai chục mã", "hai chục", 20, "count", "mã", approx="over",
        subject="mã giấy vệ sinh, khăn giấy được điều chỉnh giá", period=per("trong tháng 8", "2024-08-01", "2024-08-31"),
        location=HCM),
    fig("giảm khoảng 3%", "3", 3, "percent", "%", approx="about", subject="sức mua các mặt hàng giấy",
        period=YTD, location=HCM),
    fig("dưới 5.000 đồng/cuộn", "5.000", 5000, "money", "đồng/cuộn", approx="under", optional=True,
        subject="giá phân khúc giấy cuộn", location=HCM),
    fig("gần 48%", "48", 48, "percent", "%", approx="nearly",
        subject="doanh số ngành hàng của phân khúc giấy cuộn dưới 5.000 đồng/cuộn", location=HCM),
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="giá giấy tiêu dùng", period=Q4),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/9/2024, 08:30 (GMT+7)' (published), sapo, quote, byline at the end. No figure in the headline.",
    "Distractors: 08:30, '(GMT+7)', ordinal 'lần thứ hai', 'Một lốc' (the rate's denominator: price per pack, unit đồng/lốc, never a figure).",
    "Default location Việt Nam (customs, VPPA); the TP HCM mill, its quote and the TP HCM supermarket chain → TP Hồ Chí Minh.",
    "'gần 1,1 triệu tấn ..., trị giá 742 triệu USD, tăng 17,3% về lượng và 39,6% về trị giá' → each change to its own figure (lượng → tấn, trị giá → USD).",
    "Growth rates as the claim ('tăng 20-25%', 'tăng giá bán buôn 6-8%', 'giảm khoảng 3%', 'tăng thêm 3-5%') are percent figures, no change.",
    "'từ đầu năm' / 'từ đầu năm đến nay' run to the dateline; year-less 'tháng 8', 'quý IV' take 2024. 'hiện' prices have no period.",
    "'hơn hai chục mã' = over 20 (number word 'hai chục'); 'ba siêu thị' is the survey's sample (a count, no period).",
    "Optional: 'dưới 5.000 đồng/cuộn' is the price band that names a segment (a threshold, like 'trên 01 tỷ USD' in the shared gold).",
]

if __name__ == "__main__":
    write("p1450-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
