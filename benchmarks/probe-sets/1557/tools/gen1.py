"""p1557-1: province portal (Hưng Yên): shampoo and shower-gel output 9 months 2024, a plant in Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Hưng Yên
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng dầu gội đầu 9 tháng tăng gần 10%

Cập nhật: 07/10/2024 15:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, chỉ số sản xuất ngành hóa chất và sản phẩm hóa chất của tỉnh Hưng Yên tăng 11,3% so với cùng kỳ năm 2023. Trong đó, sản lượng dầu gội đầu ước đạt 38.400 tấn, tăng 9,6%; sữa tắm ước đạt 27.150 tấn, tăng 12,4%; xà phòng và chất tẩy rửa ước đạt gần 102 nghìn tấn.

Toàn tỉnh hiện có 23 doanh nghiệp sản xuất hóa mỹ phẩm, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức. Các doanh nghiệp này sử dụng khoảng 6.800 lao động, thu nhập bình quân 9,4 triệu đồng/người/tháng.

Tại Khu công nghiệp Phố Nối A (huyện Văn Lâm), Công ty TNHH Hóa mỹ phẩm Kim Ngân vừa đưa vào vận hành dây chuyền chiết rót dầu gội tự động công suất 12.000 chai/giờ, nâng tổng công suất nhà máy lên 45.000 tấn/năm. Từ đầu năm đến nay, công ty xuất khẩu 1.240 container sản phẩm sang Lào, Campuchia và Philippines, kim ngạch đạt 18,5 triệu USD, chiếm 41,2% doanh thu.

Thu ngân sách từ các doanh nghiệp hóa mỹ phẩm 9 tháng ước đạt 615 tỷ đồng, bằng 78% dự toán năm.

Phấn đấu cả năm 2024, sản lượng dầu gội đầu đạt 52.000 tấn, sữa tắm đạt 37.000 tấn. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Nghị định số 93/2016/NĐ-CP về điều kiện sản xuất mỹ phẩm và tham gia Hội chợ Công Thương vùng đồng bằng sông Hồng lần thứ 3.

Tin liên quan:
- Hưng Yên tổng kết Chương trình OCOP năm 2024
- Đối thoại doanh nghiệp quý III/2024: tháo gỡ khó khăn về mặt bằng sản xuất
"""

NINE_HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("tăng gần 10%", "10", 10, "percent", "%", approx="nearly",
        subject="sản lượng dầu gội đầu", period=NINE_HEAD),
    fig("tăng 11,3%", "11,3", 11.3, "percent", "%",
        subject="chỉ số sản xuất ngành hóa chất và sản phẩm hóa chất", period=NINE),
    fig("ước đạt 38.400 tấn", "38.400", 38400, "measure", "tấn", status="estimate",
        change=chg("increase", 9.6), subject="sản lượng dầu gội đầu", period=inh(NINE)),
    fig("ước đạt 27.150 tấn", "27.150", 27150, "measure", "tấn", status="estimate",
        change=chg("increase", 12.4), subject="sản lượng sữa tắm", period=inh(NINE)),
    fig("gần 102 nghìn tấn", "102", 102000, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng xà phòng và chất tẩy rửa", period=inh(NINE)),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất hóa mỹ phẩm"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp sản xuất hóa mỹ phẩm có vốn đầu tư nước ngoài"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp hóa mỹ phẩm sử dụng"),
    fig("bình quân 9,4 triệu", "9,4", 9.4e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động các doanh nghiệp hóa mỹ phẩm"),
    fig("công suất 12.000 chai/giờ", "12.000", 12000, "measure", "chai/giờ",
        subject="công suất dây chuyền chiết rót dầu gội tự động", location=VL),
    fig("lên 45.000 tấn/năm", "45.000", 45000, "measure", "tấn/năm",
        subject="tổng công suất nhà máy của Công ty TNHH Hóa mỹ phẩm Kim Ngân", location=VL),
    fig("xuất khẩu 1.240 container", "1.240", 1240, "count", "container",
        subject="container sản phẩm công ty xuất khẩu", period=YTD, location=VL),
    fig("đạt 18,5 triệu USD", "18,5", 18.5e6, "money", "USD", percent=41.2,
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=VL),
    fig("ước đạt 615 tỷ", "615", 615e9, "money", "đồng", status="estimate", percent=78,
        subject="thu ngân sách từ các doanh nghiệp hóa mỹ phẩm", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("đạt 52.000 tấn", "52.000", 52000, "measure", "tấn", status="target",
        subject="sản lượng dầu gội đầu", period=YEAR),
    fig("đạt 37.000 tấn", "37.000", 37000, "measure", "tấn", status="target",
        subject="sản lượng sữa tắm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:45 | Lượt xem: 1.386', related links.",
    "Distractors: 15:45, Lượt xem 1.386, KCN 'Thăng Long II', Nghị định số 93/2016/NĐ-CP, 'lần thứ 3', 'năm 2024' and 'quý III/2024' in link titles.",
    "'Trong đó' after a growth index (11,3%): the tonnages are not parts of a percent, so no total; each carries its own 'tăng' change.",
    "'ước đạt' governs each ';' clause that repeats it (estimate); the '9 tháng đầu năm 2024' of the previous sentence is inherited.",
    "Kim Ngân plant in KCN Phố Nối A (huyện Văn Lâm): its 4 figures located in Văn Lâm; 'Từ đầu năm đến nay' ends at the dateline.",
    "'bằng 78% dự toán năm' is the percent attribute of 615 tỷ; 'Phấn đấu cả năm 2024' → target for both tonnages.",
]

if __name__ == "__main__":
    write("p1557-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Hưng Yên")
