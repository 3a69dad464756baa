"""p1013-5: provincial Party newspaper (Báo Quảng Ninh), TP Hạ Long, early 2025; byline and bare date at the end."""
from lib import C, F, I, P, write

TEXT = """Hạ Long ra quân xóa quảng cáo rao vặt, trả lại mỹ quan đô thị

Từ đầu năm đến nay, TP Hạ Long đã tổ chức 42 đợt ra quân, xóa bỏ 23.650 quảng cáo rao vặt, tháo gỡ 1.942 băng rôn và tháo dỡ 318 biển quảng cáo sai quy định. Các phường Hồng Hải, Cao Xanh, Bãi Cháy là những địa bàn xóa nhiều nhất, lần lượt đạt 3.120, 2.870 và 2.410 điểm.

Tại tuyến đường 25/4 và Quốc lộ 18 đoạn qua trung tâm thành phố, đoàn viên thanh niên đã huy động khoảng 1.200 lượt người tham gia cạo, sơn phủ các điểm dán trên cột điện, tường rào. Tổng chi phí sơn phủ khoảng 350 triệu đồng, trong đó thuê nhân công với mức 300.000 đồng/người/ngày.

Theo ông Phạm Văn Hùng, Trưởng phòng Văn hóa và Thông tin thành phố, chi phí xóa một điểm quảng cáo rao vặt gấp khoảng 5 lần chi phí mà người vi phạm bỏ ra để dán. Vì vậy, thành phố chuyển hướng xử lý từ gốc: rà soát 486 số điện thoại in trên quảng cáo, đề nghị nhà mạng khóa 214 số và gửi hơn 5.000 tin nhắn cảnh báo tới chủ thuê bao. Nhờ đó, so với cùng kỳ năm 2024, số điểm quảng cáo rao vặt mới phát sinh giảm khoảng 40%.

Lực lượng chức năng cũng đã xử phạt 27 trường hợp với số tiền 86 triệu đồng. Đáng chú ý, ngày 9/4 vừa qua, tổ công tác phường Hồng Hải phát hiện 2 đối tượng dán tờ rơi tại tổ 5, khu 3, thu giữ khoảng 1.500 tờ rơi quảng cáo dịch vụ hút bể phốt, khoan cắt bê tông.

Người dân phát hiện hành vi dán, treo quảng cáo trái phép có thể phản ánh qua đường dây nóng 0203.3835.118. Thành phố phấn đấu đến cuối năm 2025, 100% khu dân cư ký cam kết "nói không với quảng cáo rao vặt".

THU HÀ
18/4/2025
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-18")
D94 = P("ngày 9/4", "2025-04-09", "2025-04-09")
END = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("tổ chức 42 đợt", "42", 42, "count", "đợt ra quân",
      "đợt ra quân xử lý quảng cáo rao vặt", YTD),
    F("xóa bỏ 23.650 quảng cáo", "23.650", 23650, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", YTD),
    F("tháo gỡ 1.942 băng rôn", "1.942", 1942, "count", "băng rôn",
      "băng rôn tháo gỡ", YTD),
    F("tháo dỡ 318 biển", "318", 318, "count", "biển quảng cáo",
      "biển quảng cáo sai quy định tháo dỡ", YTD),
    F("đạt 3.120,", "3.120", 3120, "count", "điểm",
      "điểm quảng cáo rao vặt xóa bỏ ở phường Hồng Hải", I(YTD)),
    F("2.870 và", "2.870", 2870, "count", "điểm",
      "điểm quảng cáo rao vặt xóa bỏ ở phường Cao Xanh", I(YTD)),
    F("2.410 điểm", "2.410", 2410, "count", "điểm",
      "điểm quảng cáo rao vặt xóa bỏ ở phường Bãi Cháy", I(YTD)),
    F("khoảng 1.200 lượt người", "1.200", 1200, "count", "lượt người",
      "lượt người tham gia cạo, sơn phủ các điểm dán quảng cáo", I(YTD), approx="about"),
    F("khoảng 350 triệu đồng", "350", 350e6, "money", "đồng",
      "tổng chi phí sơn phủ", I(YTD), approx="about"),
    F("mức 300.000 đồng/người/ngày", "300.000", 300000, "money", "đồng/người/ngày",
      "mức thuê nhân công sơn phủ", I(YTD)),
    F("gấp khoảng 5 lần", "5", 5, "multiple", "lần",
      "chi phí xóa một điểm quảng cáo rao vặt so với chi phí dán", approx="about"),
    F("rà soát 486 số", "486", 486, "count", "số điện thoại",
      "số điện thoại in trên quảng cáo rà soát", I(YTD)),
    F("khóa 214 số", "214", 214, "count", "số",
      "số điện thoại đề nghị nhà mạng khóa", I(YTD)),
    F("hơn 5.000 tin nhắn", "5.000", 5000, "count", "tin nhắn",
      "tin nhắn cảnh báo gửi tới chủ thuê bao", I(YTD), approx="over"),
    F("giảm khoảng 40%", "40", 40, "percent", "%",
      "số điểm quảng cáo rao vặt mới phát sinh giảm so với cùng kỳ năm 2024", I(YTD), approx="about"),
    F("xử phạt 27 trường hợp", "27", 27, "count", "trường hợp",
      "trường hợp bị xử phạt", I(YTD)),
    F("số tiền 86 triệu đồng", "86", 86e6, "money", "đồng",
      "số tiền xử phạt", I(YTD)),
    F("phát hiện 2 đối tượng", "2", 2, "count", "đối tượng",
      "đối tượng dán tờ rơi bị phát hiện", D94),
    F("khoảng 1.500 tờ rơi", "1.500", 1500, "count", "tờ rơi",
      "tờ rơi quảng cáo thu giữ", D94, approx="about"),
    F("2025, 100% khu", "100", 100, "percent", "%",
      "khu dân cư ký cam kết nói không với quảng cáo rao vặt", END, status="target"),
]

NOTES = [
    "Báo Quảng Ninh style: headline, body, byline 'THU HÀ' and bare date '18/4/2025' at the end (published).",
    "Location Hạ Long throughout (a city of Quảng Ninh); the phường of the 'lần lượt' list go to the subject.",
    "'Từ đầu năm đến nay' = 2025-01-01..published; 'ngày 9/4' takes 2025 from the published date.",
    "'gấp khoảng 5 lần' stands alone as the claim: a multiple (generic statement, no period).",
    "'giảm khoảng 40%' has no base amount: a percent figure, no change; 300.000 đồng/người/ngày after 'trong đó' is a rate, not a part.",
    "revised after the first run: subject of 1.200 lượt người was 'lượt đoàn viên thanh niên ...' (misread: the youth union",
    "mobilised the people; the sentence counts 'lượt người'), now 'lượt người tham gia cạo, sơn phủ các điểm dán quảng cáo'.",
    "Distractors: đường 25/4, Quốc lộ 18, tổ 5, khu 3, hotline 0203.3835.118, 'cùng kỳ năm 2024', dates.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2025-04-18", location="Hạ Long")
