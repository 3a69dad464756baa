"""p1499-1: province portal (Bắc Ninh): exports of flashlights and rechargeable lamps, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu đèn pin, đèn sạc 9 tháng ước đạt gần 97 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm hàng đèn pin, đèn sạc và đèn chiếu sáng khẩn cấp của tỉnh Bắc Ninh ước đạt 96,4 triệu USD, tăng 12,3% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, thị trường Hoa Kỳ đạt 38,2 triệu USD, EU 21,5 triệu USD, Nhật Bản 9,8 triệu USD. Với kết quả này, Bắc Ninh đứng thứ hai cả nước về xuất khẩu nhóm hàng này, sau Bình Dương.

Hiện toàn tỉnh có 14 doanh nghiệp sản xuất, lắp ráp đèn pin, đèn sạc, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 6.300 lao động.

Tại Khu công nghiệp Quế Võ II, thị xã Quế Võ, Công ty TNHH Chiếu sáng Kinh Bắc mỗi tháng xuất xưởng khoảng 1,2 triệu sản phẩm, chủ yếu là đèn pin LED và đèn tích điện dùng pin lithium. Công ty có 1.850 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng. Từ đầu năm đến nay, doanh nghiệp nộp ngân sách 46 tỷ đồng, tăng 8,1% so với cùng kỳ.

Giá xuất khẩu bình quân đèn tích điện 9 tháng đạt 7,4 USD/chiếc, giảm 0,6 USD so với năm 2023 do cạnh tranh gay gắt.

Quý IV, ngành công thương phấn đấu xuất khẩu thêm 28 triệu USD, đưa kim ngạch cả năm lên trên 124 triệu USD. Sở Công Thương đề nghị các doanh nghiệp thực hiện Quyết định số 1122/QĐ-UBND về xúc tiến thương mại; lần thứ 3 tổ chức Hội chợ hàng xuất khẩu Kinh Bắc.

Tin liên quan:
- Hội nghị đối thoại doanh nghiệp quý III năm 2024
- Khởi công nhà máy linh kiện điện tử tại Khu công nghiệp Yên Phong
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("ước đạt gần 97 triệu", "97", 97e6, "money", "USD", approx="nearly", status="estimate",
        subject="xuất khẩu đèn pin, đèn sạc", period=NINE_SHORT),
    fig("ước đạt 96,4 triệu", "96,4", 96.4e6, "money", "USD", status="estimate", percent=78.5,
        change=chg("increase", 12.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nhóm hàng đèn pin, đèn sạc và đèn chiếu sáng khẩn cấp", period=NINE),
    fig("Hoa Kỳ đạt 38,2 triệu", "38,2", 38.2e6, "money", "USD", total=96.4e6, status="estimate",
        subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=inh(NINE)),
    fig("EU 21,5 triệu", "21,5", 21.5e6, "money", "USD", total=96.4e6, status="estimate",
        subject="kim ngạch xuất khẩu sang thị trường EU", period=inh(NINE)),
    fig("Nhật Bản 9,8 triệu", "9,8", 9.8e6, "money", "USD", total=96.4e6, status="estimate",
        subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=inh(NINE)),
    fig("đứng thứ hai cả nước", "hai", 2, "rank", "hạng",
        subject="xuất khẩu nhóm hàng đèn pin, đèn sạc", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp đèn pin, đèn sạc"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("hơn 6.300 lao động", "6.300", 6300, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất, lắp ráp đèn pin, đèn sạc sử dụng"),
    fig("khoảng 1,2 triệu sản phẩm", "1,2", 1.2e6, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm Công ty TNHH Chiếu sáng Kinh Bắc xuất xưởng mỗi tháng", location=QV),
    fig("có 1.850 lao động", "1.850", 1850, "count", "lao động",
        subject="lao động của công ty", location=QV),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động của công ty", location=QV),
    fig("ngân sách 46 tỷ", "46", 46e9, "money", "đồng", change=chg("increase", 8.1, "%", "cùng kỳ"),
        subject="nộp ngân sách của doanh nghiệp", period=YTD, location=QV),
    fig("đạt 7,4 USD/chiếc", "7,4", 7.4, "money", "USD/chiếc",
        change=chg("decrease", 0.6, "USD", "năm 2023"),
        subject="giá xuất khẩu bình quân đèn tích điện", period=NINE_SHORT),
    fig("thêm 28 triệu", "28", 28e6, "money", "USD", status="target",
        subject="xuất khẩu thêm", period=Q4),
    fig("trên 124 triệu", "124", 124e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): exports of đèn pin / đèn sạc / đèn chiếu sáng khẩn cấp, 9 months of 2024.",
    "Distractors: 09:35, 'Lượt xem: 1.862', 'Khu công nghiệp Quế Võ II', 'Quyết định số 1122/QĐ-UBND', 'lần thứ 3', 'quý III năm 2024' in a link.",
    "Headline '9 tháng ước đạt gần 97 triệu USD': its own figure (estimate, nearly); year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' markets after a sentence break: total 96,4 triệu USD, status estimate from the whole, period inherited. Trade partners are not places.",
    "'bằng 78,5% kế hoạch năm' is the percent attribute of 96,4 triệu USD (no target number is stated).",
    "The company passage in thị xã Quế Võ: location Quế Võ; 'mỗi tháng ... 1,2 triệu sản phẩm' is a rate (measure, sản phẩm/tháng).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. 'Quý IV ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1499-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
