"""p1540-1: province portal (Bắc Ninh): paper packaging output 9 months 2024; a paper-bag maker in thị xã Quế Võ."""
from lib import fig, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Kinh tế > Công nghiệp - Thương mại

Sản lượng bao bì giấy 9 tháng ước đạt trên 410 nghìn tấn

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bao bì giấy các loại trên địa bàn tỉnh Bắc Ninh ước đạt 412 nghìn tấn, tăng 8,6% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm. Trong đó, thùng carton sóng 298 nghìn tấn, hộp giấy in offset 71 nghìn tấn, túi giấy các loại 43 nghìn tấn.

Giá trị sản xuất ngành giấy và sản phẩm từ giấy 9 tháng ước đạt 18.650 tỷ đồng, chiếm khoảng 4,1% giá trị sản xuất công nghiệp toàn tỉnh. Chỉ số sản xuất của ngành tăng 7,4% so với cùng kỳ. Bắc Ninh hiện đứng thứ hai cả nước về sản lượng bao bì giấy, sau Bình Dương.

Toàn tỉnh có 126 doanh nghiệp sản xuất bao bì giấy, tập trung tại làng nghề giấy Phong Khê (TP Bắc Ninh) và các khu công nghiệp Quế Võ, Yên Phong, thu hút hơn 9.800 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Tại Khu công nghiệp Quế Võ II (thị xã Quế Võ), Công ty TNHH Bao bì Kinh Bắc vừa đưa vào vận hành dây chuyền túi giấy tự động thứ 3, nâng công suất lên 12 triệu túi/tháng. Từ đầu năm đến nay, công ty xuất khẩu 85 triệu túi giấy sang Nhật Bản và Hàn Quốc, kim ngạch đạt gần 6,2 triệu USD, tăng 21% so với cùng kỳ.

Quý IV, ngành phấn đấu sản xuất thêm khoảng 130 nghìn tấn, đưa sản lượng cả năm lên trên 540 nghìn tấn. Sở Công Thương đề nghị doanh nghiệp thực hiện Quyết định số 1316/QĐ-TTg về quản lý chất thải nhựa; mọi vướng mắc liên hệ đường dây nóng 0222.3822.563.

Tin liên quan:
- Bắc Ninh: Hội nghị đối thoại doanh nghiệp quý III/2024
- Khánh thành nhà máy giấy tại Khu công nghiệp Yên Phong II
"""

NINE_HEAD = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = period("9 tháng", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("ước đạt trên 410 nghìn", "410", 410e3, "measure", "tấn", approx="over", status="estimate",
        subject="sản lượng bao bì giấy", period=NINE_HEAD),
    fig("ước đạt 412 nghìn", "412", 412e3, "measure", "tấn", status="estimate", percent=76.3,
        change=change("increase", 8.6, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bao bì giấy các loại", period=NINE),
    fig("sóng 298 nghìn", "298", 298e3, "measure", "tấn", total=412e3, status="estimate",
        subject="sản lượng thùng carton sóng", period=inherit(NINE)),
    fig("offset 71 nghìn", "71", 71e3, "measure", "tấn", total=412e3, status="estimate",
        subject="sản lượng hộp giấy in offset", period=inherit(NINE)),
    fig("loại 43 nghìn", "43", 43e3, "measure", "tấn", total=412e3, status="estimate",
        subject="sản lượng túi giấy các loại", period=inherit(NINE)),
    fig("ước đạt 18.650 tỷ", "18.650", 18650e9, "money", "đồng", status="estimate", percent=4.1,
        subject="giá trị sản xuất ngành giấy và sản phẩm từ giấy", period=NINE_SHORT),
    fig("tăng 7,4%", "7,4", 7.4, "percent", "%",
        subject="chỉ số sản xuất của ngành giấy và sản phẩm từ giấy", period=inherit(NINE_SHORT)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng bao bì giấy"),
    fig("có 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bao bì giấy"),
    fig("hơn 9.800 lao động", "9.800", 9800, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất bao bì giấy thu hút"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("lên 12 triệu", "12", 12e6, "measure", "túi/tháng",
        subject="công suất túi giấy của Công ty TNHH Bao bì Kinh Bắc", location=QV),
    fig("khẩu 85 triệu", "85", 85e6, "count", "túi giấy",
        subject="túi giấy công ty xuất khẩu", period=YTD, location=QV),
    fig("gần 6,2 triệu", "6,2", 6.2e6, "money", "USD", approx="nearly",
        change=change("increase", 21, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu túi giấy của công ty", period=YTD, location=QV),
    fig("thêm khoảng 130 nghìn", "130", 130e3, "measure", "tấn", approx="about", status="target",
        subject="sản lượng bao bì giấy sản xuất thêm", period=Q4),
    fig("trên 540 nghìn", "540", 540e3, "measure", "tấn", approx="over", status="target",
        subject="sản lượng bao bì giấy cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): paper packaging output 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'Khu công nghiệp Quế Võ II', 'dây chuyền ... thứ 3' (ordinal of a line), Quyết định số",
    "1316/QĐ-TTg, hotline 0222.3822.563, 'quý III/2024' and 'Yên Phong II' in related links.",
    "Headline '9 tháng ... trên 410 nghìn tấn' is its own figure (estimate, over); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break take the whole 412 nghìn tấn and its status (estimate); their period is inherited.",
    "'Chỉ số sản xuất của ngành tăng 7,4% so với cùng kỳ' is a growth rate as the claim: percent figure, no change; period inherited.",
    "'đứng thứ hai cả nước' → rank 2, located in Bắc Ninh ('hiện', no period).",
    "The company passage in thị xã Quế Võ: location Quế Võ; Nhật Bản, Hàn Quốc are trade partners, not places of the figure.",
    "revised after the first run: 12 triệu túi/tháng subject drops 'sản xuất' (not in the sentence): 'công suất túi giấy của Công ty ...'.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-10. 'Quý IV', 'cả năm' → 2024; 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1540-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Bắc Ninh")
