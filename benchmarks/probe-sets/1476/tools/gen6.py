"""p1476-6: national newspaper: back-to-school demand for crayons and paints in TP HCM, a maker in Bình Tân."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 23/8/2024, 15:40 (GMT+7)

Họa cụ nội địa chiếm lĩnh mùa tựu trường

Sức mua bút sáp màu, màu nước dịp tựu trường năm nay tại TP HCM tăng 15-20% so với năm ngoái, hàng sản xuất trong nước chiếm khoảng 80% kệ hàng.

Ông Lê Minh Quân, Giám đốc kinh doanh chuỗi nhà sách Hoa Phượng, cho biết từ đầu tháng 8 đến nay, chuỗi bán ra hơn 85 nghìn hộp bút sáp màu và màu nước, gấp đôi tháng 7. Chuỗi hiện bày bán trên 200 mẫu họa cụ, trong đó 150 mẫu của doanh nghiệp Việt.

Một hộp sáp 12 màu có giá từ 18.000 đến 35.000 đồng, hộp màu nước 24 màu từ 45.000 đến 120.000 đồng. Giá hàng nội thấp hơn hàng nhập khẩu cùng loại khoảng 30%.

Tại Khu công nghiệp Tân Tạo (quận Bình Tân), Công ty cổ phần Bút màu Tân Tiến cho biết 7 tháng đầu năm tiêu thụ 9,6 triệu sản phẩm, tăng 22% so với cùng kỳ; riêng bút sáp màu chiếm 58%. Công ty đã nâng công suất lên 1,5 triệu sản phẩm mỗi tháng và tuyển thêm 120 công nhân thời vụ.

"Năm nay chúng tôi đặt mục tiêu doanh thu 410 tỷ đồng, trong đó xuất khẩu khoảng 30%", bà Phạm Thị Hạnh, Tổng giám đốc công ty, nói.

Với khoảng 23 triệu học sinh mầm non và phổ thông, thị trường họa cụ học sinh cả nước ước đạt 3.000-3.500 tỷ đồng mỗi năm.

Thu Hằng
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
AUG = per("từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-23")
M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
NOW2 = per("Năm nay", "2024-01-01", "2024-12-31")
BT = "Bình Tân"

FIGS = [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="sức mua bút sáp màu, màu nước dịp tựu trường", period=NOW),
    fig("khoảng 80% kệ", "80", 80, "percent", "%", approx="about",
        subject="hàng sản xuất trong nước trên kệ hàng", period=NOW),
    fig("hơn 85 nghìn", "85", 85000, "count", "hộp", approx="over",
        change=chg("increase", 2, "lần", "tháng 7"),
        subject="hộp bút sáp màu và màu nước chuỗi nhà sách Hoa Phượng bán ra", period=AUG),
    fig("trên 200 mẫu", "200", 200, "count", "mẫu", approx="over", subject="mẫu họa cụ bày bán"),
    fig("trong đó 150 mẫu", "150", 150, "count", "mẫu", total=200, subject="mẫu của doanh nghiệp Việt"),
    fig("sáp 12 màu", "12", 12, "count", "màu", optional=True),
    fig("từ 18.000 đến 35.000", "18.000", 18000, "money", "đồng/hộp", value_max=35000,
        subject="giá một hộp sáp 12 màu"),
    fig("nước 24 màu", "24", 24, "count", "màu", optional=True),
    fig("từ 45.000 đến 120.000", "45.000", 45000, "money", "đồng/hộp", value_max=120000,
        subject="giá hộp màu nước 24 màu"),
    fig("khoảng 30%.", "30", 30, "percent", "%", approx="about",
        subject="giá hàng nội thấp hơn hàng nhập khẩu cùng loại"),
    fig("tiêu thụ 9,6 triệu", "9,6", 9.6e6, "count", "sản phẩm", change=chg("increase", 22, "%", "cùng kỳ"),
        subject="sản phẩm Công ty cổ phần Bút màu Tân Tiến tiêu thụ", period=M7, location=BT),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="bút sáp màu", period=M7, location=BT),
    fig("lên 1,5 triệu", "1,5", 1.5e6, "measure", "sản phẩm/tháng", subject="công suất", location=BT),
    fig("thêm 120 công nhân", "120", 120, "count", "công nhân", subject="công nhân thời vụ tuyển thêm",
        location=BT),
    fig("doanh thu 410 tỷ", "410", 410e9, "money", "đồng", status="target", subject="doanh thu",
        period=NOW2, location=BT),
    fig("xuất khẩu khoảng 30%", "30", 30, "percent", "%", approx="about", status="target",
        subject="xuất khẩu trong doanh thu", period=NOW2, location=BT),
    fig("khoảng 23 triệu", "23", 23e6, "count", "học sinh", approx="about",
        subject="học sinh mầm non và phổ thông", location="Việt Nam"),
    fig("đạt 3.000-3.500", "3.000", 3000e9, "money", "đồng/năm", value_max=3500e9, status="estimate",
        subject="thị trường họa cụ học sinh", location="Việt Nam"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ sáu, 23/8/2024, 15:40 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 15:40, '(GMT+7)', 'tháng 7' (a baseline), product variants '12 màu' / '24 màu' (optional: names of box sizes).",
    "Default location TP Hồ Chí Minh (sapo 'tại TP HCM'); the Tân Tiến passage (quận Bình Tân) → Bình Tân; 'cả nước' figures → Việt Nam.",
    "Sapo: 'tăng 15-20% so với năm ngoái' is a growth rate as the claim (percent, range, no change); 'năm nay' = 2024 (published).",
    "'gấp đôi tháng 7' → change ×2 (lần) of 85 nghìn hộp; 'từ đầu tháng 8 đến nay' ends at the dateline 2024-08-23.",
    "'trên 200 mẫu ..., trong đó 150 mẫu' → total 200. 'Giá hàng nội thấp hơn ... khoảng 30%' has no base amount: a percent figure.",
    "'riêng bút sáp màu chiếm 58%' and 'trong đó xuất khẩu khoảng 30%' are shares without a base amount of their own: percent figures.",
    "'nâng công suất lên 1,5 triệu sản phẩm mỗi tháng' → measure, sản phẩm/tháng. The quote 'Năm nay ... mục tiêu' → target, 2024.",
    "revised after the first run: subjects of 58% and the quoted 30% lose 'tỷ trọng', a word the sentence does not use.",
    "'ước đạt 3.000-3.500 tỷ đồng mỗi năm' → estimate, range, unit đồng/năm, no period (a standing yearly size).",
]

if __name__ == "__main__":
    write("p1476-6", TEXT, NOTES, FIGS, published="2024-08-23", location="TP Hồ Chí Minh")
