"""p875-1: Cổng thông tin điện tử tỉnh Thanh Hóa (province portal) — Đoàn Luật sư tỉnh tổng kết năm 2023."""
from lib import F, write, period, inherit, change, target

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Tư pháp - Pháp luật

Đoàn Luật sư tỉnh Thanh Hóa: Số luật sư tăng gần 18% sau một năm

Cập nhật: 12/01/2024 15:40 | Lượt xem: 1.236

Ngày 11/1, Đoàn Luật sư tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện Sở Tư pháp, Tòa án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh.

Tính đến ngày 31/12/2023, Đoàn Luật sư tỉnh có 312 luật sư, tăng 47 luật sư so với cuối năm 2022; trong đó có 58 luật sư nữ, chiếm 18,6%. Toàn tỉnh có 126 tổ chức hành nghề luật sư, gồm 98 văn phòng luật sư và 28 công ty luật, tập trung chủ yếu tại TP Thanh Hóa (87 tổ chức), thị xã Bỉm Sơn (9 tổ chức) và TP Sầm Sơn (7 tổ chức).

Năm 2023, các luật sư của Đoàn đã tham gia 2.415 vụ án hình sự, dân sự, hành chính, tăng 12,3% so với năm 2022; trong đó có 684 vụ án bào chữa theo chỉ định của cơ quan tiến hành tố tụng và 371 vụ án trợ giúp pháp lý miễn phí. Các luật sư cũng tư vấn pháp luật cho khoảng 5.600 lượt người và doanh nghiệp, thực hiện 1.150 vụ việc đại diện ngoài tố tụng. Tổng doanh thu của các tổ chức hành nghề ước đạt 96,5 tỷ đồng; nộp ngân sách nhà nước hơn 8,2 tỷ đồng.

Trong năm, Đoàn tổ chức 6 lớp bồi dưỡng nghiệp vụ với 1.020 lượt luật sư tham dự; 100% luật sư hoàn thành nghĩa vụ bồi dưỡng bắt buộc (tối thiểu 8 giờ/năm). Đoàn đã xem xét 14 đơn khiếu nại, tố cáo liên quan đến luật sư, xử lý kỷ luật 2 trường hợp.

Năm 2024, Đoàn Luật sư tỉnh phấn đấu phát triển thêm 40 luật sư, nâng tổng số lên trên 350 luật sư; 100% yêu cầu bào chữa chỉ định được phân công luật sư trong thời hạn không quá 24 giờ.

Văn phòng Đoàn Luật sư tỉnh: số 25 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa; điện thoại 0237.3852.146.
"""

D31 = period("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = period("Trong năm", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng gần 18%", "18", 18, "percent", "%", "số luật sư của Đoàn Luật sư tỉnh tăng", approx="nearly"),
    F("có 312 luật sư", "312", 312, "count", "luật sư", "luật sư của Đoàn Luật sư tỉnh", D31,
      change=change("increase", 47, "luật sư", "cuối năm 2022")),
    F("có 58 luật sư nữ", "58", 58, "count", "luật sư", "luật sư nữ", D31, total=312, percent=18.6),
    F("có 126 tổ chức", "126", 126, "count", "tổ chức", "tổ chức hành nghề luật sư", inherit(D31)),
    F("gồm 98 văn phòng", "98", 98, "count", "văn phòng luật sư", "văn phòng luật sư", inherit(D31), total=126),
    F("và 28 công ty", "28", 28, "count", "công ty luật", "công ty luật", inherit(D31), total=126),
    F("(87 tổ chức)", "87", 87, "count", "tổ chức", "tổ chức hành nghề luật sư", inherit(D31), location="Thanh Hóa"),
    F("(9 tổ chức)", "9", 9, "count", "tổ chức", "tổ chức hành nghề luật sư", inherit(D31), location="Bỉm Sơn"),
    F("(7 tổ chức)", "7", 7, "count", "tổ chức", "tổ chức hành nghề luật sư", inherit(D31), location="Sầm Sơn"),
    F("tham gia 2.415 vụ án", "2.415", 2415, "count", "vụ án", "vụ án hình sự, dân sự, hành chính luật sư tham gia",
      Y23, change=change("increase", 12.3, "%", "năm 2022")),
    F("có 684 vụ án", "684", 684, "count", "vụ án", "vụ án bào chữa theo chỉ định của cơ quan tiến hành tố tụng",
      Y23, total=2415),
    F("và 371 vụ án", "371", 371, "count", "vụ án", "vụ án trợ giúp pháp lý miễn phí", Y23, total=2415),
    F("khoảng 5.600 lượt", "5.600", 5600, "count", "lượt người", "lượt người và doanh nghiệp được tư vấn pháp luật",
      inherit(Y23), approx="about"),
    F("thực hiện 1.150 vụ việc", "1.150", 1150, "count", "vụ việc", "vụ việc đại diện ngoài tố tụng", inherit(Y23)),
    F("ước đạt 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", "tổng doanh thu của các tổ chức hành nghề luật sư",
      inherit(Y23), status="estimate"),
    F("hơn 8,2 tỷ", "8,2", 8.2e9, "money", "đồng", "nộp ngân sách nhà nước", inherit(Y23), approx="over",
      status="estimate"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp bồi dưỡng nghiệp vụ", IN23),
    F("với 1.020 lượt", "1.020", 1020, "count", "lượt luật sư", "lượt luật sư tham dự bồi dưỡng", IN23),
    F("100% luật sư hoàn thành", "100", 100, "percent", "%", "luật sư hoàn thành nghĩa vụ bồi dưỡng bắt buộc", IN23),
    F("tối thiểu 8 giờ", "8", 8, "measure", "giờ/năm", "thời gian bồi dưỡng bắt buộc", approx="at_least",
      optional=True),
    F("xem xét 14 đơn", "14", 14, "count", "đơn", "đơn khiếu nại, tố cáo liên quan đến luật sư", inherit(IN23)),
    F("kỷ luật 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp luật sư bị xử lý kỷ luật", inherit(IN23)),
    F("thêm 40 luật sư", "40", 40, "count", "luật sư", "luật sư phát triển thêm", Y24, status="target"),
    F("trên 350 luật sư", "350", 350, "count", "luật sư", "tổng số luật sư của Đoàn", Y24, approx="over",
      status="target"),
    F("100% yêu cầu", "100", 100, "percent", "%", "yêu cầu bào chữa chỉ định được phân công luật sư", Y24,
      status="target"),
    F("không quá 24 giờ", "24", 24, "measure", "giờ", "thời hạn phân công luật sư bào chữa chỉ định", Y24,
      approx="at_most", status="target"),
]

NOTES = [
    "p875-1 — Cổng TTĐT tỉnh Thanh Hóa (province portal): Đoàn Luật sư tỉnh tổng kết năm 2023.",
    "Headline 'tăng gần 18%' is a growth rate standing as the claim: percent, no change, no period ('sau một năm').",
    "TP Thanh Hóa / Bỉm Sơn / Sầm Sơn items (87+9+7 = 103 ≠ 126) do not add up to the whole: no total.",
    "'tối thiểu 8 giờ/năm' is the rule's requirement in brackets (a norm): optional.",
    "Distractors: Lượt xem: 1.236, Ngày 11/1, 15:40, số 25 Đại lộ Lê Lợi, phone 0237.3852.146.",
]

if __name__ == "__main__":
    write("p875-1", TEXT, NOTES, FIGS, published="2024-01-12", location="Thanh Hóa")
