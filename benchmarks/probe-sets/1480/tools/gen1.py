"""p1480-1: province portal (Cổng TTĐT tỉnh Bắc Ninh): adhesive tape and glue output, 9 months of 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Ninh: Sản lượng băng dính 9 tháng tăng 8,4%

Cập nhật: 07/10/2024 15:05 | Lượt xem: 1.836

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng băng dính các loại trên địa bàn tỉnh ước đạt 486,5 triệu m2, tăng 8,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm; trong đó băng dính OPP 312 triệu m2, băng dính giấy 98,6 triệu m2, còn lại là băng dính hai mặt và băng dính điện. Sản lượng keo dán công nghiệp đạt 21.450 tấn, giảm 2,3% so với cùng kỳ do đơn hàng từ ngành đồ gỗ sụt giảm.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất băng dính, keo dán, trong đó 11 doanh nghiệp có vốn đầu tư nước ngoài; các doanh nghiệp này sử dụng khoảng 4.300 lao động với thu nhập bình quân 9,2 triệu đồng/người/tháng.

Tại thị xã Quế Võ, Công ty TNHH Băng keo Tân Phát vừa đưa dây chuyền tráng keo thứ 3 vào vận hành với công suất 45 triệu m2/năm, tổng vốn đầu tư gần 120 tỷ đồng, nâng công suất toàn nhà máy lên 130 triệu m2/năm. Dây chuyền mới tạo việc làm cho thêm 85 lao động.

Kim ngạch xuất khẩu băng dính, keo dán 9 tháng ước đạt 68,3 triệu USD, tăng 12,5% so với cùng kỳ; thị trường chính là Hàn Quốc, Nhật Bản và Hoa Kỳ.

Quý IV, Sở Công Thương phấn đấu toàn ngành sản xuất khoảng 152 triệu m2 băng dính, đưa sản lượng cả năm lên trên 638 triệu m2, vượt kế hoạch năm.

Tin liên quan:
- Bắc Ninh tổ chức Hội nghị xúc tiến thương mại năm 2024
- Doanh nghiệp KCN Yên Phong tuyển dụng lao động dịp cuối năm

Cổng Thông tin điện tử tỉnh Bắc Ninh. Địa chỉ: Số 10 Phó Đức Chính, TP Bắc Ninh. Điện thoại: 0222.3822.456
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9H = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("9 tháng tăng 8,4%", "8,4", 8.4, "percent", "%", subject="sản lượng băng dính", period=M9H),
    fig("ước đạt 486,5 triệu m2", "486,5", 486.5e6, "measure", "m2", percent=76.2, status="estimate",
        change=chg("increase", 8.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng băng dính các loại trên địa bàn tỉnh", period=M9),
    fig("OPP 312 triệu m2", "312", 312e6, "measure", "m2", total=486.5e6, status="estimate",
        subject="sản lượng băng dính OPP", period=M9),
    fig("giấy 98,6 triệu m2", "98,6", 98.6e6, "measure", "m2", total=486.5e6, status="estimate",
        subject="sản lượng băng dính giấy", period=M9),
    fig("đạt 21.450 tấn", "21.450", 21450, "measure", "tấn", change=chg("decrease", 2.3, "%", "cùng kỳ"),
        subject="sản lượng keo dán công nghiệp", period=inh(M9)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất băng dính, keo dán"),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("công suất 45 triệu m2/năm", "45", 45e6, "measure", "m2/năm",
        subject="công suất dây chuyền tráng keo", location=QV),
    fig("gần 120 tỷ", "120", 120e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư dây chuyền tráng keo", location=QV),
    fig("lên 130 triệu m2/năm", "130", 130e6, "measure", "m2/năm", subject="công suất toàn nhà máy", location=QV),
    fig("thêm 85 lao động", "85", 85, "count", "lao động", subject="lao động dây chuyền mới tạo việc làm",
        location=QV),
    fig("9 tháng ước đạt 68,3 triệu USD", "68,3", 68.3e6, "money", "USD", status="estimate",
        change=chg("increase", 12.5, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu băng dính, keo dán",
        period=M9H),
    fig("khoảng 152 triệu m2", "152", 152e6, "measure", "m2", approx="about", status="target",
        subject="sản lượng băng dính toàn ngành sản xuất", period=Q4),
    fig("trên 638 triệu m2", "638", 638e6, "measure", "m2", approx="over", status="target",
        subject="sản lượng băng dính cả năm", period=YR),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:05 | Lượt xem: 1.836'",
    "(published; the view counter is furniture), related links, address and phone footer.",
    "Headline '9 tháng tăng 8,4%' is a growth rate as the claim: percent figure, no change; year-less '9 tháng' takes 2024 (published).",
    "'bằng 76,2% kế hoạch năm' is the share attribute (percent) of 486,5 triệu m2. Parts after '; trong đó' take it as total",
    "and share its 'ước đạt' status. 'băng dính hai mặt' (double-sided) and 'dây chuyền ... thứ 3' are not figures.",
    "Quế Võ passage: location Quế Võ. 'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1480-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Bắc Ninh")
