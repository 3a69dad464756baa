"""p1168-2: district portal (huyện Hoa Lư, Ninh Bình), Ninh Vân stone carving village, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOA LƯ
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ

Làng đá mỹ nghệ Ninh Vân vươn ra thị trường quốc tế

Thứ Sáu, 11/10/2024 - 14:05

Xã Ninh Vân hiện có 3 làng nghề chế tác đá mỹ nghệ là Xuân Vũ, Thượng Hòa và Hệ, với hơn 1.000 hộ làm nghề (chiếm khoảng 70% số hộ toàn xã) cùng 226 doanh nghiệp, tổ hợp tác. 9 tháng năm 2024, tổng giá trị sản xuất của làng nghề ước đạt 1.150 tỷ đồng, bằng 76,7% kế hoạch năm, tăng 11,2% so với cùng kỳ; trong đó giá trị xuất khẩu đạt khoảng 7,8 triệu USD.

Sản phẩm đá Ninh Vân gồm tượng Phật, lăng mộ, cột đá, đồ trang trí sân vườn, đã có mặt tại hơn 20 quốc gia và vùng lãnh thổ, nhiều nhất là Hàn Quốc, Nhật Bản và Mỹ.

Tại thôn Xuân Vũ, Công ty TNHH Đá mỹ nghệ Bảo Minh của anh Nguyễn Văn Minh hiện có 48 công nhân, thu nhập bình quân 9,5 triệu đồng/người/tháng. Năm 2023, công ty xuất khẩu 36 container sản phẩm, doanh thu đạt 28 tỷ đồng. Riêng 6 tháng đầu năm nay, công ty đã ký hai hợp đồng với đối tác Hàn Quốc, trị giá gần 9 tỷ đồng.

Để giữ nghề, từ đầu năm đến nay huyện đã mở 12 lớp truyền nghề chạm khắc đá cho 360 học viên. Mỗi học viên được hỗ trợ 1,5 triệu đồng/tháng trong thời gian học.

Năm 2025, huyện phấn đấu giá trị sản xuất làng nghề đá Ninh Vân đạt từ 1.600 đến 1.700 tỷ đồng, có thêm ít nhất 5 sản phẩm đạt OCOP 4 sao.

Thu Hà - Trung tâm VH-TT&TT huyện Hoa Lư

UBND HUYỆN HOA LƯ - Đường Trần Hưng Đạo, thị trấn Thiên Tôn
Điện thoại: 0229.3620.228
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-11")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CO = "Công ty TNHH Đá mỹ nghệ Bảo Minh"

FIGS = [
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề chế tác đá mỹ nghệ xã Ninh Vân"),
    fig("hơn 1.000 hộ", "1.000", 1000, "count", "hộ", approx="over", percent=70,
        subject="hộ làm nghề chế tác đá mỹ nghệ"),
    fig("cùng 226 doanh nghiệp", "226", 226, "count", "doanh nghiệp, tổ hợp tác",
        subject="doanh nghiệp, tổ hợp tác chế tác đá mỹ nghệ"),
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate", percent=76.7,
        change=chg("increase", 11.2, "%", "cùng kỳ"),
        subject="tổng giá trị sản xuất của làng nghề", period=N9),
    fig("khoảng 7,8 triệu USD", "7,8", 7.8e6, "money", "USD", approx="about", status="estimate",
        subject="giá trị xuất khẩu của làng nghề", period=N9),
    fig("hơn 20 quốc gia", "20", 20, "count", "quốc gia và vùng lãnh thổ", approx="over",
        subject="quốc gia và vùng lãnh thổ có sản phẩm đá Ninh Vân"),
    fig("có 48 công nhân", "48", 48, "count", "công nhân", subject=f"công nhân {CO}"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject=f"thu nhập bình quân công nhân {CO}"),
    fig("xuất khẩu 36 container", "36", 36, "count", "container",
        subject=f"container sản phẩm {CO} xuất khẩu", period=Y23),
    fig("đạt 28 tỷ", "28", 28e9, "money", "đồng", subject=f"doanh thu {CO}", period=Y23),
    fig("ký hai hợp đồng", "hai", 2, "count", "hợp đồng",
        subject="hợp đồng công ty ký với đối tác Hàn Quốc", period=H1),
    fig("gần 9 tỷ", "9", 9e9, "money", "đồng", approx="nearly",
        subject="trị giá hợp đồng ký với đối tác Hàn Quốc", period=H1),
    fig("mở 12 lớp", "12", 12, "count", "lớp", subject="lớp truyền nghề chạm khắc đá", period=YTD),
    fig("cho 360 học viên", "360", 360, "count", "học viên",
        subject="học viên lớp truyền nghề chạm khắc đá", period=YTD),
    fig("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng",
        subject="hỗ trợ mỗi học viên trong thời gian học"),
    fig("từ 1.600 đến 1.700 tỷ", "1.600", 1600e9, "money", "đồng", value_max=1700e9, status="target",
        subject="giá trị sản xuất làng nghề đá Ninh Vân", period=Y25),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đạt OCOP 4 sao", period=Y25),
]

NOTES = [
    "District portal (huyện Hoa Lư, Ninh Bình): Ninh Vân stone village. Dateline 'Thứ Sáu, 11/10/2024 - 14:05', byline at end.",
    "Distractors: 14:05, 'OCOP 4 sao', phone 0229.3620.228, 'Đường Trần Hưng Đạo', 'Trung tâm VH-TT&TT'.",
    "7,8 triệu USD follows 'trong đó' but is USD of exports vs đồng of production value: no total.",
    "'6 tháng đầu năm nay' = first half of the published year 2024, although the nearest earlier period is 'Năm 2023'.",
    "'từ đầu năm đến nay' ends at published (2024-10-11). The per-learner allowance is a standing rule: no period.",
    "revised after the first run: 7,8 triệu USD is a part after '; trong đó' of the estimated 9-month total, a clause that continues",
    "the 'ước đạt' clause (not a bracketed figure of another period): status estimate (was actual).",
    "Shares: '(chiếm khoảng 70% số hộ toàn xã)' is the percent of 1.000 hộ; 'bằng 76,7% kế hoạch năm' the percent of 1.150 tỷ.",
]

if __name__ == "__main__":
    build("p1168-2", TEXT, FIGS, NOTES, published="2024-10-11", location="Hoa Lư")
