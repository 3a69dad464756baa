"""p492-1: Bình Định province portal — anti-IUU fleet management, VMS, catch, inspections (H1/2024)."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Định: 99,6% tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.284

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 5.812 tàu cá đăng ký, trong đó 3.246 tàu có chiều dài từ 15 m trở lên. Số tàu đã lắp thiết bị giám sát hành trình (VMS) là 3.233 chiếc, đạt 99,6%; 13 tàu còn lại đang nằm bờ dài ngày hoặc chờ thanh lý.

Phân theo địa phương, thị xã Hoài Nhơn có nhiều tàu cá nhất với 2.104 chiếc, tiếp đến là huyện Phù Cát (1.187 chiếc), Phù Mỹ (1.025 chiếc) và thành phố Quy Nhơn (842 chiếc).

6 tháng đầu năm, sản lượng khai thác hải sản ước đạt 132.450 tấn, tăng 3,8% so với cùng kỳ năm 2023, đạt 51,2% kế hoạch năm; trong đó cá ngừ đại dương khoảng 5.300 tấn. Sản lượng bốc dỡ qua các cảng cá được giám sát là 48.716,5 tấn, chiếm 36,8% tổng sản lượng.

Lực lượng chức năng đã kiểm tra 1.420 lượt tàu cá xuất, nhập bến; xử phạt 37 vụ vi phạm (giảm 12 vụ so với cùng kỳ), phạt tiền 1,26 tỷ đồng. Riêng tàu BĐ 97869 TS bị phạt 350 triệu đồng do không duy trì kết nối. Đáng chú ý, có 214 lượt tàu mất kết nối VMS trên 6 giờ khi hoạt động trên biển; không có tàu cá của tỉnh vi phạm vùng biển nước ngoài.

Năm 2024, tỉnh phấn đấu 100% tàu cá hoạt động được cấp phép, đánh dấu và cập nhật lên cơ sở dữ liệu VNFishbase. UBND tỉnh đã ban hành Kế hoạch số 112/KH-UBND ngày 20/5/2024 về đợt cao điểm chống khai thác IUU. Thông tin phản ánh gửi về Chi cục Thủy sản, số 06 Mai Xuân Thưởng, TP. Quy Nhơn; điện thoại 0256.3822.145.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("Bình Định: 99,6% tàu cá", "99,6", 99.6, "percent", "%",
      "tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình", I(ASOF)),
    F("99,6% tàu cá từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("có 5.812 tàu cá đăng ký", "5.812", 5812, "count", "tàu cá", "tàu cá đăng ký", ASOF),
    F("trong đó 3.246 tàu", "3.246", 3246, "count", "tàu",
      "tàu có chiều dài từ 15 m trở lên", ASOF, total=5812),
    F("dài từ 15 m trở lên. Số", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("là 3.233 chiếc, đạt 99,6%", "3.233", 3233, "count", "chiếc",
      "tàu đã lắp thiết bị giám sát hành trình (VMS)", I(ASOF), percent=99.6),
    F("13 tàu còn lại", "13", 13, "count", "tàu",
      "tàu chưa lắp thiết bị giám sát hành trình đang nằm bờ dài ngày hoặc chờ thanh lý", I(ASOF)),
    F("với 2.104 chiếc", "2.104", 2104, "count", "chiếc", "tàu cá", I(ASOF), location="Hoài Nhơn"),
    F("Phù Cát (1.187 chiếc)", "1.187", 1187, "count", "chiếc", "tàu cá", I(ASOF), location="Phù Cát"),
    F("Phù Mỹ (1.025 chiếc)", "1.025", 1025, "count", "chiếc", "tàu cá", I(ASOF), location="Phù Mỹ"),
    F("Quy Nhơn (842 chiếc)", "842", 842, "count", "chiếc", "tàu cá", I(ASOF), location="Quy Nhơn"),
    F("ước đạt 132.450 tấn", "132.450", 132450, "measure", "tấn", "sản lượng khai thác hải sản", H1,
      status="estimate", percent=51.2, change=CH("increase", 3.8, baseline="cùng kỳ năm 2023")),
    F("khoảng 5.300 tấn", "5.300", 5300, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương", H1,
      approx="about", total=132450, status="estimate"),
    F("là 48.716,5 tấn", "48.716,5", 48716.5, "measure", "tấn",
      "sản lượng bốc dỡ qua các cảng cá được giám sát", I(H1), percent=36.8),
    F("kiểm tra 1.420 lượt tàu", "1.420", 1420, "count", "lượt tàu cá",
      "lượt tàu cá xuất, nhập bến được kiểm tra", I(H1)),
    F("xử phạt 37 vụ vi phạm", "37", 37, "count", "vụ", "vụ vi phạm bị xử phạt", I(H1),
      change=CH("decrease", 12, "vụ", baseline="cùng kỳ")),
    F("phạt tiền 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tiền phạt vi phạm", I(H1)),
    F("bị phạt 350 triệu đồng", "350", 350e6, "money", "đồng",
      "tiền phạt tàu BĐ 97869 TS do không duy trì kết nối"),
    F("có 214 lượt tàu", "214", 214, "count", "lượt tàu", "lượt tàu mất kết nối VMS trên 6 giờ", I(H1)),
    F("VMS trên 6 giờ", "6", 6, "measure", "giờ", approx="over", optional=True),
    F("phấn đấu 100% tàu cá", "100", 100, "percent", "%",
      "tàu cá hoạt động được cấp phép, đánh dấu và cập nhật lên cơ sở dữ liệu VNFishbase",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Bình Định province portal (breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.284'): tàu cá, VMS, sản lượng, xử phạt, 6 tháng đầu năm 2024.",
    "Length thresholds 'từ 15 m trở lên' and 'trên 6 giờ' are optional. District list items carry their district as location.",
    "'(giảm 12 vụ so với cùng kỳ)' is the change of 37 vụ. 'ước' governs the 'trong đó' part (5.300 tấn). Distractors: 1.284 views,",
    "tàu BĐ 97869 TS, Kế hoạch số 112/KH-UBND ngày 20/5/2024, số 06 Mai Xuân Thưởng, 0256.3822.145.",
]

if __name__ == "__main__":
    emit("p492-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bình Định")
