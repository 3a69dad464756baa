"""p1385-5: provincial newspaper (Báo Hà Tĩnh, tag (HTO) -): salt price falls, a salt farmer in Hộ Độ (Lộc Hà)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hà Tĩnh điện tử
Kinh tế > Nông nghiệp

Giá muối xuống thấp, diêm dân Hà Tĩnh lo lắng

Thứ Sáu, 26/04/2024 - 07:15

Vụ muối năm nay nắng tốt, sản lượng tăng nhưng giá liên tục giảm khiến diêm dân các huyện Lộc Hà, Thạch Hà, Cẩm Xuyên và thị xã Kỳ Anh gặp nhiều khó khăn.

(HTO) - Theo Sở Nông nghiệp và PTNT, từ đầu vụ đến ngày 20/4, toàn tỉnh đã sản xuất được 5.800 tấn muối, gấp 1,5 lần cùng kỳ năm 2023. Tuy nhiên, giá muối tại đồng chỉ còn 1.200-1.500 đồng/kg, giảm khoảng 40% so với cuối năm 2023.

Xã Hộ Độ (huyện Lộc Hà) là địa phương có diện tích muối lớn nhất tỉnh với 52 ha; hiện có khoảng 300 tấn muối đang tồn trong kho của các hộ. Gia đình ông Nguyễn Văn Tứ ở thôn Hồng Lam sản xuất 1,2 ha, từ đầu vụ thu hoạch được 35 tấn nhưng mới bán được hơn 10 tấn.

"Năm ngoái giá muối có lúc lên 3.000 đồng/kg, giờ bán không ai mua. Mỗi ngày hai vợ chồng ra đồng từ 4 giờ sáng mà chỉ được khoảng 200.000 đồng", ông Tứ nói. Theo tính toán của ông, với giá hiện nay, mỗi tấn muối bán ra chỉ lãi 300.000-400.000 đồng.

Hiện toàn tỉnh có 212 ha sản xuất muối với gần 1.100 hộ diêm dân. Năm 2024, tỉnh phấn đấu đạt sản lượng 14.000 tấn. Để hỗ trợ tiêu thụ, Sở Nông nghiệp và PTNT đã kết nối 2 doanh nghiệp chế biến thu mua ít nhất 3.000 tấn muối cho bà con với giá không dưới 1.600 đồng/kg.

THU HÀ

Tags: giá muối, diêm dân, Lộc Hà
Bài liên quan:
- Hà Tĩnh: Hỗ trợ 1,5 ha ruộng muối chuyển đổi sang nuôi trồng thủy sản
- Lộc Hà phát triển sản phẩm OCOP 4 sao từ muối
"""

ASOF = per("từ đầu vụ đến ngày 20/4", None, "2024-04-20")
LY = per("Năm ngoái", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LH = "Lộc Hà"

FIGS = [
    fig("được 5.800 tấn", "5.800", 5800, "measure", "tấn",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"), subject="sản lượng muối", period=ASOF),
    fig("còn 1.200-1.500", "1.200", 1200, "money", "đồng/kg", value_max=1500,
        change=chg("decrease", 40, "%", "cuối năm 2023", approx="about"), subject="giá muối tại đồng"),
    fig("với 52 ha", "52", 52, "measure", "ha", subject="diện tích muối xã Hộ Độ", location=LH),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn", approx="about",
        subject="muối tồn trong kho của các hộ", location=LH),
    fig("sản xuất 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="diện tích sản xuất muối của gia đình ông Nguyễn Văn Tứ", location=LH),
    fig("được 35 tấn", "35", 35, "measure", "tấn", subject="muối gia đình ông Tứ thu hoạch", location=LH),
    fig("hơn 10 tấn", "10", 10, "measure", "tấn", approx="over", subject="muối gia đình ông Tứ bán được",
        location=LH),
    fig("lên 3.000", "3.000", 3000, "money", "đồng/kg", subject="giá muối", period=LY, location=LH),
    fig("khoảng 200.000", "200.000", 200000, "money", "đồng/ngày", approx="about",
        subject="thu nhập của hai vợ chồng mỗi ngày", location=LH),
    fig("hai vợ chồng", "hai", 2, "count", "người", subject="người ra đồng", location=LH, optional=True),
    fig("lãi 300.000-400.000", "300.000", 300000, "money", "đồng/tấn", value_max=400000,
        subject="lãi mỗi tấn muối bán ra", location=LH),
    fig("có 212 ha", "212", 212, "measure", "ha", subject="diện tích sản xuất muối"),
    fig("gần 1.100 hộ", "1.100", 1100, "count", "hộ", approx="nearly", subject="hộ diêm dân"),
    fig("sản lượng 14.000 tấn", "14.000", 14000, "measure", "tấn", status="target",
        subject="sản lượng muối", period=Y24),
    fig("kết nối 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", subject="doanh nghiệp chế biến thu mua muối"),
    fig("ít nhất 3.000 tấn", "3.000", 3000, "measure", "tấn", approx="at_least",
        subject="muối doanh nghiệp thu mua cho bà con"),
    fig("không dưới 1.600", "1.600", 1600, "money", "đồng/kg", approx="at_least",
        subject="giá thu mua muối"),
    fig("Hỗ trợ 1,5 ha", "1,5", 1.5, "measure", "ha", subject="ruộng muối chuyển đổi sang nuôi trồng thủy sản",
        optional=True),
]

NOTES = [
    "Provincial newspaper (Báo Hà Tĩnh): headline, 'Thứ Sáu, 26/04/2024 - 07:15', sapo, tag '(HTO) -', byline 'THU HÀ', tags, related links.",
    "Distractors: 07:15, '4 giờ sáng' (time of day), 'ngày 20/4' (period end), 'OCOP 4 sao', '(HTO)', baselines 'cùng kỳ năm 2023', 'cuối năm 2023'.",
    "'từ đầu vụ đến ngày 20/4' → as-of 2024-04-20 (start of the season not datable); 'gấp 1,5 lần cùng kỳ năm 2023' → change in lần.",
    "'chỉ còn 1.200-1.500 đồng/kg, giảm khoảng 40% so với cuối năm 2023' → price range with a decrease change; no period (now).",
    "Hộ Độ passage and the farmer's quote → location Lộc Hà; province figures → Hà Tĩnh (default). 'Năm ngoái' = 2023.",
    "'Mỗi ngày … khoảng 200.000 đồng' → đồng/ngày; 'mỗi tấn muối bán ra chỉ lãi 300.000-400.000 đồng' → đồng/tấn.",
    "'hai vợ chồng' (the couple, an idiom) is optional.",
    "'ít nhất 3.000 tấn', 'không dưới 1.600 đồng/kg' → at_least. 'phấn đấu' → target.",
    "The related-link title 'Hỗ trợ 1,5 ha ruộng muối …' is optional: a figure, but in page furniture outside the article.",
]

if __name__ == "__main__":
    write("p1385-5", TEXT, NOTES, FIGS, published="2024-04-26", location="Hà Tĩnh")
