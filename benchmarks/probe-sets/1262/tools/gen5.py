"""p1262-5: ministry site (Bộ NN&PTNT, Cục Thủy lợi): national water-saving irrigation area to 30/6/2024, crops, provinces, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi

Diện tích tưới tiết kiệm nước đạt hơn 72% mục tiêu Đề án

Ngày đăng: 15/08/2024 | Nguồn: Cục Thủy lợi

Theo Cục Thủy lợi, tính đến hết tháng 6/2024, cả nước có khoảng 726.000 ha cây trồng cạn được áp dụng tưới tiên tiến, tiết kiệm nước, tăng gần 2,5 lần so với năm 2015, đạt 72,6% mục tiêu của Đề án đến năm 2025 (1 triệu ha). Trong đó, cà phê chiếm diện tích lớn nhất với 215.000 ha, tiếp đến là cây ăn quả 172.000 ha, hồ tiêu 68.000 ha. Tuy vậy, diện tích này mới chiếm chưa đến 20% tổng diện tích cây trồng cạn cả nước.

6 tháng đầu năm 2024, diện tích tưới tiết kiệm nước tăng thêm khoảng 38,5 nghìn ha, tập trung ở Đắk Lắk (6.200 ha), Lâm Đồng (5.800 ha) và Bình Thuận (3.100 ha).

Đánh giá của Cục Thủy lợi cho thấy, tưới tiết kiệm nước giúp giảm 20-50% lượng nước tưới, tăng năng suất cây trồng 10-40%; lợi nhuận tăng bình quân 35-45 triệu đồng/ha/năm. Hiện cả nước có khoảng 120 doanh nghiệp sản xuất, cung ứng thiết bị tưới, trong đó 35 doanh nghiệp trong nước đã làm chủ công nghệ sản xuất ống tưới nhỏ giọt.

Theo Chiến lược thủy lợi Việt Nam, mục tiêu đến năm 2030 cả nước có trên 1,5 triệu ha cây trồng cạn được tưới tiên tiến, tiết kiệm nước. Trong quý IV/2024, Cục Thủy lợi dự kiến tổ chức ba hội nghị chuyển giao công nghệ tưới tại Tây Nguyên, Nam Trung Bộ và Đông Nam Bộ để hướng dẫn thực hiện Quyết định số 1898/QĐ-BNN-TL.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = per("tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
SUBJ_ADD = "diện tích tưới tiết kiệm nước tăng thêm"

FIGS = [
    fig("hơn 72%", "72", 72, "percent", "%", approx="over",
        subject="diện tích tưới tiết kiệm nước so với mục tiêu Đề án"),
    fig("khoảng 726.000 ha", "726.000", 726000, "measure", "ha", approx="about", percent=72.6,
        change=chg("increase", 2.5, "lần", "năm 2015", approx="nearly"), target=tgt(1e6, "ha"),
        subject="cây trồng cạn được áp dụng tưới tiên tiến, tiết kiệm nước", period=ASOF),
    fig("với 215.000 ha", "215.000", 215000, "measure", "ha", total=726000,
        subject="diện tích cà phê được tưới tiết kiệm nước", period=inh(ASOF)),
    fig("quả 172.000 ha", "172.000", 172000, "measure", "ha", total=726000,
        subject="diện tích cây ăn quả được tưới tiết kiệm nước", period=inh(ASOF)),
    fig("tiêu 68.000 ha", "68.000", 68000, "measure", "ha", total=726000,
        subject="diện tích hồ tiêu được tưới tiết kiệm nước", period=inh(ASOF)),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under",
        subject="diện tích tưới tiết kiệm nước trong tổng diện tích cây trồng cạn cả nước",
        period=inh(ASOF)),
    fig("khoảng 38,5 nghìn", "38,5", 38500, "measure", "ha", approx="about",
        subject=SUBJ_ADD, period=H1),
    fig("(6.200 ha)", "6.200", 6200, "measure", "ha", subject=SUBJ_ADD, period=H1, location="Đắk Lắk"),
    fig("(5.800 ha)", "5.800", 5800, "measure", "ha", subject=SUBJ_ADD, period=H1, location="Lâm Đồng"),
    fig("(3.100 ha)", "3.100", 3100, "measure", "ha", subject=SUBJ_ADD, period=H1, location="Bình Thuận"),
    fig("giảm 20-50%", "20", 20, "percent", "%", value_max=50,
        subject="lượng nước tưới giảm nhờ tưới tiết kiệm nước"),
    fig("cây trồng 10-40%", "10", 10, "percent", "%", value_max=40,
        subject="năng suất cây trồng tăng"),
    fig("bình quân 35-45 triệu", "35", 35e6, "money", "đồng/ha/năm", value_max=45e6,
        subject="lợi nhuận tăng bình quân"),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, cung ứng thiết bị tưới"),
    fig("đó 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp", total=120,
        subject="doanh nghiệp trong nước làm chủ công nghệ sản xuất ống tưới nhỏ giọt"),
    fig("trên 1,5 triệu", "1,5", 1.5e6, "measure", "ha", approx="over", status="target",
        subject="cây trồng cạn được tưới tiên tiến, tiết kiệm nước", period=T30),
    fig("ba hội nghị", "ba", 3, "count", "hội nghị", status="forecast",
        subject="hội nghị chuyển giao công nghệ tưới", period=Q4),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Ngày đăng: 15/08/2024 | Nguồn: Cục Thủy lợi', footer with address and phone.",
    "Distractors: năm 2015 (baseline), 'Đề án đến năm 2025', Quyết định số 1898/QĐ-BNN-TL, 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "National figures: location Việt Nam; the provinces in the bracketed list of the H1 increase are the items' locations.",
    "726.000 ha carries four attributes: approx about, change 'tăng gần 2,5 lần so với năm 2015' (lần, nearly), percent 72,6 and",
    "target 1 triệu ha (the bracketed Đề án target). The crops after 'Trong đó' (next sentence) are parts: total 726000, period inherited.",
    "'diện tích này mới chiếm chưa đến 20%' has no amount of its own in that sentence: a percent figure (under), period inherited.",
    "'tập trung ở Đắk Lắk (6.200 ha), ...' is not a part cue and the items do not add up to 38,5 nghìn: no total.",
    "'khoảng 38,5 nghìn ha' = 38 500 (nghìn applied). 'khoảng 120 doanh nghiệp ..., trong đó 35 doanh nghiệp' → total 120.",
    "'ba hội nghị' (number word) with 'dự kiến' → forecast, period quý IV/2024. 'mục tiêu đến năm 2030 ... trên 1,5 triệu ha' → target.",
]

if __name__ == "__main__":
    write("p1262-5", TEXT, NOTES, FIGS, published="2024-08-15", location="Việt Nam")
