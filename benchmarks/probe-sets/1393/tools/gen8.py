"""p1393-8: radio/TV site (QRT, Đài PT-TH Quảng Nam), a solar desalination unit on Cù Lao Chàm (xã Tân Hiệp, Hội An)."""
from lib import F, asof, change, period, write, year

TEXT = """QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình

Cù Lao Chàm có thêm nguồn nước ngọt phục vụ mùa du lịch

Thứ Tư, 11/09/2024 - 19:45

(QRT) - Hệ thống lọc nước biển công suất 300 m3/ngày đêm vừa được đưa vào sử dụng tại xã đảo Tân Hiệp (TP Hội An), nâng tổng nguồn nước ngọt cấp cho người dân và du khách trên Cù Lao Chàm lên khoảng 850 m3/ngày đêm.

Xã Tân Hiệp có 2 thôn với khoảng 3.000 nhân khẩu. Trong 8 tháng đầu năm 2024, Cù Lao Chàm đón hơn 380.000 lượt khách, tăng 12% so với cùng kỳ năm 2023; ngày cao điểm có tới 5.000 lượt khách ra đảo. Trước đây, nguồn nước ngọt chủ yếu lấy từ đập Bãi Làng và 3 giếng khoan, chỉ đáp ứng 60-65% nhu cầu vào mùa khô.

Hệ thống mới do Công ty CP Môi trường Xanh Hội An đầu tư theo hình thức xã hội hóa, kinh phí hơn 9,5 tỷ đồng, sử dụng điện mặt trời với 240 tấm pin, giúp giảm khoảng 30% chi phí điện so với hệ thống lọc thông thường.

Ông Trần Văn Lộc, Chủ tịch UBND xã Tân Hiệp, cho biết xã phấn đấu đến năm 2025, 100% hộ dân và cơ sở lưu trú được dùng nước đạt quy chuẩn. Dự kiến năm 2025, TP Hội An sẽ nâng cấp đập Bãi Làng, tăng dung tích trữ thêm 15.000 m3.

Thu Hà - Văn Sang

Xem thêm: Bản tin Thời sự 19h45 | Video (02:35)
"""

M8 = period("Trong 8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
TO25 = asof("đến năm 2025", "2025-12-31")
Y25 = year("năm 2025", 2025)

FIGS = [
    F("suất 300 m3", "300", 300, "measure", "m3/ngày đêm", "công suất hệ thống lọc nước biển"),
    F("khoảng 850 m3", "850", 850, "measure", "m3/ngày đêm",
      "tổng nguồn nước ngọt cấp cho người dân và du khách trên Cù Lao Chàm", approx="about"),
    F("có 2 thôn", "2", 2, "count", "thôn", "thôn của xã Tân Hiệp"),
    F("khoảng 3.000 nhân", "3.000", 3000, "count", "nhân khẩu", "nhân khẩu của xã Tân Hiệp", approx="about"),
    F("hơn 380.000 lượt", "380.000", 380000, "count", "lượt khách", "lượt khách Cù Lao Chàm đón", M8, approx="over",
      change=change("increase", 12, "%", "cùng kỳ năm 2023")),
    F("tới 5.000 lượt", "5.000", 5000, "count", "lượt khách", "lượt khách ra đảo ngày cao điểm", M8),
    F("3 giếng khoan", "3", 3, "count", "giếng khoan", "giếng khoan"),
    F("đáp ứng 60-65%", "60", 60, "percent", "%", "tỷ lệ nhu cầu nước ngọt được đáp ứng vào mùa khô", value_max=65),
    F("hơn 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", "kinh phí đầu tư hệ thống mới", approx="over"),
    F("240 tấm pin", "240", 240, "count", "tấm pin", "tấm pin điện mặt trời"),
    F("khoảng 30%", "30", 30, "percent", "%", "chi phí điện giảm so với hệ thống lọc thông thường", approx="about"),
    F("100% hộ", "100", 100, "percent", "%", "tỷ lệ hộ dân và cơ sở lưu trú được dùng nước đạt quy chuẩn", TO25,
      status="target"),
    F("thêm 15.000 m3", "15.000", 15000, "measure", "m3", "dung tích trữ đập Bãi Làng tăng thêm", Y25,
      status="forecast"),
]

NOTES = [
    "Radio/TV site (QRT, Đài PT-TH Quảng Nam): menu, 'Thứ Tư, 11/09/2024 - 19:45', tag '(QRT) -', byline, 'Xem thêm' links.",
    "All figures describe Cù Lao Chàm, xã Tân Hiệp of TP Hội An → location Hội An.",
    "Distractors: '19:45', 'Bản tin Thời sự 19h45', 'Video (02:35)', 'cùng kỳ năm 2023' baseline.",
    "'ngày cao điểm có tới 5.000 lượt khách' continues the clause of 'Trong 8 tháng đầu năm 2024' (after ';'): same period.",
    "'giảm khoảng 30% chi phí điện' has no amount: a percent figure. 'tăng dung tích trữ thêm 15.000 m3' is the added volume",
    "itself (a measure, no change object), forecast ('Dự kiến').",
    "'Trước đây' gives no period.",
]

if __name__ == "__main__":
    write("p1393-8", TEXT, NOTES, FIGS, published="2024-09-11", location="Hội An")
