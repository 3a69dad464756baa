"""p1386-1: province portal (Thanh Hóa): voluntary social insurance, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức > Lao động - Xã hội

Thanh Hóa: Hơn 142 nghìn người tham gia BHXH tự nguyện

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.864

Theo BHXH tỉnh Thanh Hóa, tính đến ngày 30/9/2024, toàn tỉnh có 142.316 người tham gia bảo hiểm xã hội (BHXH) tự nguyện, tăng 11.208 người so với cùng kỳ năm 2023, đạt 92,4% kế hoạch năm. Với kết quả này, Thanh Hóa tiếp tục đứng thứ nhất cả nước về số người tham gia BHXH tự nguyện.

Trong 9 tháng đầu năm, số người tham gia mới đạt 18.540 người; trong đó có 2.115 người thuộc hộ nghèo và 1.302 người thuộc hộ cận nghèo. Ngoài mức hỗ trợ 30% mức đóng của Nhà nước, ngân sách tỉnh hỗ trợ thêm 10% mức đóng cho người thuộc hộ nghèo, với tổng kinh phí gần 4,6 tỷ đồng.

Huyện Quảng Xương dẫn đầu toàn tỉnh với 9.870 người tham gia, tiếp đến là huyện Hoằng Hóa 9.215 người và thị xã Nghi Sơn 8.640 người.

Tuy nhiên, số người dừng đóng vẫn ở mức cao: 9 tháng có khoảng 6.700 người dừng tham gia, tương đương 4,7% tổng số người tham gia. Mức đóng thấp nhất hiện nay là 330.000 đồng/tháng, tương ứng mức thu nhập làm căn cứ đóng 1,5 triệu đồng/tháng.

Quý IV, BHXH tỉnh phấn đấu phát triển thêm ít nhất 12.000 người, nâng tổng số người tham gia cả năm lên trên 154.000 người, bằng 100% kế hoạch được giao.

Tin liên quan:
- Ngày hội BHXH tự nguyện lần thứ 3 tại huyện Thọ Xuân
- Hướng dẫn kê khai tờ khai TK1-TS trên ứng dụng VssID
- Giải đáp chính sách theo Nghị định số 134/2015/NĐ-CP
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 142 nghìn", "142", 142e3, "count", "người", approx="over",
        subject="người tham gia BHXH tự nguyện"),
    fig("có 142.316 người", "142.316", 142316, "count", "người", percent=92.4,
        change=chg("increase", 11208, "người", "cùng kỳ năm 2023"),
        subject="người tham gia bảo hiểm xã hội (BHXH) tự nguyện", period=ASOF),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng",
        subject="số người tham gia BHXH tự nguyện", period=inh(ASOF)),
    fig("mới đạt 18.540 người", "18.540", 18540, "count", "người",
        subject="số người tham gia mới", period=NINE),
    fig("có 2.115 người", "2.115", 2115, "count", "người", total=18540,
        subject="người tham gia mới thuộc hộ nghèo", period=NINE),
    fig("và 1.302 người", "1.302", 1302, "count", "người", total=18540,
        subject="người tham gia mới thuộc hộ cận nghèo", period=NINE),
    fig("hỗ trợ 30% mức đóng", "30", 30, "percent", "%",
        subject="mức hỗ trợ mức đóng của Nhà nước", period=inh(NINE)),
    fig("thêm 10% mức đóng", "10", 10, "percent", "%",
        subject="ngân sách tỉnh hỗ trợ thêm mức đóng cho người thuộc hộ nghèo", period=inh(NINE)),
    fig("gần 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí ngân sách tỉnh hỗ trợ", period=inh(NINE)),
    fig("với 9.870 người", "9.870", 9870, "count", "người",
        subject="người tham gia", location="Quảng Xương"),
    fig("Hoằng Hóa 9.215 người", "9.215", 9215, "count", "người",
        subject="người tham gia", location="Hoằng Hóa"),
    fig("Nghi Sơn 8.640 người", "8.640", 8640, "count", "người",
        subject="người tham gia", location="Nghi Sơn"),
    fig("khoảng 6.700 người", "6.700", 6700, "count", "người", approx="about", percent=4.7,
        subject="người dừng tham gia", period=NINE_S),
    fig("là 330.000 đồng/tháng", "330.000", 330000, "money", "đồng/tháng",
        subject="mức đóng thấp nhất"),
    fig("đóng 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng",
        subject="mức thu nhập làm căn cứ đóng"),
    fig("ít nhất 12.000 người", "12.000", 12000, "count", "người", approx="at_least", status="target",
        subject="người tham gia BHXH tỉnh phát triển thêm", period=Q4),
    fig("trên 154.000 người", "154.000", 154000, "count", "người", approx="over", status="target",
        percent=100, subject="tổng số người tham gia cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thanh Hóa): BHXH tự nguyện to 30/9/2024; breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.864', related links.",
    "Distractors: 08:35, Lượt xem 1.864, 'lần thứ 3', 'TK1-TS', 'VssID', Nghị định số 134/2015/NĐ-CP, the as-of date 30/9/2024.",
    "'đạt 92,4% kế hoạch năm' is the percent attribute of 142.316; 'tương đương 4,7%' of 6.700; 'bằng 100% kế hoạch' of 154.000.",
    "'đứng thứ nhất cả nước' is a rank 1 (number word 'nhất'), located in Thanh Hóa (the ranked province), not Việt Nam.",
    "'trong đó' after ';' gives total 18.540 to 2.115 and 1.302. The 30% and 10% support rates are percent figures of their own.",
    "District list (Quảng Xương, Hoằng Hóa, Nghi Sơn): location = the district, subject = the list's indicator; no period in that sentence.",
    "Year-less '9 tháng', 'Quý IV', 'cả năm' take 2024 (the as-of date and the dateline). 'phấn đấu' governs both clauses of the last sentence.",
    "Standing rates (330.000 and 1,5 triệu đồng/tháng, 'hiện nay') get no period.",
]

if __name__ == "__main__":
    write("p1386-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
