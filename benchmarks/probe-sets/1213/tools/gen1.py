"""p1213-1: province portal (Tuyên Quang), 9 months of 2024 in plantation-wood processing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.418

Tuyên Quang: Giá trị chế biến gỗ rừng trồng 9 tháng ước đạt hơn 3.100 tỷ đồng

9 tháng năm 2024, giá trị sản xuất ngành chế biến gỗ rừng trồng trên địa bàn tỉnh ước đạt 3.150 tỷ đồng, bằng 76,8% kế hoạch năm, tăng 11,2% so với cùng kỳ. Trong đó, sản lượng ván bóc ước đạt 412.000 m3, gỗ dán (ván ép) đạt 138.500 m3.

Toàn tỉnh hiện có 1.246 cơ sở chế biến gỗ, trong đó 38 doanh nghiệp sản xuất gỗ dán, ván ghép thanh và 624 xưởng bóc ván quy mô hộ gia đình. Các cơ sở thu hút khoảng 14.500 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Từ đầu năm đến nay, toàn tỉnh khai thác gần 1,05 triệu m3 gỗ rừng trồng, đạt 81% kế hoạch; trồng mới 10.860 ha rừng tập trung. Giá gỗ keo nguyên liệu đường kính từ 12 cm trở lên hiện dao động 1,25-1,4 triệu đồng/tấn, cao hơn khoảng 10% so với cuối năm 2023.

Tại huyện Yên Sơn, Công ty TNHH Lâm sản Hưng Phát ở xã Thắng Quân vừa đưa dây chuyền ép nóng thứ hai vào vận hành, nâng tổng công suất lên 45.000 m3/năm. Doanh nghiệp sử dụng 320 công nhân, trong đó hơn 70% là lao động địa phương; mỗi năm tiêu thụ khoảng 90.000 tấn gỗ keo của trên 2.000 hộ trồng rừng.

Năm 2025, tỉnh phấn đấu giá trị sản xuất chế biến lâm sản đạt 5.000 tỷ đồng, tỷ lệ gỗ rừng trồng đưa vào chế biến sâu đạt ít nhất 60%.

Cổng Thông tin điện tử tỉnh Tuyên Quang
Địa chỉ: số 160 đường Trần Hưng Đạo, phường Tân Quang, TP Tuyên Quang | Điện thoại: 0207.3822.358
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
YS = "Yên Sơn"
CO = "Công ty TNHH Lâm sản Hưng Phát"

FIGS = [
    fig("ước đạt hơn 3.100 tỷ đồng", "3.100", 3100e9, "money", "đồng", approx="over", status="estimate",
        subject="giá trị chế biến gỗ rừng trồng", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("ước đạt 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", percent=76.8,
        change=chg("increase", 11.2, "%", "cùng kỳ"), status="estimate",
        subject="giá trị sản xuất ngành chế biến gỗ rừng trồng", period=M9),
    fig("ước đạt 412.000 m3", "412.000", 412000, "measure", "m3", status="estimate",
        subject="sản lượng ván bóc", period=inh(M9)),
    fig("đạt 138.500 m3", "138.500", 138500, "measure", "m3", status="estimate",
        subject="sản lượng gỗ dán (ván ép)", period=inh(M9)),
    fig("có 1.246 cơ sở", "1.246", 1246, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", total=1246,
        subject="doanh nghiệp sản xuất gỗ dán, ván ghép thanh"),
    fig("624 xưởng", "624", 624, "count", "xưởng", total=1246, subject="xưởng bóc ván quy mô hộ gia đình"),
    fig("khoảng 14.500 lao động", "14.500", 14500, "count", "lao động", approx="about",
        subject="lao động tại các cơ sở chế biến gỗ"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân của lao động chế biến gỗ"),
    fig("gần 1,05 triệu m3", "1,05", 1.05e6, "measure", "m3", approx="nearly", percent=81,
        subject="gỗ rừng trồng khai thác", period=YTD),
    fig("mới 10.860 ha", "10.860", 10860, "measure", "ha", subject="diện tích rừng tập trung trồng mới", period=YTD),
    fig("từ 12 cm", "12", 12, "measure", "cm", approx="at_least", optional=True,
        subject="đường kính gỗ keo nguyên liệu"),
    fig("1,25-1,4 triệu", "1,25", 1.25e6, "money", "đồng/tấn", value_max=1.4e6,
        change=chg("increase", 10, "%", "cuối năm 2023", approx="about"), subject="giá gỗ keo nguyên liệu"),
    fig("lên 45.000 m3/năm", "45.000", 45000, "measure", "m3/năm", subject=f"tổng công suất của {CO}", location=YS),
    fig("320 công nhân", "320", 320, "count", "công nhân", subject="công nhân doanh nghiệp sử dụng", location=YS),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ lao động địa phương trong công nhân của doanh nghiệp", location=YS),
    fig("khoảng 90.000 tấn", "90.000", 90000, "measure", "tấn", approx="about",
        subject="gỗ keo doanh nghiệp tiêu thụ mỗi năm", location=YS),
    fig("trên 2.000 hộ", "2.000", 2000, "count", "hộ", approx="over",
        subject="hộ trồng rừng cung cấp gỗ keo cho doanh nghiệp", location=YS),
    fig("đạt 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất chế biến lâm sản", period=Y25),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ gỗ rừng trồng đưa vào chế biến sâu", period=Y25),
]

NOTES = [
    "revised after the first run: 320 công nhân subject = the sentence's own words ('Doanh nghiệp sử dụng'), not the company name.",
    "Province portal (Tuyên Quang): breadcrumb, 'Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.418' (published; counter is furniture).",
    "Headline figure with year-less '9 tháng' (year from the dateline). 'Trong đó' after a money whole introduces m3 outputs: no total.",
    "'Từ đầu năm đến nay' ends at the published date. 'từ 12 cm trở lên' is a size threshold (optional).",
    "Company passage placed in huyện Yên Sơn: its figures get location Yên Sơn, also in the next sentence ('Doanh nghiệp ...').",
    "Distractors: 'dây chuyền ép nóng thứ hai' (ordinal), 'số 160 đường Trần Hưng Đạo', phone, times.",
]

if __name__ == "__main__":
    write("p1213-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Tuyên Quang")
