"""p704-1: province portal, Thanh Hóa, market-management results 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Thanh Hóa: 6 tháng xử lý hơn 1.000 vụ vi phạm trong lĩnh vực thương mại

Cập nhật: 12/07/2024 09:20
Lượt xem: 2.146

Theo Cục Quản lý thị trường tỉnh Thanh Hóa, 6 tháng đầu năm 2024, lực lượng quản lý thị trường toàn tỉnh đã kiểm tra 1.245 vụ, phát hiện và xử lý 1.062 vụ vi phạm, tăng 8,3% so với cùng kỳ năm 2023. Bình quân lực lượng xử lý 177 vụ/tháng. Tổng số tiền thu nộp ngân sách nhà nước đạt hơn 8,6 tỷ đồng, đạt 61,4% kế hoạch năm; trong đó phạt vi phạm hành chính 5,92 tỷ đồng, trị giá hàng tịch thu 2,71 tỷ đồng.

Về loại vi phạm, có 86 vụ kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ; 214 vụ kinh doanh hàng nhập lậu; 498 vụ vi phạm về giá, niêm yết giá; còn lại là các vi phạm khác. Hàng hóa tạm giữ chủ yếu là mỹ phẩm, quần áo, giày dép, điện thoại di động và phụ kiện, với gần 43.500 sản phẩm các loại.

Địa bàn phát hiện nhiều vụ việc nhất là TP Thanh Hóa (312 vụ), tiếp đến là thị xã Nghi Sơn (128 vụ), TP Sầm Sơn (95 vụ) và huyện Hoằng Hóa (71 vụ). Riêng trên tuyến Quốc lộ 1A và Quốc lộ 47, các đội đã phối hợp kiểm tra 57 phương tiện vận chuyển hàng hóa.

Cục Quản lý thị trường tỉnh phấn đấu cả năm 2024 thu nộp ngân sách từ 14 đến 15 tỷ đồng, đồng thời tăng cường kiểm soát thị trường dịp Tết Trung thu và cao điểm cuối năm. Người dân phát hiện hành vi vi phạm có thể phản ánh qua đường dây nóng 0237.3852.123 hoặc trực tiếp tại trụ sở số 26 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("6 tháng xử lý hơn 1.000 vụ", "1.000", 1000, "count", "vụ", approx="over",
      subject="vụ vi phạm trong lĩnh vực thương mại xử lý",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("kiểm tra 1.245 vụ", "1.245", 1245, "count", "vụ",
      subject="vụ lực lượng quản lý thị trường kiểm tra", period=H1),
    F("xử lý 1.062 vụ vi phạm", "1.062", 1062, "count", "vụ",
      change=CH("increase", 8.3, "%", "cùng kỳ năm 2023"),
      subject="vụ vi phạm phát hiện và xử lý", period=H1),
    F("xử lý 177 vụ/tháng", "177", 177, "measure", "vụ/tháng",
      subject="vụ vi phạm xử lý bình quân", period=I(H1)),
    F("đạt hơn 8,6 tỷ đồng", "8,6", 8600000000, "money", "đồng", approx="over", percent=61.4,
      subject="tổng số tiền thu nộp ngân sách nhà nước", period=I(H1)),
    F("hành chính 5,92 tỷ đồng", "5,92", 5920000000, "money", "đồng", total=8600000000,
      subject="phạt vi phạm hành chính", period=I(H1)),
    F("tịch thu 2,71 tỷ đồng", "2,71", 2710000000, "money", "đồng", total=8600000000,
      subject="trị giá hàng tịch thu", period=I(H1)),
    F("có 86 vụ", "86", 86, "count", "vụ",
      subject="vụ kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(H1)),
    F("214 vụ kinh doanh", "214", 214, "count", "vụ",
      subject="vụ kinh doanh hàng nhập lậu", period=I(H1)),
    F("498 vụ vi phạm", "498", 498, "count", "vụ",
      subject="vụ vi phạm về giá, niêm yết giá", period=I(H1)),
    F("gần 43.500 sản phẩm", "43.500", 43500, "count", "sản phẩm", approx="nearly",
      subject="hàng hóa tạm giữ", period=I(H1)),
    F("TP Thanh Hóa (312 vụ)", "312", 312, "count", "vụ",
      subject="vụ việc phát hiện", period=I(H1), location="TP Thanh Hóa"),
    F("Nghi Sơn (128 vụ)", "128", 128, "count", "vụ",
      subject="vụ việc phát hiện", period=I(H1), location="Nghi Sơn"),
    F("Sầm Sơn (95 vụ)", "95", 95, "count", "vụ",
      subject="vụ việc phát hiện", period=I(H1), location="Sầm Sơn"),
    F("Hoằng Hóa (71 vụ)", "71", 71, "count", "vụ",
      subject="vụ việc phát hiện", period=I(H1), location="Hoằng Hóa"),
    F("kiểm tra 57 phương tiện", "57", 57, "count", "phương tiện",
      subject="phương tiện vận chuyển hàng hóa kiểm tra trên tuyến Quốc lộ 1A và Quốc lộ 47", period=I(H1)),
    F("từ 14 đến 15 tỷ đồng", "14", 14000000000, "money", "đồng", value_max=15000000000, status="target",
      subject="thu nộp ngân sách", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: kết quả quản lý thị trường 6 tháng đầu năm 2024 (invented, probe set 704).",
    "Distractors: Lượt xem 2.146, Cập nhật 12/07/2024 09:20, Quốc lộ 1A, Quốc lộ 47, hotline 0237.3852.123, số 26 Đại lộ Lê Lợi, Tết Trung thu.",
    "Headline '6 tháng' takes the year of published (2024). 5,92 + 2,71 tỷ are parts after 'trong đó' of 'hơn 8,6 tỷ'.",
    "The violation types (86/214/498 vụ) have no part-of cue (no 'trong đó'), so no total. 'đạt 61,4% kế hoạch năm' is the share (percent).",
    "District list: items are locations, the list's indicator 'vụ việc phát hiện' is the subject. 177 vụ/tháng is a rate (measure).",
]

if __name__ == "__main__":
    emit("p704-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Thanh Hóa")
