"""p797-2: district portal (huyện Lý Sơn, Quảng Ngãi) — sea rescues Q1/2025, lighthouse repair, fleet, safety training."""
from lib import F, change, period, inherit, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ / Tin hoạt động / Quốc phòng - An ninh
Thứ Ba, 08/04/2025 - 10:20

Quý I, lực lượng chức năng cứu 27 ngư dân gặp nạn trên biển

Theo Ban Chỉ huy Phòng thủ dân sự huyện, quý I/2025 lực lượng chức năng trên địa bàn huyện đã xử lý 6 vụ tai nạn, sự cố trên biển, giảm 2 vụ so với cùng kỳ năm 2024; cứu 27 ngư dân, lai dắt 4 tàu cá bị hỏng máy vào bờ an toàn. Trong đó, Đồn Biên phòng Lý Sơn trực tiếp cứu 11 ngư dân.

Điển hình, ngày 14/3, tàu cá QNg 96417 TS cùng 9 ngư dân bị hỏng máy, trôi dạt ở tọa độ 15°38'N - 109°21'E, cách đảo khoảng 35 hải lý. Nhận tin báo qua kênh 16, tàu BP 13-16-01 đã tiếp cận sau 6 giờ hành trình và lai dắt tàu về âu thuyền Lý Sơn. Đây là lần thứ 3 trong năm tàu này gặp sự cố.

Toàn huyện hiện có 412 tàu cá với khoảng 3.560 lao động thường xuyên bám biển; 100% tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Từ đầu năm đến nay, huyện tổ chức 5 lớp tập huấn kỹ năng sơ cứu, cứu nạn trên biển cho hơn 300 ngư dân và cấp phát 1.200 áo phao miễn phí.

Cũng trong quý I, Tổng công ty Bảo đảm an toàn hàng hải miền Bắc đã hoàn thành sửa chữa, thay thế thiết bị hải đăng Lý Sơn với kinh phí gần 1,4 tỷ đồng. Hải đăng có tháp đèn cao 18 m, tầm hiệu lực ánh sáng 26 hải lý, là điểm dẫn đường quan trọng cho tàu thuyền hoạt động ở vùng biển miền Trung.

Năm 2025, huyện phấn đấu giảm ít nhất 10% số vụ tai nạn trên biển so với năm 2024.

Mọi tin báo sự cố trên biển xin gọi: 0255.3867.286.
"""

Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")

FIGS = [
    F("cứu 27 ngư dân gặp nạn", "27", 27, "count", "ngư dân", "ngư dân gặp nạn trên biển được cứu",
      period("Quý I", "2025-01-01", "2025-03-31")),
    F("xử lý 6 vụ", "6", 6, "count", "vụ", "vụ tai nạn, sự cố trên biển được xử lý", Q1,
      change=change("decrease", 2, "vụ", "cùng kỳ năm 2024")),
    F("cứu 27 ngư dân, lai dắt", "27", 27, "count", "ngư dân", "ngư dân được cứu", Q1),
    F("lai dắt 4 tàu cá", "4", 4, "count", "tàu cá", "tàu cá bị hỏng máy được lai dắt vào bờ", Q1),
    F("trực tiếp cứu 11 ngư dân", "11", 11, "count", "ngư dân", "ngư dân được Đồn Biên phòng Lý Sơn trực tiếp cứu",
      inherit(Q1), total=27),
    F("cùng 9 ngư dân", "9", 9, "count", "ngư dân", "ngư dân trên tàu cá bị hỏng máy",
      period("ngày 14/3", "2025-03-14", "2025-03-14")),
    F("khoảng 35 hải lý", "35", 35, "measure", "hải lý", "khoảng cách từ tàu gặp nạn đến đảo",
      approx="about", optional=True),
    F("sau 6 giờ hành trình", "6", 6, "measure", "giờ", "thời gian hành trình tiếp cận tàu gặp nạn",
      optional=True),
    F("có 412 tàu cá", "412", 412, "count", "tàu cá", "tàu cá của huyện"),
    F("khoảng 3.560 lao động", "3.560", 3560, "count", "lao động", "lao động thường xuyên bám biển",
      approx="about"),
    F("100% tàu cá", "100", 100, "percent", "%", "tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu cá", approx="at_least", optional=True),
    F("tổ chức 5 lớp", "5", 5, "count", "lớp", "lớp tập huấn kỹ năng sơ cứu, cứu nạn trên biển", YTD),
    F("hơn 300 ngư dân", "300", 300, "count", "ngư dân", "ngư dân được tập huấn", YTD, approx="over"),
    F("cấp phát 1.200 áo phao", "1.200", 1200, "count", "áo phao", "áo phao cấp phát miễn phí", YTD),
    F("gần 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "kinh phí sửa chữa, thay thế thiết bị hải đăng Lý Sơn",
      period("quý I", "2025-01-01", "2025-03-31"), approx="nearly"),
    F("cao 18 m", "18", 18, "measure", "m", "chiều cao tháp đèn hải đăng Lý Sơn"),
    F("26 hải lý", "26", 26, "measure", "hải lý", "tầm hiệu lực ánh sáng hải đăng Lý Sơn"),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ tai nạn trên biển",
      period("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Lý Sơn (Quảng Ngãi): tìm kiếm cứu nạn quý I/2025, hải đăng Lý Sơn, đội tàu, tập huấn. Figures located at the district.",
    "Headline 'Quý I' takes 2025 from the dateline. 'Trong đó … 11 ngư dân' after a sentence break: the whole is the 27 ngư dân (same thing),",
    "not the sibling '4 tàu cá' just before the cue. 'cùng 9 ngư dân' on 'ngày 14/3' gets that day as its period (spec silent on single days).",
    "Optional: the distance 'khoảng 35 hải lý' (locates the incident), 'sau 6 giờ hành trình' (a duration that locates the arrival),",
    "'từ 15 m trở lên' (category threshold). The lighthouse's height and range are facts about the aid the sentence reports: required.",
    "'giảm ít nhất 10%' is a target rate with no base amount: a percent figure with no change.",
    "Distractors: QNg 96417 TS (registration), tọa độ 15°38'N - 109°21'E, kênh 16, tàu BP 13-16-01, 'lần thứ 3', phone 0255.3867.286, 10:20.",
]

if __name__ == "__main__":
    write(2, TEXT, "2025-04-08", "Lý Sơn", NOTES, FIGS)
