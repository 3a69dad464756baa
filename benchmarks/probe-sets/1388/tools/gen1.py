"""p1388-1: province portal (Bắc Ninh): industrial robots in the industrial parks, 9 months 2024; one electronics firm in Yên Phong."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Ninh: Gần 4.800 robot công nghiệp đang vận hành trong các khu công nghiệp

Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.162

Theo Ban Quản lý các khu công nghiệp tỉnh, tính đến ngày 30/9/2024, các doanh nghiệp trong 16 khu công nghiệp đang hoạt động trên địa bàn tỉnh Bắc Ninh đã đưa vào vận hành 4.780 robot công nghiệp, tăng 12,4% so với cùng thời điểm năm 2023. Trong đó, robot hàn và lắp ráp có 2.150 chiếc, robot gắp đặt và đóng gói 1.630 chiếc, còn lại là robot sơn và robot kiểm tra bằng thị giác máy.

Chín tháng đầu năm, giá trị sản xuất công nghiệp của khối doanh nghiệp FDI ước đạt 1,02 triệu tỷ đồng, chiếm khoảng 74% toàn ngành công nghiệp của tỉnh. Trong 9 tháng, năng suất lao động bình quân của người lao động trong các khu công nghiệp đạt 1,56 tỷ đồng/người/năm, cao hơn 2,3 lần mức bình quân chung của tỉnh.

Tại Khu công nghiệp Yên Phong II-C (huyện Yên Phong), Công ty TNHH Linh kiện điện tử Kinh Bắc đã lắp đặt 320 cánh tay robot trên 14 dây chuyền SMT. Nhờ tự động hóa, số lao động trực tiếp giảm khoảng 35%, từ 2.600 người xuống còn 1.700 người; thời gian chuyển đổi mẫu sản phẩm rút ngắn từ 4 giờ còn 45 phút; tỷ lệ lỗi giảm từ 1,2% xuống 0,3%.

Tỉnh phấn đấu đến năm 2025 có ít nhất 30% doanh nghiệp sản xuất trong các khu công nghiệp ứng dụng tự động hóa ở mức cao; đến năm 2030 nâng tỷ lệ này lên 50%. Cùng với đó, Bắc Ninh ưu tiên thu hút dự án công nghệ cao, hạn chế dự án thâm dụng lao động theo Nghị quyết số 11-NQ/TU của Tỉnh ủy.

Tin liên quan:
- Bắc Ninh tổ chức Hội nghị xúc tiến đầu tư năm 2024
- Khánh thành nhà máy linh kiện tại Khu công nghiệp Quế Võ 3
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE_W = per("Chín tháng đầu năm", "2024-01-01", "2024-09-30")
NINE = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
YP = "Yên Phong"

FIGS = [
    fig("Gần 4.800 robot", "4.800", 4800, "count", "robot", approx="nearly",
        subject="robot công nghiệp đang vận hành trong các khu công nghiệp"),
    fig("trong 16 khu", "16", 16, "count", "khu công nghiệp",
        subject="khu công nghiệp đang hoạt động", period=ASOF),
    fig("vận hành 4.780 robot", "4.780", 4780, "count", "robot",
        change=chg("increase", 12.4, "%", "cùng thời điểm năm 2023"),
        subject="robot công nghiệp các doanh nghiệp trong khu công nghiệp đưa vào vận hành", period=ASOF),
    fig("có 2.150 chiếc", "2.150", 2150, "count", "chiếc", total=4780,
        subject="robot hàn và lắp ráp", period=inh(ASOF)),
    fig("đóng gói 1.630 chiếc", "1.630", 1630, "count", "chiếc", total=4780,
        subject="robot gắp đặt và đóng gói", period=inh(ASOF)),
    fig("ước đạt 1,02 triệu tỷ", "1,02", 1.02e15, "money", "đồng", status="estimate", percent=74,
        subject="giá trị sản xuất công nghiệp của khối doanh nghiệp FDI", period=NINE_W),
    fig("đạt 1,56 tỷ", "1,56", 1.56e9, "money", "đồng/người/năm",
        change=chg("increase", 2.3, "lần", "mức bình quân chung của tỉnh"),
        subject="năng suất lao động bình quân của người lao động trong các khu công nghiệp", period=NINE),
    fig("lắp đặt 320 cánh tay", "320", 320, "count", "cánh tay robot",
        subject="cánh tay robot Công ty TNHH Linh kiện điện tử Kinh Bắc lắp đặt", location=YP),
    fig("trên 14 dây chuyền", "14", 14, "count", "dây chuyền", subject="dây chuyền SMT", location=YP),
    fig("từ 2.600 người", "2.600", 2600, "count", "người", subject="số lao động trực tiếp", location=YP),
    fig("còn 1.700 người", "1.700", 1700, "count", "người",
        change=chg("decrease", 35, "%", approx="about"), subject="số lao động trực tiếp", location=YP),
    fig("từ 4 giờ", "4", 4, "measure", "giờ", subject="thời gian chuyển đổi mẫu sản phẩm", location=YP),
    fig("còn 45 phút", "45", 45, "measure", "phút", subject="thời gian chuyển đổi mẫu sản phẩm", location=YP),
    fig("từ 1,2%", "1,2", 1.2, "percent", "%", subject="tỷ lệ lỗi", location=YP),
    fig("xuống 0,3%", "0,3", 0.3, "percent", "%", subject="tỷ lệ lỗi", location=YP),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="doanh nghiệp sản xuất trong các khu công nghiệp ứng dụng tự động hóa ở mức cao", period=T25),
    fig("lên 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ doanh nghiệp sản xuất trong các khu công nghiệp ứng dụng tự động hóa ở mức cao",
        period=T30),
]

NOTES = [
    "Province portal (Bắc Ninh): robots in the industrial parks as of 30/9/2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.162'.",
    "Distractors: 09:35, Lượt xem 3.162, 'Yên Phong II-C', 'SMT', Nghị quyết số 11-NQ/TU, 'năm 2024' and 'Quế Võ 3' in related links.",
    "Headline 'Gần 4.800 robot' is a figure of its own (nearly), no period in the headline.",
    "'Trong đó' parts after a sentence break take the whole 4.780 (chiếc = robots; same thing, same as-of date; period inherited).",
    "'1,02 triệu tỷ đồng' = 1,02 x 10^15; 'chiếm khoảng 74%' is its percent attribute. 'Chín tháng đầu năm' (number word) takes 2024.",
    "'cao hơn 2,3 lần mức bình quân chung' is the change of 1,56 tỷ (unit lần).",
    "Firm passage in huyện Yên Phong: location Yên Phong. 'từ A xuống còn B' gives two figures (before and after), no range.",
    "Targets 'đến năm 2025' (at least 30%) and 'đến năm 2030' (50%).",
    "revised after the first run: 'số lao động trực tiếp giảm khoảng 35%, từ 2.600 người xuống còn 1.700 người' - the rate has a base",
    "amount in its own clause, so it is the change of 1.700 (decrease 35%, about), not a percent figure (spec: only rates with no base",
    "amount stand as figures; an attribute is not also a figure).",
]

if __name__ == "__main__":
    write("p1388-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
