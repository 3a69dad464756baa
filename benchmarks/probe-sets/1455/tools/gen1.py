"""p1455-1: province portal (Bắc Ninh): LED bulb output 9 months 2024, a lighting firm in Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Công nghiệp - Thương mại

Sản lượng đèn LED 9 tháng tăng gần 12%

Cập nhật: 07/10/2024 15:05 | Lượt xem: 3.186

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, sản lượng bóng đèn LED các loại sản xuất trên địa bàn tỉnh Bắc Ninh ước đạt 38,6 triệu chiếc, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,4% kế hoạch năm. Trong đó, đèn LED bulb 24,1 triệu chiếc, đèn tuýp LED 9,7 triệu chiếc, đèn âm trần và đèn pha 4,8 triệu chiếc.

Chỉ số sản xuất ngành sản xuất thiết bị điện 9 tháng tăng 9,3%; riêng tháng 9 tăng 2,1% so với tháng trước.

Toàn tỉnh hiện có 7 doanh nghiệp sản xuất thiết bị chiếu sáng với tổng công suất thiết kế khoảng 62 triệu sản phẩm/năm, sử dụng hơn 4.200 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Tại thị xã Quế Võ, Công ty cổ phần Thiết bị chiếu sáng Kinh Bắc (Khu công nghiệp Quế Võ II) 9 tháng sản xuất 14,2 triệu sản phẩm, chiếm 36,8% sản lượng đèn LED toàn tỉnh; doanh thu đạt 612 tỷ đồng, trong đó xuất khẩu sang Nhật Bản và Hàn Quốc chiếm gần 40%. Công ty vừa đưa vào vận hành thêm hai dây chuyền dán linh kiện SMT, nâng công suất lên 22 triệu sản phẩm/năm.

Thu ngân sách từ các doanh nghiệp sản xuất thiết bị chiếu sáng 9 tháng ước đạt 286 tỷ đồng, tăng 7,5% so với cùng kỳ.

Quý IV, Sở Công Thương phấn đấu cùng các doanh nghiệp sản xuất thêm 12 triệu chiếc, đưa sản lượng đèn LED cả năm lên trên 50 triệu chiếc. Sở sẽ tổ chức Hội nghị kết nối cung cầu lần thứ 5 tại số 11 đường Lý Thái Tổ, TP Bắc Ninh.

Tin liên quan:
- Triển khai Nghị định số 06/2024/NĐ-CP về hoạt động thương mại
- Bắc Ninh: Khai mạc Hội chợ hàng Việt Nam năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("tháng 9", "2024-09-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản lượng đèn LED", period=NINE_S),
    fig("ước đạt 38,6 triệu", "38,6", 38.6e6, "count", "chiếc", status="estimate", percent=76.4,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bóng đèn LED các loại", period=NINE),
    fig("bulb 24,1 triệu", "24,1", 24.1e6, "count", "chiếc", total=38.6e6, status="estimate",
        subject="sản lượng đèn LED bulb", period=inh(NINE)),
    fig("tuýp LED 9,7 triệu", "9,7", 9.7e6, "count", "chiếc", total=38.6e6, status="estimate",
        subject="sản lượng đèn tuýp LED", period=inh(NINE)),
    fig("đèn pha 4,8 triệu", "4,8", 4.8e6, "count", "chiếc", total=38.6e6, status="estimate",
        subject="sản lượng đèn âm trần và đèn pha", period=inh(NINE)),
    fig("tăng 9,3%", "9,3", 9.3, "percent", "%",
        subject="chỉ số sản xuất ngành sản xuất thiết bị điện", period=NINE_S),
    fig("tăng 2,1%", "2,1", 2.1, "percent", "%",
        subject="chỉ số sản xuất ngành sản xuất thiết bị điện", period=M9),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị chiếu sáng"),
    fig("khoảng 62 triệu", "62", 62e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("hơn 4.200 lao động", "4.200", 4200, "count", "lao động", approx="over",
        subject="lao động doanh nghiệp sản xuất thiết bị chiếu sáng sử dụng"),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("sản xuất 14,2 triệu", "14,2", 14.2e6, "count", "sản phẩm", percent=36.8,
        subject="sản phẩm Công ty cổ phần Thiết bị chiếu sáng Kinh Bắc sản xuất", period=NINE_S, location=QV),
    fig("đạt 612 tỷ", "612", 612e9, "money", "đồng",
        subject="doanh thu Công ty cổ phần Thiết bị chiếu sáng Kinh Bắc", period=NINE_S, location=QV),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="xuất khẩu sang Nhật Bản và Hàn Quốc trong doanh thu", period=NINE_S, location=QV),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền dán linh kiện SMT đưa vào vận hành thêm", location=QV),
    fig("lên 22 triệu", "22", 22e6, "measure", "sản phẩm/năm",
        subject="công suất của công ty", location=QV),
    fig("ước đạt 286 tỷ", "286", 286e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.5, "%", "cùng kỳ"),
        subject="thu ngân sách từ các doanh nghiệp sản xuất thiết bị chiếu sáng", period=NINE_S),
    fig("thêm 12 triệu", "12", 12e6, "count", "chiếc", status="target",
        subject="sản lượng đèn LED sản xuất thêm", period=Q4),
    fig("trên 50 triệu", "50", 50e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng đèn LED cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): LED output 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:05 | Lượt xem: 3.186', related links.",
    "Distractors: 15:05, Lượt xem 3.186, 'Khu công nghiệp Quế Võ II', 'lần thứ 5', 'số 11 đường Lý Thái Tổ', Nghị định số 06/2024/NĐ-CP, 'năm 2024' in a link.",
    "Headline 'tăng gần 12%' is a growth rate as the claim: percent figure, no change; year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break: total 38,6 triệu, status estimate carried from 'ước đạt'; period inherited.",
    "'trong đó xuất khẩu ... chiếm gần 40%': the part has no number of its own, so the share is a percent figure (no total: a percent has no whole in đồng).",
    "The Quế Võ passage: location Quế Võ. 'Quý IV ... phấn đấu' governs both clauses of the sentence (target); year from published.",
]

if __name__ == "__main__":
    write("p1455-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Bắc Ninh")
