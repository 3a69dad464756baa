"""p1035-8: provincial newspaper online (Báo Bắc Giang, '(BBG) -'), headline figure, VAT refunds Q1/2025."""
from lib import F, P, I, CH, T, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế
Quý I, hoàn thuế giá trị gia tăng 1.527 tỷ đồng cho doanh nghiệp
Cập nhật lúc 16:05, Thứ Ba, 15/04/2025

(BBG) - Quý I/2025, cơ quan thuế trên địa bàn tỉnh Bắc Giang đã giải quyết hoàn thuế giá trị gia tăng (GTGT) cho 64 lượt doanh nghiệp với số tiền 1.527 tỷ đồng, gấp 1,4 lần cùng kỳ năm 2024, đạt 24,6% dự toán năm. Trong đó, doanh nghiệp có vốn đầu tư nước ngoài được hoàn 1.386 tỷ đồng, chiếm 90,8%, chủ yếu là doanh nghiệp sản xuất linh kiện, thiết bị điện tử tại các KCN Quang Châu, Vân Trung, Đình Trám, Song Khê - Nội Hoàng.

Các địa phương có số tiền hoàn lớn là thị xã Việt Yên (892 tỷ đồng), huyện Yên Dũng (317 tỷ đồng) và huyện Lạng Giang (154 tỷ đồng). Thời gian giải quyết bình quân đối với hồ sơ hoàn trước, kiểm tra sau là 2 ngày làm việc; 100% hồ sơ được giải quyết đúng hạn. Với kết quả này, Bắc Giang đứng thứ 5 cả nước về số tiền hoàn thuế GTGT trong quý I.

Tính đến ngày 31/3, vẫn còn 9 hồ sơ với số tiền khoảng 138 tỷ đồng phải chuyển sang kiểm tra trước, hoàn sau do có dấu hiệu rủi ro về hóa đơn đầu vào.

Năm 2025, cơ quan thuế phấn đấu hoàn thuế GTGT khoảng 6.200 tỷ đồng cho doanh nghiệp; dự kiến quý II/2025 hoàn khoảng 1.700 tỷ đồng, tập trung vào các dự án điện tử của nhà đầu tư Hàn Quốc và Trung Quốc. Việc hoàn thuế thực hiện theo Luật Thuế GTGT số 48/2024/QH15. Đường dây nóng hỗ trợ doanh nghiệp: 0204.3854.125.

Phương Anh
"""

B = 1e9
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
SUBJ = "số tiền hoàn thuế GTGT"
FIGS = [
    F("giá trị gia tăng 1.527 tỷ đồng", "1.527", 1527 * B, "money", "đồng",
      subject="số tiền hoàn thuế giá trị gia tăng", period=P("Quý I", "2025-01-01", "2025-03-31")),
    F("cho 64 lượt doanh nghiệp", "64", 64, "count", "lượt doanh nghiệp",
      subject="lượt doanh nghiệp được hoàn thuế GTGT", period=Q1),
    F("số tiền 1.527 tỷ đồng", "1.527", 1527 * B, "money", "đồng", percent=24.6,
      change=CH("increase", 1.4, "lần", "cùng kỳ năm 2024"), subject=SUBJ, period=Q1),
    F("được hoàn 1.386 tỷ đồng", "1.386", 1386 * B, "money", "đồng", total=1527 * B, percent=90.8,
      subject="số tiền hoàn cho doanh nghiệp có vốn đầu tư nước ngoài", period=I(Q1)),
    F("thị xã Việt Yên (892 tỷ đồng)", "892", 892 * B, "money", "đồng",
      subject=SUBJ, period=I(Q1), location="Việt Yên"),
    F("huyện Yên Dũng (317 tỷ đồng)", "317", 317 * B, "money", "đồng",
      subject=SUBJ, period=I(Q1), location="Yên Dũng"),
    F("huyện Lạng Giang (154 tỷ đồng)", "154", 154 * B, "money", "đồng",
      subject=SUBJ, period=I(Q1), location="Lạng Giang"),
    F("là 2 ngày làm việc", "2", 2, "measure", "ngày làm việc",
      subject="thời gian giải quyết bình quân hồ sơ hoàn trước, kiểm tra sau", period=I(Q1)),
    F("100% hồ sơ được giải quyết", "100", 100, "percent", "%",
      subject="hồ sơ được giải quyết đúng hạn", period=I(Q1)),
    F("đứng thứ 5 cả nước", "5", 5, "rank", "hạng",
      subject="số tiền hoàn thuế GTGT", period=P("trong quý I", "2025-01-01", "2025-03-31")),
    F("còn 9 hồ sơ", "9", 9, "count", "hồ sơ",
      subject="hồ sơ phải chuyển sang kiểm tra trước, hoàn sau",
      period=P("Tính đến ngày 31/3", None, "2025-03-31")),
    F("khoảng 138 tỷ đồng", "138", 138 * B, "money", "đồng", approx="about",
      subject="số tiền của hồ sơ chuyển sang kiểm tra trước, hoàn sau",
      period=P("Tính đến ngày 31/3", None, "2025-03-31")),
    F("khoảng 6.200 tỷ đồng", "6.200", 6200 * B, "money", "đồng", approx="about", status="target",
      subject="số tiền hoàn thuế GTGT cho doanh nghiệp", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 1.700 tỷ đồng", "1.700", 1700 * B, "money", "đồng", approx="about", status="forecast",
      subject="số tiền hoàn thuế", period=P("quý II/2025", "2025-04-01", "2025-06-30")),
]

COMMENTS = [
    "Báo Bắc Giang online (provincial paper, '(BBG) -' tag): hoàn thuế GTGT quý I/2025, headline figure. Invented (probe 1035).",
    "'Cập nhật lúc 16:05, Thứ Ba, 15/04/2025' is the dateline; headline 'Quý I' takes 2025 from published.",
    "Not figures: 16:05, 'Luật Thuế GTGT số 48/2024/QH15', the hotline number, KCN names, 'Hàn Quốc', 'Trung Quốc'.",
    "'gấp 1,4 lần cùng kỳ năm 2024' after the amount is its change (lần); 'đạt 24,6% dự toán năm' its percent.",
    "'Trong đó ... 1.386 tỷ đồng, chiếm 90,8%' -> total 1.527 tỷ. District list items: location = district, subject = the list's indicator.",
    "'Tính đến ngày 31/3' takes 2025 from 'Quý I/2025'.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, COMMENTS, published="2025-04-15", location="Bắc Giang")
