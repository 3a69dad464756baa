"""p1386-5: provincial Party newspaper (Báo Bình Định, tag '(BĐ) -'): social insurance arrears, lawsuits."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ Năm, 21/03/2024 | 15:10

Quyết liệt thu hồi nợ BHXH, bảo vệ quyền lợi người lao động

(BĐ) - Đến cuối tháng 2/2024, toàn tỉnh có 1.126 đơn vị nợ BHXH, BHYT, BHTN với số tiền 142,6 tỷ đồng. Tình trạng nợ kéo dài khiến hàng nghìn lao động chưa được chốt sổ BHXH, không thể hưởng chế độ.

Theo BHXH tỉnh, khối doanh nghiệp ngoài nhà nước chiếm 78,5% tổng số nợ. Riêng Công ty TNHH Chế biến lâm sản Phú Tài Xanh tại Khu công nghiệp Phú Tài (TP Quy Nhơn) đã nợ 27 tháng với số tiền hơn 4,8 tỷ đồng, ảnh hưởng quyền lợi của 312 lao động.

Năm 2023, BHXH tỉnh thu hồi được 41,5 tỷ đồng tiền nợ đọng, vượt 3,8% kế hoạch; khởi kiện 9 doanh nghiệp ra tòa, gấp 3 lần năm 2022; phối hợp Thanh tra Sở LĐ-TB&XH xử phạt 64 đơn vị với tổng số tiền 2,35 tỷ đồng.

Từ đầu năm đến nay, số nợ đã giảm 12,4 tỷ đồng so với cuối năm 2023. Tuy vậy, tỷ lệ nợ vẫn chiếm khoảng 4,7% số phải thu, cao hơn mức bình quân cả nước (3,9%).

Ông Trần Quang Vinh, Phó Giám đốc BHXH tỉnh cho biết, năm 2024 đơn vị phấn đấu giảm tỷ lệ nợ xuống dưới 3% số phải thu. Dự kiến trong quý II, BHXH tỉnh sẽ khởi kiện thêm 5 doanh nghiệp nợ kéo dài, đồng thời công khai danh sách đơn vị nợ trên Báo Bình Định và Đài PT-TH tỉnh.

Người lao động cần hỗ trợ có thể liên hệ đường dây nóng 0256.3822.019 hoặc đến trụ sở BHXH tỉnh tại số 150 Phan Bội Châu, TP Quy Nhơn.

HOÀNG QUÂN
"""

ASOF = per("Đến cuối tháng 2/2024", None, "2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-21")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
QN = "Quy Nhơn"

FIGS = [
    fig("có 1.126 đơn vị", "1.126", 1126, "count", "đơn vị",
        subject="đơn vị nợ BHXH, BHYT, BHTN", period=ASOF),
    fig("tiền 142,6 tỷ", "142,6", 142.6e9, "money", "đồng",
        subject="số tiền nợ BHXH, BHYT, BHTN", period=ASOF),
    fig("hàng nghìn lao động", "hàng nghìn", 1000, "count", "lao động", approx="over", optional=True),
    fig("chiếm 78,5%", "78,5", 78.5, "percent", "%",
        subject="khối doanh nghiệp ngoài nhà nước trong tổng số nợ"),
    fig("nợ 27 tháng", "27", 27, "measure", "tháng",
        subject="thời gian nợ của Công ty TNHH Chế biến lâm sản Phú Tài Xanh", location=QN),
    fig("hơn 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", approx="over",
        subject="số tiền nợ của Công ty TNHH Chế biến lâm sản Phú Tài Xanh", location=QN),
    fig("của 312 lao động", "312", 312, "count", "lao động",
        subject="lao động bị ảnh hưởng quyền lợi", location=QN),
    fig("được 41,5 tỷ", "41,5", 41.5e9, "money", "đồng",
        change=chg("increase", 3.8, "%", "kế hoạch"),
        subject="tiền nợ đọng BHXH tỉnh thu hồi được", period=Y23),
    fig("kiện 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        change=chg("increase", 3, "lần", "năm 2022"),
        subject="doanh nghiệp bị khởi kiện ra tòa", period=Y23),
    fig("phạt 64 đơn vị", "64", 64, "count", "đơn vị",
        subject="đơn vị bị xử phạt", period=Y23),
    fig("tiền 2,35 tỷ", "2,35", 2.35e9, "money", "đồng",
        subject="tổng số tiền xử phạt", period=Y23),
    fig("giảm 12,4 tỷ", "12,4", 12.4e9, "money", "đồng",
        subject="số nợ giảm so với cuối năm 2023", period=YTD),
    fig("khoảng 4,7%", "4,7", 4.7, "percent", "%", approx="about",
        subject="tỷ lệ nợ so với số phải thu"),
    fig("(3,9%)", "3,9", 3.9, "percent", "%",
        subject="tỷ lệ nợ bình quân cả nước", location="Việt Nam"),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", status="target",
        subject="tỷ lệ nợ", period=Y24),
    fig("thêm 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp nợ kéo dài BHXH tỉnh sẽ khởi kiện thêm", period=Q2),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): dateline 'Thứ Năm, 21/03/2024 | 15:10', sapo with tag '(BĐ) -', byline at the end.",
    "Distractors: 15:10, 'tháng 2/2024', 'Khu công nghiệp Phú Tài', 'Sở LĐ-TB&XH', hotline 0256.3822.019, 'số 150 Phan Bội Châu', 'Đài PT-TH'.",
    "'Đến cuối tháng 2/2024' → as-of 2024-02-29. 'hàng nghìn lao động' is a vague number word: optional (value 1000, over).",
    "'chiếm 78,5% tổng số nợ' stands without a base amount: percent figure of its own.",
    "The company passage is placed in TP Quy Nhơn: location Quy Nhơn for its 3 figures. 'đã nợ 27 tháng' is the duration as the claim: measure (tháng).",
    "'vượt 3,8% kế hoạch' → change with baseline kế hoạch; 'gấp 3 lần năm 2022' after 9 doanh nghiệp → change in lần.",
    "'số nợ đã giảm 12,4 tỷ đồng so với cuối năm 2023' states only the decrease: a money figure without a change object (as a growth rate that is the claim).",
    "'(3,9%)' is the national average: location Việt Nam. 'năm 2024 … phấn đấu' → target; 'Dự kiến trong quý II' → forecast, 2024-04-01..06-30.",
]

if __name__ == "__main__":
    write("p1386-5", TEXT, NOTES, FIGS, published="2024-03-21", location="Bình Định")
