"""p604-5: Party newspaper (Báo Hậu Giang) — LPG cylinder retail, consumption, cylinder prices, inspections, fire-safety target."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO HẬU GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẬU GIANG
Kinh tế

Hơn 270 cửa hàng kinh doanh gas: Siết chặt an toàn

Hậu Giang hiện có ba trạm chiết nạp LPG và hơn 270 cửa hàng kinh doanh LPG chai, tập trung nhiều nhất ở TP. Vị Thanh (58 cửa hàng), huyện Châu Thành A (47 cửa hàng) và thị xã Long Mỹ (39 cửa hàng).

Theo Sở Công Thương, 6 tháng đầu năm 2024, lượng LPG tiêu thụ trên địa bàn tỉnh ước đạt 2.150 tấn, tăng 4,6% so với cùng kỳ, trong đó LPG dân dụng chiếm khoảng 78%. Giá bán lẻ bình gas loại 12 kg trong tháng 8/2024 dao động từ 440.000 đến 475.000 đồng/bình, tăng 15.000 đồng/bình so với tháng trước; bình 45 kg có giá khoảng 1,65 triệu đồng.

Từ đầu năm đến nay, Đội QLTT số 2 phối hợp các ngành kiểm tra 52 cơ sở kinh doanh gas, xử lý 9 cơ sở vi phạm, phạt tiền 127,5 triệu đồng; tạm giữ 386 vỏ bình gas không rõ nguồn gốc. Riêng tại một cửa hàng trên đường 3 Tháng 2, phường 5, TP. Vị Thanh, lực lượng chức năng phát hiện gần 60 bình gas bị sang chiết trái phép.

Ông Nguyễn Văn Tâm, Phó Giám đốc Sở Công Thương cho biết: “Ngành phấn đấu đến năm 2025 có 100% cửa hàng kinh doanh LPG chai đáp ứng đủ điều kiện về phòng cháy, chữa cháy; hiện tỷ lệ này mới đạt 86,3%”.

BÍCH NGỌC
20/8/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-20")

FIGS = [
    F("Hơn 270 cửa hàng kinh doanh gas", "270", 270, "count", "cửa hàng",
      "cửa hàng kinh doanh gas", approx="over"),
    F("có ba trạm", "ba", 3, "count", "trạm chiết nạp", "trạm chiết nạp LPG"),
    F("hơn 270 cửa hàng kinh doanh LPG", "270", 270, "count", "cửa hàng",
      "cửa hàng kinh doanh LPG chai", approx="over"),
    F("Vị Thanh (58 cửa hàng)", "58", 58, "count", "cửa hàng", "cửa hàng kinh doanh LPG chai", location="Vị Thanh"),
    F("Châu Thành A (47 cửa hàng)", "47", 47, "count", "cửa hàng", "cửa hàng kinh doanh LPG chai", location="Châu Thành A"),
    F("Long Mỹ (39 cửa hàng)", "39", 39, "count", "cửa hàng", "cửa hàng kinh doanh LPG chai", location="Long Mỹ"),
    F("ước đạt 2.150 tấn", "2.150", 2150, "measure", "tấn", "lượng LPG tiêu thụ", H1,
      status="estimate", change=CH("increase", 4.6, "%", "cùng kỳ")),
    F("chiếm khoảng 78%", "78", 78, "percent", "%", "LPG dân dụng chiếm", H1,
      approx="about", status="estimate"),
    F("loại 12 kg", "12", 12, "measure", "kg", "bình gas loại", optional=True),
    F("từ 440.000 đến", "440.000", 440000, "money", "đồng/bình", "giá bán lẻ bình gas loại 12 kg", T8,
      value_max=475000, change=CH("increase", 15000, "đồng/bình", "tháng trước")),
    F("bình 45 kg", "45", 45, "measure", "kg", "bình gas loại", optional=True),
    F("khoảng 1,65 triệu", "1,65", 1.65e6, "money", "đồng", "giá bình gas 45 kg", T8, approx="about"),
    F("kiểm tra 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở kinh doanh gas được kiểm tra", YTD),
    F("xử lý 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm bị xử lý", YTD),
    F("phạt tiền 127,5 triệu", "127,5", 127.5e6, "money", "đồng", "số tiền phạt", YTD),
    F("tạm giữ 386 vỏ bình", "386", 386, "count", "vỏ bình gas", "vỏ bình gas không rõ nguồn gốc bị tạm giữ", YTD),
    F("gần 60 bình", "60", 60, "count", "bình gas", "bình gas bị sang chiết trái phép",
      approx="nearly", location="Vị Thanh"),
    F("có 100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng kinh doanh LPG chai đáp ứng đủ điều kiện về phòng cháy, chữa cháy",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("mới đạt 86,3%", "86,3", 86.3, "percent", "%",
      "tỷ lệ cửa hàng kinh doanh LPG chai đáp ứng đủ điều kiện về phòng cháy, chữa cháy"),
]

COMMENTS = [
    "Báo Hậu Giang (Party newspaper), byline 'BÍCH NGỌC' and the date '20/8/2024' at the end: LPG chai (gas) trên địa bàn tỉnh.",
    "'Đội QLTT số 2', 'đường 3 Tháng 2, phường 5' (a road named after a date) and '6 tháng đầu năm 2024' are not figures.",
    "'ba trạm' is a number word (3). The cylinder sizes '12 kg' / '45 kg' name a product type: optional.",
    "District items go to location; the bracketed districts do not add up to 'hơn 270' and follow no part-of cue: no total.",
    "'trong đó LPG dân dụng chiếm khoảng 78%': the share of a part, not of 2.150 tấn itself → a percent figure (estimate: the ước clause continues).",
    "revised after the first run: 78% subject was 'tỷ trọng LPG dân dụng trong lượng LPG tiêu thụ' (words not in the sentence); now as named, cf. shared h08 'ngành kinh tế số lõi chiếm'.",
    "'hiện tỷ lệ này mới đạt 86,3%' and 'hiện có' carry no period. The headline does not name the province; the paper implies Hậu Giang.",
]

if __name__ == "__main__":
    emit("p604-5", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Hậu Giang")
