"""p1223-8: provincial newspaper online (Báo Thái Bình), consumable medical supplies exports, 6 months 2023."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BÁO THÁI BÌNH ĐIỆN TỬ
Kinh tế > Công nghiệp

Thái Bình: Xuất khẩu vật tư y tế tiêu hao 6 tháng đạt gần 95 triệu USD

Thứ Hai, 10/07/2023 | 14:25

(TBO) - 6 tháng đầu năm, các doanh nghiệp sản xuất vật tư y tế tiêu hao trên địa bàn tỉnh xuất khẩu được 94,6 triệu USD, đạt 48,5% kế hoạch năm, giảm 6,2% so với cùng kỳ năm 2022. Nguyên nhân chủ yếu do nhu cầu khẩu trang, găng tay y tế trên thế giới tiếp tục giảm sau dịch Covid-19.

Tỉnh hiện có 9 doanh nghiệp sản xuất vật tư y tế tiêu hao (huyện Tiền Hải 4 doanh nghiệp, Thái Thụy 3 doanh nghiệp, Hưng Hà 2 doanh nghiệp). Sản lượng 6 tháng ước đạt 610 triệu sản phẩm, gồm 385 triệu chiếc găng tay, 160 triệu chiếc khẩu trang và 65 triệu cuộn băng gạc.

Tại huyện Tiền Hải, Công ty TNHH Y tế An Phú có 2 nhà máy với tổng diện tích 6,5 ha, sử dụng gần 1.200 lao động. 6 tháng qua, công ty xuất khẩu 21 triệu USD, trong đó thị trường Nhật Bản chiếm gần 40%; thu nhập của người lao động từ 7,5 đến 9 triệu đồng/tháng.

6 tháng cuối năm, dự kiến kim ngạch xuất khẩu của ngành đạt khoảng 105 triệu USD; cả năm phấn đấu đạt 200 triệu USD, tương đương 102,6% kế hoạch. Sở Công Thương đề nghị hỗ trợ doanh nghiệp mở rộng thị trường sang Trung Đông, châu Phi, nơi nhu cầu găng tay y tế tăng 12-15%/năm.

Thu Hiền

Tin liên quan:
- Khởi công nhà máy sản xuất bông y tế tại Khu công nghiệp Tiền Hải
- Hội nghị đối thoại doanh nghiệp quý II/2023
"""

H6 = per("6 tháng", "2023-01-01", "2023-06-30")
H6a = per("6 tháng đầu năm", "2023-01-01", "2023-06-30")
H6q = per("6 tháng qua", "2023-01-01", "2023-06-30")
H6c = per("6 tháng cuối năm", "2023-07-01", "2023-12-31")
FY = per("cả năm", "2023-01-01", "2023-12-31")
TH = "Tiền Hải"
ENT = "doanh nghiệp sản xuất vật tư y tế tiêu hao"

FIGS = [
    fig("gần 95 triệu USD", "95", 95000000, "money", "USD", approx="nearly",
        subject="xuất khẩu vật tư y tế tiêu hao", period=H6),
    fig("được 94,6 triệu USD", "94,6", 94600000, "money", "USD", percent=48.5,
        change=chg("decrease", 6.2, "%", "cùng kỳ năm 2022"),
        subject="kim ngạch xuất khẩu của các doanh nghiệp sản xuất vật tư y tế tiêu hao", period=H6a),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject=ENT),
    fig("Tiền Hải 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=9, subject=ENT, location=TH),
    fig("Thái Thụy 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9, subject=ENT, location="Thái Thụy"),
    fig("Hưng Hà 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=9, subject=ENT, location="Hưng Hà"),
    fig("ước đạt 610 triệu", "610", 610000000, "count", "sản phẩm", status="estimate",
        subject="sản lượng vật tư y tế tiêu hao", period=H6),
    fig("gồm 385 triệu", "385", 385000000, "count", "chiếc", total=610000000, status="estimate",
        subject="sản lượng găng tay", period=H6),
    fig("160 triệu chiếc", "160", 160000000, "count", "chiếc", total=610000000, status="estimate",
        subject="sản lượng khẩu trang", period=H6),
    fig("65 triệu cuộn", "65", 65000000, "count", "cuộn", total=610000000, status="estimate",
        subject="sản lượng băng gạc", period=H6),
    fig("có 2 nhà máy", "2", 2, "count", "nhà máy", location=TH, subject="nhà máy của Công ty TNHH Y tế An Phú"),
    fig("6,5 ha", "6,5", 6.5, "measure", "ha", location=TH, subject="tổng diện tích nhà máy"),
    fig("gần 1.200 lao động", "1.200", 1200, "count", "lao động", approx="nearly", location=TH,
        subject="lao động của công ty"),
    fig("xuất khẩu 21 triệu USD", "21", 21000000, "money", "USD", location=TH,
        subject="kim ngạch xuất khẩu của công ty", period=H6q),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly", location=TH,
        subject="tỷ trọng thị trường Nhật Bản trong xuất khẩu của công ty", period=H6q),
    fig("từ 7,5 đến 9 triệu", "7,5", 7500000, "money", "đồng/tháng", value_max=9000000, location=TH,
        subject="thu nhập của người lao động", period=H6q),
    fig("khoảng 105 triệu USD", "105", 105000000, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu của ngành", period=H6c),
    fig("đạt 200 triệu USD", "200", 200000000, "money", "USD", percent=102.6, status="target",
        subject="kim ngạch xuất khẩu của ngành", period=FY),
    fig("tăng 12-15%/năm", "12", 12, "percent", "%", value_max=15, location="",
        subject="nhu cầu găng tay y tế tại Trung Đông, châu Phi"),
]

NOTES = [
    "Provincial newspaper online (Báo Thái Bình): 'Thứ Hai, 10/07/2023 | 14:25', tag '(TBO) -', byline at the end. Location Thái Bình.",
    "Distractors: 14:25, 'Covid-19', 'quý II/2023' in a related link, 'Khu công nghiệp Tiền Hải'.",
    "Headline 'gần 95 triệu USD' has its own period '6 tháng' (2023 from the dateline). Year-less '6 tháng đầu năm', '6 tháng', '6 tháng qua',",
    "  '6 tháng cuối năm' (2023-07-01…2023-12-31), 'cả năm' take 2023 from the dateline.",
    "The bracket after '9 doanh nghiệp' breaks the whole down by district and adds up (4+3+2): each part has total 9 and its district.",
    "'Sản lượng 6 tháng ước đạt 610 triệu sản phẩm, gồm …' parts (385+160+65) have total 610 million and keep 'estimate'.",
    "Company passage in huyện Tiền Hải: location Tiền Hải. 'trong đó thị trường Nhật Bản chiếm gần 40%' is a percent figure (no base amount).",
    "'dự kiến' (forecast) governs its clause; after ';' 'cả năm phấn đấu' starts a target with 'tương đương 102,6% kế hoạch' as its percent.",
    "'nhu cầu găng tay y tế tăng 12-15%/năm' in the Middle East and Africa: a growth rate range, foreign place → location null, no period.",
]

if __name__ == "__main__":
    build("p1223-8", TEXT, NOTES, FIGS, published="2023-07-10", location="Thái Bình")
