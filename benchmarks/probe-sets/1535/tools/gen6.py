"""p1535-6: national newspaper (Thứ tư, 14/8/2024, 16:25 (GMT+7)): stapler and paper-clip prices in Hà Nội at back-to-school time."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 14/8/2024, 16:25 (GMT+7)

Giá dập ghim, kẹp giấy tăng mùa tựu trường

Nhiều mặt hàng văn phòng phẩm tại Hà Nội tăng giá 10-15% so với năm ngoái, dập ghim loại nhỏ có giá 35.000-45.000 đồng một chiếc.

Những ngày giữa tháng 8, các cửa hàng văn phòng phẩm trên phố Đinh Lễ đông khách. Chị Trần Thu Hà, chủ một cửa hàng tại số 17, cho biết dập ghim cỡ trung hiện bán 65.000 đồng, tăng 5.000 đồng so với tháng 6; một hộp ghim số 10 loại 1.000 chiếc giá 4.500 đồng.

Mỗi ngày cửa hàng bán khoảng 120 chiếc dập ghim và gần 300 hộp kẹp giấy. "Lượng khách tăng gấp đôi ngày thường, chủ yếu là phụ huynh và nhân viên văn phòng", chị Hà nói.

Tại chuỗi Nhà sách Thành Công, doanh số nhóm văn phòng phẩm của 28 cửa hàng ở Hà Nội từ đầu tháng 8 đến nay tăng 35% so với tháng trước, trong đó dụng cụ dập ghim, kẹp giấy chiếm gần 18%. Các mặt hàng giá dưới 20.000 đồng như kẹp bướm, ghim cài bán chạy nhất. Năm nay, chuỗi dự kiến mở thêm 4 cửa hàng.

Theo Tổng cục Thống kê, chỉ số giá nhóm văn phòng phẩm cả nước tháng 7/2024 tăng 1,2% so với tháng trước và tăng 4,6% so với cùng kỳ năm 2023.

Ông Lê Văn Quang, Giám đốc Công ty TNHH Kim khí Quang Minh (Bắc Ninh), cho biết do giá thép nguyên liệu tăng, công ty đã tăng giá bán buôn ghim, kẹp thêm 3-5%. Theo ông, giá văn phòng phẩm có thể tiếp tục tăng nhẹ đến cuối năm.

Minh Anh
"""

AUG = per("từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-14")
JUL = per("tháng 7/2024", "2024-07-01", "2024-07-31")
YN = per("Năm nay", "2024-01-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    fig("tăng giá 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá nhiều mặt hàng văn phòng phẩm"),
    fig("giá 35.000-45.000", "35.000", 35000, "money", "đồng/chiếc", value_max=45000,
        subject="giá dập ghim loại nhỏ"),
    fig("bán 65.000 đồng", "65.000", 65000, "money", "đồng/chiếc",
        change=chg("increase", 5000, "đồng", "tháng 6"), subject="giá bán dập ghim cỡ trung"),
    fig("loại 1.000 chiếc", "1.000", 1000, "count", "chiếc", subject="số ghim trong một hộp", optional=True),
    fig("giá 4.500 đồng", "4.500", 4500, "money", "đồng/hộp", subject="giá một hộp ghim số 10"),
    fig("khoảng 120 chiếc", "120", 120, "measure", "chiếc/ngày", approx="about",
        subject="dập ghim cửa hàng bán mỗi ngày"),
    fig("gần 300 hộp", "300", 300, "measure", "hộp/ngày", approx="nearly",
        subject="kẹp giấy cửa hàng bán mỗi ngày"),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng khách so với ngày thường"),
    fig("của 28 cửa hàng", "28", 28, "count", "cửa hàng", subject="cửa hàng của chuỗi Nhà sách Thành Công ở Hà Nội"),
    fig("tăng 35%", "35", 35, "percent", "%", subject="doanh số nhóm văn phòng phẩm", period=AUG),
    fig("gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="tỷ trọng dụng cụ dập ghim, kẹp giấy trong doanh số", period=AUG),
    fig("dưới 20.000 đồng", "20.000", 20000, "money", "đồng", approx="under",
        subject="giá các mặt hàng bán chạy nhất"),
    fig("thêm 4 cửa hàng", "4", 4, "count", "cửa hàng", status="forecast",
        subject="cửa hàng chuỗi mở thêm", period=YN),
    fig("tăng 1,2%", "1,2", 1.2, "percent", "%", subject="chỉ số giá nhóm văn phòng phẩm so với tháng trước",
        period=JUL, location=VN),
    fig("tăng 4,6%", "4,6", 4.6, "percent", "%", subject="chỉ số giá nhóm văn phòng phẩm so với cùng kỳ",
        period=JUL, location=VN),
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, subject="giá bán buôn ghim, kẹp",
        location="Bắc Ninh"),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 14/8/2024, 16:25 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: 16:25, (GMT+7), 'giữa tháng 8', house number 'số 17', 'ghim số 10', baselines 'năm ngoái', 'tháng 6', 'tháng trước',",
    "'chủ một cửa hàng' (indefinite 'một'), 'đồng một chiếc' and 'một hộp' (rate denominators, not figures).",
    "Location Hà Nội (shops, chain); the GSO price index of 'cả nước' → Việt Nam; the Bắc Ninh wholesaler's price rise → Bắc Ninh.",
    "Growth rates as the claim ('tăng giá 10-15%', 'tăng 35%', 'tăng 1,2%', 'tăng 4,6%', 'thêm 3-5%') are percent figures without change;",
    "two rates in one sentence each stand as a figure. 'tăng 5.000 đồng so với tháng 6' is the change of the 65.000 đồng price.",
    "'Lượng khách tăng gấp đôi ngày thường' is a multiple standing alone (value 2). Pack size '1.000 chiếc' is optional.",
    "Daily sales are rates (chiếc/ngày, hộp/ngày). 'từ đầu tháng 8 đến nay' ends at the dateline; 'Năm nay' = 2024 (forecast 'dự kiến').",
]

if __name__ == "__main__":
    write("p1535-6", TEXT, NOTES, FIGS, published="2024-08-14", location="Hà Nội")
