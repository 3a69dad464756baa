"""p544-1: Quảng Bình province portal, Tháng hành động vì trẻ em 2024."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Bình: Hơn 1.200 phần quà trao tặng trẻ em trong Tháng hành động vì trẻ em năm 2024

Cập nhật: 27/06/2024 16:05 | Lượt xem: 1.482

Ngày 26/6, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Bình tổ chức hội nghị tổng kết Tháng hành động vì trẻ em năm 2024 với chủ đề "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em".

Theo báo cáo, toàn tỉnh hiện có 198.650 trẻ em dưới 16 tuổi, chiếm 21,8% dân số; trong đó có 4.312 trẻ em có hoàn cảnh đặc biệt, giảm 156 em so với cùng kỳ năm 2023. Số trẻ em có hoàn cảnh đặc biệt được hưởng trợ cấp xã hội hằng tháng là 1.087 em.

Trong Tháng hành động, các cấp, các ngành đã vận động được 3,65 tỷ đồng, tăng 12,4% so với năm 2023; trao tặng hơn 1.200 phần quà cho trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt với tổng trị giá 1.326,4 triệu đồng; hỗ trợ 45 ca phẫu thuật tim bẩm sinh và 18 suất học bổng, mỗi suất 5 triệu đồng.

Đến nay, 143/151 xã, phường, thị trấn (đạt 94,7%) đạt tiêu chuẩn xã, phường phù hợp với trẻ em; 100% xã, phường, thị trấn có cộng tác viên làm công tác bảo vệ trẻ em. Trong 6 tháng đầu năm 2024, toàn tỉnh xảy ra 9 vụ xâm hại trẻ em với 11 em bị xâm hại, giảm 4 vụ so với cùng kỳ; 14 trẻ em tử vong do đuối nước.

Phấn đấu đến năm 2025, 100% trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và trợ giúp kịp thời; giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt xuống dưới 2% tổng số trẻ em.

Mọi thông tin về trẻ em bị xâm hại, bạo lực xin liên hệ Tổng đài 111 hoặc đường dây nóng của Sở: 0232.3822.567 (số 15 Quang Trung, TP Đồng Hới).
"""

NOW = P("Đến nay", None, "2024-06-27")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.200 phần quà trao", "1.200", 1200, "count", "phần quà",
      "phần quà trao tặng trẻ em trong Tháng hành động vì trẻ em", approx="over"),
    AGE("dưới 16 tuổi", "16", 16, approx="under"),
    F("có 198.650 trẻ em", "198.650", 198650, "count", "trẻ em", "trẻ em dưới 16 tuổi", percent=21.8),
    F("có 4.312 trẻ em", "4.312", 4312, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt",
      total=198650, change=CH("decrease", 156, "em", "cùng kỳ năm 2023")),
    F("là 1.087 em", "1.087", 1087, "count", "em",
      "trẻ em có hoàn cảnh đặc biệt được hưởng trợ cấp xã hội hằng tháng"),
    F("được 3,65 tỷ đồng", "3,65", 3.65e9, "money", "đồng",
      "kinh phí các cấp, các ngành vận động được trong Tháng hành động",
      change=CH("increase", 12.4, "%", "năm 2023")),
    F("hơn 1.200 phần quà cho", "1.200", 1200, "count", "phần quà",
      "phần quà trao tặng cho trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt", approx="over"),
    F("trị giá 1.326,4 triệu đồng", "1.326,4", 1326.4e6, "money", "đồng", "tổng trị giá phần quà"),
    F("hỗ trợ 45 ca", "45", 45, "count", "ca phẫu thuật", "ca phẫu thuật tim bẩm sinh được hỗ trợ"),
    F("18 suất học bổng", "18", 18, "count", "suất học bổng", "suất học bổng"),
    F("mỗi suất 5 triệu đồng", "5", 5e6, "money", "đồng", "mức học bổng mỗi suất"),
    F("143/151", "143", 143, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em", NOW, total=151, percent=94.7),
    F("100% xã, phường, thị trấn có", "100", 100, "percent", "%",
      "xã, phường, thị trấn có cộng tác viên làm công tác bảo vệ trẻ em", NOW),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ xâm hại trẻ em", H1,
      change=CH("decrease", 4, "vụ", "cùng kỳ")),
    F("với 11 em", "11", 11, "count", "em", "trẻ em bị xâm hại", H1),
    F("14 trẻ em tử vong", "14", 14, "count", "trẻ em", "trẻ em tử vong do đuối nước", H1),
    F("2025, 100% trẻ em", "100", 100, "percent", "%",
      "trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và trợ giúp kịp thời", T25, status="target"),
    F("dưới 2%", "2", 2, "percent", "%", "tỷ lệ trẻ em có hoàn cảnh đặc biệt trong tổng số trẻ em", T25,
      approx="under", status="target"),
]

COMMENTS = [
    "Quảng Bình province portal: tổng kết Tháng hành động vì trẻ em năm 2024 (breadcrumb, Cập nhật, Lượt xem).",
    "Location Quảng Bình (named in the headline and lead). 'Đến nay' is an as-of period ending at the dateline.",
    "'Trong Tháng hành động' is not a calendar period: no period given. 'hiện có' sentences: no period.",
    "The change 'giảm 4 vụ' belongs to 9 vụ (unit vụ), across the clause '11 em bị xâm hại'.",
    "Distractors: Lượt xem 1.482, Ngày 26/6, Tổng đài 111, phone 0232.3822.567, số 15 Quang Trung.",
]

if __name__ == "__main__":
    emit("p544-1", TEXT, COMMENTS, FIGS, published="2024-06-27", location="Quảng Bình")
