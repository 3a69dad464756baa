"""p522-1: Thanh Hóa province portal - GCN issued in the first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên và Môi trường

Thanh Hóa cấp hơn 18.600 giấy chứng nhận quyền sử dụng đất trong 6 tháng

Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.284

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, toàn tỉnh đã cấp 18.642 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN), tăng 12,4% so với cùng kỳ năm 2023, đạt 62,1% kế hoạch năm. Trong đó, cấp lần đầu 5.127 GCN cho hộ gia đình, cá nhân; cấp đổi, cấp lại 13.515 GCN. Tổng diện tích được cấp GCN là 2.315,7 ha.

Các địa phương có số GCN cấp lần đầu nhiều nhất gồm huyện Thọ Xuân (612 GCN), Triệu Sơn (548 GCN), Quảng Xương (497 GCN) và thị xã Nghi Sơn (455 GCN). Việc cấp GCN tại các khu dân cư số 3, số 5 thuộc phường Quảng Thắng vẫn còn chậm do vướng quy hoạch.

Đến nay, tỷ lệ cấp GCN lần đầu toàn tỉnh đạt 97,6% diện tích cần cấp; trong đó đất sản xuất nông nghiệp đạt 98,3%, đất ở đô thị đạt 95,2%. Toàn tỉnh còn 1.836 thửa đất chưa đủ điều kiện cấp GCN, chủ yếu do tranh chấp, lấn chiếm.

Về đăng ký biến động đất đai, các chi nhánh Văn phòng đăng ký đất đai đã tiếp nhận 41.250 hồ sơ, giải quyết đúng hạn 39.870 hồ sơ, đạt 96,7%; số hồ sơ trễ hạn là 214, giảm 35% so với cùng kỳ.

Sở Tài nguyên và Môi trường đề ra mục tiêu đến hết năm 2024 toàn tỉnh cấp 30.000 GCN, đưa tỷ lệ cấp GCN lần đầu đạt trên 98% diện tích cần cấp. Để đạt chỉ tiêu, Sở đề nghị UBND các huyện thực hiện nghiêm Quyết định số 1529/QĐ-UBND và Luật Đất đai số 31/2024/QH15.

Sở Tài nguyên và Môi trường Thanh Hóa - Số 14 Hạc Thành, TP. Thanh Hóa. ĐT: 0237.3852.641
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-15")
GCN = "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN) đã cấp"

FIGS = [
    F("cấp hơn 18.600 giấy", "18.600", 18600, "count", "giấy chứng nhận", approx="over",
      subject="giấy chứng nhận quyền sử dụng đất cấp",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("đã cấp 18.642 giấy", "18.642", 18642, "count", "giấy chứng nhận", percent=62.1,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), subject=GCN, period=H1),
    F("lần đầu 5.127 GCN", "5.127", 5127, "count", "GCN", total=18642,
      subject="GCN cấp lần đầu cho hộ gia đình, cá nhân", period=I(H1)),
    F("cấp lại 13.515 GCN", "13.515", 13515, "count", "GCN", total=18642,
      subject="GCN cấp đổi, cấp lại", period=I(H1)),
    F("là 2.315,7 ha", "2.315,7", 2315.7, "measure", "ha", subject="tổng diện tích được cấp GCN", period=I(H1)),
    F("Thọ Xuân (612 GCN)", "612", 612, "count", "GCN", subject="số GCN cấp lần đầu", period=I(H1),
      location="Thọ Xuân"),
    F("Triệu Sơn (548 GCN)", "548", 548, "count", "GCN", subject="số GCN cấp lần đầu", period=I(H1),
      location="Triệu Sơn"),
    F("Quảng Xương (497 GCN)", "497", 497, "count", "GCN", subject="số GCN cấp lần đầu", period=I(H1),
      location="Quảng Xương"),
    F("Nghi Sơn (455 GCN)", "455", 455, "count", "GCN", subject="số GCN cấp lần đầu", period=I(H1),
      location="Nghi Sơn"),
    F("toàn tỉnh đạt 97,6%", "97,6", 97.6, "percent", "%",
      subject="tỷ lệ cấp GCN lần đầu toàn tỉnh so với diện tích cần cấp", period=NOW),
    F("nông nghiệp đạt 98,3%", "98,3", 98.3, "percent", "%",
      subject="tỷ lệ cấp GCN lần đầu đất sản xuất nông nghiệp", period=NOW),
    F("đô thị đạt 95,2%", "95,2", 95.2, "percent", "%",
      subject="tỷ lệ cấp GCN lần đầu đất ở đô thị", period=NOW),
    F("còn 1.836 thửa", "1.836", 1836, "count", "thửa đất",
      subject="thửa đất chưa đủ điều kiện cấp GCN", period=I(NOW)),
    F("tiếp nhận 41.250 hồ sơ", "41.250", 41250, "count", "hồ sơ",
      subject="hồ sơ đăng ký biến động đất đai tiếp nhận", period=I(H1)),
    F("đúng hạn 39.870 hồ sơ", "39.870", 39870, "count", "hồ sơ", percent=96.7,
      subject="hồ sơ đăng ký biến động giải quyết đúng hạn", period=I(H1)),
    F("trễ hạn là 214,", "214", 214, "count", "hồ sơ", change=CH("decrease", 35, baseline="cùng kỳ"),
      subject="hồ sơ trễ hạn", period=I(H1)),
    F("cấp 30.000 GCN", "30.000", 30000, "count", "GCN", status="target",
      subject="GCN cấp", period=P("đến hết năm 2024", None, "2024-12-31")),
    F("trên 98% diện tích", "98", 98, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cấp GCN lần đầu so với diện tích cần cấp", period=P("đến hết năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): GCN cấp 6 tháng đầu năm 2024, tỷ lệ cấp GCN lần đầu, đăng ký biến động, mục tiêu 2024.",
    "Breadcrumb, 'Cập nhật: 15/07/2024 08:30' (published), 'Lượt xem: 1.284' (counter). Distractors: khu dân cư số 3, số 5; Quyết định số",
    "1529/QĐ-UBND; Luật số 31/2024/QH15; Số 14 Hạc Thành; phone 0237.3852.641.",
    "5.127 + 13.515 = 18.642 after 'Trong đó' -> total. The district list after 'gồm' follows no figure (the cue follows 'Các địa",
    "phương ... nhiều nhất'), so no total. 98,3% / 95,2% after 'trong đó' are rates of their own (no total). 'Đến nay' ends at the dateline.",
    "Headline 'trong 6 tháng' takes 2024 from the dateline (first half). 'đạt 62,1% kế hoạch năm' is the percent of 18.642.",
]

emit("p522-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thanh Hóa")
