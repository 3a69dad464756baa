"""p1457-1: province portal (Cổng TTĐT tỉnh Vĩnh Phúc): bolts, screws and metal parts, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH PHÚC
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất bu lông, ốc vít 9 tháng tăng 11,4%

Cập nhật: 15/10/2024 09:20 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bu lông, ốc vít và linh kiện kim khí của các doanh nghiệp trên địa bàn tỉnh ước đạt 48.600 tấn, tăng 11,4% so với cùng kỳ năm 2023, bằng 75,9% kế hoạch năm. Trong đó, khối doanh nghiệp có vốn đầu tư trực tiếp nước ngoài (FDI) ước sản xuất 39.000 tấn, chiếm 80,2%.

Hiện toàn tỉnh có 27 doanh nghiệp sản xuất bu lông, ốc vít, đinh tán và chi tiết kim khí, gồm 19 doanh nghiệp FDI và 8 doanh nghiệp trong nước, tập trung tại các khu công nghiệp Bình Xuyên, Bá Thiện II và Khai Quang. Các doanh nghiệp này giải quyết việc làm cho hơn 6.300 lao động, thu nhập bình quân khoảng 8,7 triệu đồng/người/tháng.

Đáng chú ý, Công ty TNHH Kim khí chính xác Đại Phong (KCN Bá Thiện II) vừa đưa vào vận hành dây chuyền dập nguội bu lông cường độ cao cấp bền 8.8 và 10.9 với tổng vốn đầu tư 12,5 triệu USD, công suất 1.200 tấn/tháng. Từ đầu năm đến nay, công ty đã xuất khẩu trên 3.400 tấn sản phẩm sang Nhật Bản và Hàn Quốc, kim ngạch đạt 9,8 triệu USD.

Năm 2024, ngành phấn đấu đạt sản lượng 64.000 tấn, giá trị sản xuất khoảng 5.200 tỷ đồng. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa linh kiện kim khí cho ngành ô tô, xe máy của tỉnh đạt ít nhất 45%.

Tin liên quan:
- Hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ lần thứ 3
- Khánh thành nhà máy linh kiện điện tử tại khu công nghiệp Bá Thiện
"""

M9h = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TDN = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("9 tháng tăng 11,4%", "11,4", 11.4, "percent", "%", subject="sản xuất bu lông, ốc vít", period=M9h),
    fig("ước đạt 48.600 tấn", "48.600", 48600, "measure", "tấn", status="estimate", percent=75.9,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bu lông, ốc vít và linh kiện kim khí của các doanh nghiệp trên địa bàn tỉnh", period=M9),
    fig("sản xuất 39.000 tấn", "39.000", 39000, "measure", "tấn", status="estimate", total=48600, percent=80.2,
        subject="sản lượng khối doanh nghiệp có vốn đầu tư trực tiếp nước ngoài (FDI)", period=inh(M9)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bu lông, ốc vít, đinh tán và chi tiết kim khí"),
    fig("gồm 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", total=27, subject="doanh nghiệp FDI"),
    fig("và 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=27, subject="doanh nghiệp trong nước"),
    fig("hơn 6.300 lao động", "6.300", 6300, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp giải quyết việc làm"),
    fig("khoảng 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của lao động"),
    fig("tư 12,5 triệu USD", "12,5", 12.5e6, "money", "USD",
        subject="tổng vốn đầu tư dây chuyền dập nguội bu lông cường độ cao"),
    fig("suất 1.200 tấn/tháng", "1.200", 1200, "measure", "tấn/tháng", subject="công suất dây chuyền dập nguội"),
    fig("trên 3.400 tấn", "3.400", 3400, "measure", "tấn", approx="over",
        subject="sản phẩm công ty xuất khẩu sang Nhật Bản và Hàn Quốc", period=TDN),
    fig("đạt 9,8 triệu USD", "9,8", 9.8e6, "money", "USD", subject="kim ngạch xuất khẩu của công ty", period=TDN),
    fig("lượng 64.000 tấn", "64.000", 64000, "measure", "tấn", status="target", subject="sản lượng của ngành",
        period=Y24),
    fig("khoảng 5.200 tỷ", "5.200", 5200e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất của ngành", period=Y24),
    fig("ít nhất 45%", "45", 45, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa linh kiện kim khí cho ngành ô tô, xe máy của tỉnh", period=T30),
]

NOTES = [
    "Province portal (Vĩnh Phúc): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 09:20 | Lượt xem: 1.863' (published), related links.",
    "Headline '9 tháng tăng 11,4%': a growth rate as the claim (percent, no change); year-less '9 tháng' takes 2024 (published; nothing earlier).",
    "48.600 tấn: 'ước đạt' → estimate; first change 11,4% and share 'bằng 75,9% kế hoạch năm' are its attributes.",
    "'Trong đó … ước sản xuất 39.000 tấn, chiếm 80,2%' after a sentence break: total 48.600 (same thing, same period); own 'ước' → estimate.",
    "'gồm 19 … và 8 …' after '27 doanh nghiệp': total 27. 'Hiện' figures and the Đại Phong line have no period.",
    "Distractors: 15/10/2024 09:20, Lượt xem 1.863, KCN 'Bá Thiện II', 'cấp bền 8.8 và 10.9' (property classes), 'lần thứ 3', baseline 'năm 2023'.",
    "'Từ đầu năm đến nay' ends at published (2024-10-15). 'Mục tiêu đến năm 2030 … ít nhất 45%' → target, at_least, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1457-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Vĩnh Phúc")
