"""p1385-6: national newspaper: salt on tarpaulin in Ba Tri (Bến Tre), a farmer's story, province figures, 2025 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 10/3/2025, 16:05 (GMT+7)

Diêm dân Ba Tri lãi gấp ba nhờ làm muối trên bạt

Chuyển từ phơi muối trên nền đất sang trải bạt, nhiều hộ ở Ba Tri, Bến Tre thu lãi 120-150 triệu đồng mỗi ha, gấp ba lần cách làm cũ.

Ông Lê Văn Sáu ở xã An Thủy, huyện Ba Tri, có 1,5 ha ruộng muối. Năm 2022, ông đầu tư khoảng 90 triệu đồng lót bạt toàn bộ diện tích. "Muối trên bạt trắng, sạch, bán được 3.500 đồng một ký, cao hơn muối đất khoảng 1.000 đồng", ông nói. Vụ muối vừa qua, gia đình ông thu hơn 180 tấn, bán cho cơ sở đóng gói dòng muối hạt sạch "Bạt Xanh 99".

Theo Sở Nông nghiệp và Phát triển nông thôn Bến Tre, năm 2024 toàn tỉnh có 1.214 ha sản xuất muối, tập trung ở 3 huyện Ba Tri, Bình Đại, Thạnh Phú; sản lượng đạt 91.500 tấn. Diện tích làm muối trên bạt tăng từ 60 ha năm 2020 lên 325 ha, chiếm 26,8% tổng diện tích. Riêng huyện Ba Tri có 690 ha với khoảng 1.400 hộ làm muối.

Ông Phạm Minh Tâm, Phó trưởng phòng Nông nghiệp huyện Ba Tri, cho biết muối trên bạt đạt năng suất 110-130 tấn/ha, cao gấp 1,5 lần muối đất. Năm 2025, huyện phấn đấu mở rộng thêm 50 ha làm muối trên bạt, đưa tổng diện tích muối trên bạt của huyện lên khoảng 260 ha; dự kiến mỗi ha được hỗ trợ 20 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

"Khó nhất là đầu ra. Khi giá xuống dưới 1.000 đồng một ký thì diêm dân coi như làm không công", ông Tâm nói.

Hoàng Nam
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
BT = "Ba Tri"
BTR = "Bến Tre"

FIGS = [
    fig("lãi gấp ba", "ba", 3, "multiple", "lần", subject="lãi của diêm dân làm muối trên bạt"),
    fig("lãi 120-150 triệu", "120", 120e6, "money", "đồng/ha", value_max=150e6,
        change=chg("increase", 3, "lần", "cách làm cũ"), subject="lãi của hộ làm muối trải bạt"),
    fig("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject="ruộng muối của ông Lê Văn Sáu"),
    fig("khoảng 90 triệu", "90", 90e6, "money", "đồng", approx="about",
        subject="vốn đầu tư lót bạt", period=Y22),
    fig("được 3.500 đồng", "3.500", 3500, "money", "đồng/ký",
        change=chg("increase", 1000, "đồng", "muối đất", approx="about"), subject="giá bán muối trên bạt"),
    fig("hơn 180 tấn", "180", 180, "measure", "tấn", approx="over", subject="muối gia đình ông Sáu thu"),
    fig("có 1.214 ha", "1.214", 1214, "measure", "ha", subject="diện tích sản xuất muối", period=Y24,
        location=BTR),
    fig("ở 3 huyện", "3", 3, "count", "huyện", subject="huyện tập trung sản xuất muối", period=Y24,
        location=BTR),
    fig("đạt 91.500 tấn", "91.500", 91500, "measure", "tấn", subject="sản lượng muối", period=Y24,
        location=BTR),
    fig("từ 60 ha", "60", 60, "measure", "ha", subject="diện tích làm muối trên bạt", period=Y20,
        location=BTR, optional=True),
    fig("lên 325 ha", "325", 325, "measure", "ha", percent=26.8, subject="diện tích làm muối trên bạt",
        location=BTR),
    fig("có 690 ha", "690", 690, "measure", "ha", subject="diện tích sản xuất muối huyện Ba Tri"),
    fig("khoảng 1.400 hộ", "1.400", 1400, "count", "hộ", approx="about", subject="hộ làm muối"),
    fig("suất 110-130 tấn/ha", "110", 110, "measure", "tấn/ha", value_max=130,
        change=chg("increase", 1.5, "lần", "muối đất"), subject="năng suất muối trên bạt"),
    fig("thêm 50 ha", "50", 50, "measure", "ha", status="target",
        subject="diện tích làm muối trên bạt mở rộng thêm", period=Y25),
    fig("khoảng 260 ha", "260", 260, "measure", "ha", approx="about", status="target",
        subject="tổng diện tích muối trên bạt của huyện", period=Y25),
    fig("hỗ trợ 20 triệu", "20", 20e6, "money", "đồng/ha", status="forecast",
        subject="mức hỗ trợ làm muối trên bạt", period=Y25),
    fig("dưới 1.000 đồng", "1.000", 1000, "money", "đồng/ký", approx="under", subject="giá muối",
        optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 10/3/2025, 16:05 (GMT+7)', headline, sapo, quotes, byline 'Hoàng Nam' at the end.",
    "Distractors: 16:05, (GMT+7), the name 'Lê Văn Sáu' (sáu = six), product 'Bạt Xanh 99', 'Chương trình mục tiêu quốc gia'.",
    "Headline 'lãi gấp ba' stands alone as the claim → kind multiple, 3 lần. In the sapo 'gấp ba lần cách làm cũ' is the change of 120-150 triệu.",
    "'120-150 triệu đồng mỗi ha' → đồng/ha; '3.500 đồng một ký' → unit đồng/ký (as written); 'cao hơn muối đất khoảng 1.000 đồng' → change.",
    "Location: Ba Tri (default) for the headline, sapo, farmer and district figures; Bến Tre for the province's 2024 figures.",
    "'tăng từ 60 ha năm 2020 lên 325 ha, chiếm 26,8%' → 325 ha with percent 26.8 (no period: it is the current area);",
    "the old value 60 ha (năm 2020) is optional. 'Năm 2025, huyện phấn đấu … thêm 50 ha …, lên khoảng 260 ha' → target; 'dự kiến … 20 triệu' → forecast.",
    "The quoted hypothetical 'Khi giá xuống dưới 1.000 đồng một ký' is optional: a threshold, not a fact stated about the world.",
]

if __name__ == "__main__":
    write("p1385-6", TEXT, NOTES, FIGS, published="2025-03-10", location="Ba Tri")
