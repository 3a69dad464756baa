"""p744-1: Đồng Nai province portal, feed mills and output H1/2024, prices, quality sampling, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Kinh tế
Đồng Nai: 6 tháng đầu năm sản xuất hơn 2,9 triệu tấn thức ăn chăn nuôi
Cập nhật: 15/07/2024 08:30
Lượt xem: 3.482

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, trên địa bàn tỉnh có 56 nhà máy sản xuất thức ăn chăn nuôi đang hoạt động, trong đó 21 nhà máy có vốn đầu tư nước ngoài. Tổng công suất thiết kế khoảng 9,6 triệu tấn/năm, chiếm gần 18% công suất của cả nước. Các nhà máy tập trung dọc Quốc lộ 51 và tại huyện Trảng Bom (14 nhà máy), Nhơn Trạch (11 nhà máy), Long Thành (9 nhà máy), thành phố Biên Hòa (8 nhà máy).

6 tháng đầu năm 2024, sản lượng thức ăn chăn nuôi công nghiệp sản xuất trên địa bàn ước đạt hơn 2,9 triệu tấn, tăng 6,4% so với cùng kỳ năm 2023, đạt 51,2% kế hoạch năm. Trong đó, thức ăn cho lợn chiếm 54,3%, thức ăn cho gia cầm chiếm 38,1%, còn lại là thức ăn thủy sản và vật nuôi khác.

Giá thức ăn hỗn hợp cho lợn thịt hiện dao động từ 11.200 đến 12.500 đồng/kg, giảm khoảng 400 đồng/kg so với cuối năm 2023 do giá ngô và khô dầu đậu tương nhập khẩu hạ nhiệt.

Từ đầu năm đến nay, Chi cục Chăn nuôi và Thú y đã lấy 312 mẫu thức ăn chăn nuôi để kiểm tra chất lượng, trong đó có 7 mẫu không đạt do thiếu hàm lượng protein thô; không phát hiện mẫu chứa chất cấm. Cơ quan chức năng đã xử phạt 5 cơ sở với tổng số tiền 186 triệu đồng.

Tỉnh phấn đấu đến năm 2025 sản lượng thức ăn chăn nuôi công nghiệp đạt 6,5 triệu tấn/năm, 100% cơ sở sản xuất được cấp Giấy chứng nhận đủ điều kiện.

Phòng Chăn nuôi: số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa; điện thoại 0251.3822.146.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("năm sản xuất hơn 2,9 triệu tấn", "2,9", 2900000, "measure", "tấn", approx="over",
      subject="thức ăn chăn nuôi sản xuất", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 56 nhà máy", "56", 56, "count", "nhà máy",
      subject="nhà máy sản xuất thức ăn chăn nuôi đang hoạt động", period=ASOF),
    F("trong đó 21 nhà máy", "21", 21, "count", "nhà máy", total=56,
      subject="nhà máy sản xuất thức ăn chăn nuôi có vốn đầu tư nước ngoài", period=ASOF),
    F("khoảng 9,6 triệu tấn/năm", "9,6", 9600000, "measure", "tấn/năm", approx="about", percent=18,
      subject="tổng công suất thiết kế", period=I(ASOF)),
    F("Trảng Bom (14 nhà máy)", "14", 14, "count", "nhà máy",
      subject="nhà máy sản xuất thức ăn chăn nuôi", period=I(ASOF), location="Trảng Bom"),
    F("Nhơn Trạch (11 nhà máy)", "11", 11, "count", "nhà máy",
      subject="nhà máy sản xuất thức ăn chăn nuôi", period=I(ASOF), location="Nhơn Trạch"),
    F("Long Thành (9 nhà máy)", "9", 9, "count", "nhà máy",
      subject="nhà máy sản xuất thức ăn chăn nuôi", period=I(ASOF), location="Long Thành"),
    F("Biên Hòa (8 nhà máy)", "8", 8, "count", "nhà máy",
      subject="nhà máy sản xuất thức ăn chăn nuôi", period=I(ASOF), location="Biên Hòa"),
    F("ước đạt hơn 2,9 triệu tấn", "2,9", 2900000, "measure", "tấn", approx="over", percent=51.2,
      change=CH("increase", 6.4, "%", "cùng kỳ năm 2023"), status="estimate",
      subject="sản lượng thức ăn chăn nuôi công nghiệp sản xuất trên địa bàn", period=H1),
    F("lợn chiếm 54,3%", "54,3", 54.3, "percent", "%", status="estimate",
      subject="tỷ trọng thức ăn cho lợn trong sản lượng thức ăn chăn nuôi", period=I(H1)),
    F("gia cầm chiếm 38,1%", "38,1", 38.1, "percent", "%", status="estimate",
      subject="tỷ trọng thức ăn cho gia cầm trong sản lượng thức ăn chăn nuôi", period=I(H1)),
    F("từ 11.200 đến 12.500 đồng/kg", "11.200", 11200, "money", "đồng/kg", value_max=12500,
      change=CH("decrease", 400, "đồng/kg", "cuối năm 2023", approx="about"),
      subject="giá thức ăn hỗn hợp cho lợn thịt"),
    F("lấy 312 mẫu", "312", 312, "count", "mẫu",
      subject="mẫu thức ăn chăn nuôi lấy để kiểm tra chất lượng", period=YTD),
    F("có 7 mẫu không đạt", "7", 7, "count", "mẫu", total=312,
      subject="mẫu thức ăn chăn nuôi không đạt do thiếu hàm lượng protein thô", period=YTD),
    F("xử phạt 5 cơ sở", "5", 5, "count", "cơ sở",
      subject="cơ sở bị xử phạt", period=I(YTD)),
    F("tiền 186 triệu đồng", "186", 186000000, "money", "đồng",
      subject="tổng số tiền xử phạt", period=I(YTD)),
    F("đạt 6,5 triệu tấn/năm", "6,5", 6500000, "measure", "tấn/năm", status="target",
      subject="sản lượng thức ăn chăn nuôi công nghiệp", period=T2025),
    F("100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất thức ăn chăn nuôi được cấp Giấy chứng nhận đủ điều kiện", period=T2025),
]

COMMENTS = [
    "Cổng TTĐT Đồng Nai: nhà máy thức ăn chăn nuôi, công suất, sản lượng 6 tháng 2024, giá, lấy mẫu kiểm tra, mục tiêu 2025.",
    "Province portal: breadcrumb, `Cập nhật: 15/07/2024 08:30`, `Lượt xem: 3.482` (counter, not a figure).",
    "Headline `6 tháng đầu năm` has no year: takes 2024 from the dateline. District items in brackets: location = district,",
    "no total (no cue, 14+11+9+8 != 56). `chiếm gần 18%` is the percent of the capacity. `Trong đó ... chiếm` shares continue the",
    "`ước đạt` clause (estimate). Distractors: Quốc lộ 51, số 2 Nguyễn Văn Trị, phone 0251.3822.146, dates.",
]

if __name__ == "__main__":
    emit("p744-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Đồng Nai")
