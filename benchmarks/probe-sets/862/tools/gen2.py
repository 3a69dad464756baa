"""p862-2: district portal (huyện Thanh Trì, Hà Nội), Q1/2024 environmental inspection of laundries."""
from lib import F, P, I, C, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH TRÌ
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Kiểm tra công tác bảo vệ môi trường tại các cơ sở giặt là
Thứ Ba, 23/04/2024 - 14:20

Thực hiện Kế hoạch số 58/KH-UBND ngày 05/02/2024 của UBND huyện, trong quý I/2024, Đoàn kiểm tra liên ngành huyện Thanh Trì đã kiểm tra 46 cơ sở kinh doanh dịch vụ giặt là, giặt sấy trên địa bàn 15 xã và thị trấn Văn Điển. Qua kiểm tra, phát hiện 13/46 cơ sở vi phạm, chiếm 28,3%; trong đó 9 cơ sở xả nước thải chưa qua xử lý ra hệ thống thoát nước chung, 4 cơ sở chưa có hồ sơ môi trường theo quy định.

Đoàn đã lập biên bản, đề nghị xử phạt vi phạm hành chính 7 cơ sở với tổng số tiền 186,5 triệu đồng theo Nghị định số 45/2022/NĐ-CP; nhắc nhở, yêu cầu 6 cơ sở khắc phục trong thời hạn 30 ngày.

Theo kết quả khảo sát, lượng nước thải bình quân của mỗi cơ sở giặt là từ 5 đến 12 m3/ngày; một số cơ sở giặt công nghiệp quy mô lớn xả thải trên 40 m3/ngày. Toàn huyện hiện có khoảng 210 cơ sở giặt là, giặt sấy, tăng gần 1,6 lần so với năm 2020, tập trung chủ yếu ở thị trấn Văn Điển (38 cơ sở), xã Tả Thanh Oai (27 cơ sở) và xã Tứ Hiệp (24 cơ sở).

Thời gian tới, UBND huyện yêu cầu các cơ sở hoàn thành lắp đặt thiết bị xử lý nước thải trước ngày 30/6/2024; phấn đấu đến hết năm 2024 có ít nhất 80% cơ sở giặt là được kiểm tra định kỳ. Mọi phản ánh về ô nhiễm xin liên hệ đường dây nóng 024.3686.1234.

Minh Tâm (Phòng Tài nguyên và Môi trường huyện)
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở",
      subject="cơ sở kinh doanh dịch vụ giặt là, giặt sấy được kiểm tra", period=Q1),
    F("địa bàn 15 xã", "15", 15, "count", "xã", subject="xã trên địa bàn kiểm tra", period=Q1,
      optional=True),
    F("13/46 cơ sở", "13", 13, "count", "cơ sở", total=46, percent=28.3,
      subject="cơ sở vi phạm", period=I(Q1)),
    F("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", total=13,
      subject="cơ sở xả nước thải chưa qua xử lý ra hệ thống thoát nước chung", period=I(Q1)),
    F("4 cơ sở chưa", "4", 4, "count", "cơ sở", total=13,
      subject="cơ sở chưa có hồ sơ môi trường", period=I(Q1)),
    F("hành chính 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở đề nghị xử phạt vi phạm hành chính", period=I(Q1)),
    F("186,5 triệu đồng", "186,5", 186_500_000, "money", "đồng",
      subject="tổng số tiền đề nghị xử phạt", period=I(Q1)),
    F("yêu cầu 6 cơ sở", "6", 6, "count", "cơ sở",
      subject="cơ sở được nhắc nhở, yêu cầu khắc phục", period=I(Q1)),
    F("thời hạn 30 ngày", "30", 30, "measure", "ngày", subject="thời hạn khắc phục", optional=True),
    F("từ 5 đến 12 m3/ngày", "5", 5, "measure", "m3/ngày", value_max=12,
      subject="lượng nước thải bình quân của mỗi cơ sở giặt là"),
    F("trên 40 m3/ngày", "40", 40, "measure", "m3/ngày", approx="over",
      subject="nước thải xả của cơ sở giặt công nghiệp quy mô lớn"),
    F("khoảng 210 cơ sở", "210", 210, "count", "cơ sở", approx="about",
      change=C("increase", 1.6, "lần", "năm 2020", approx="nearly"),
      subject="cơ sở giặt là, giặt sấy"),
    F("Văn Điển (38 cơ sở)", "38", 38, "count", "cơ sở",
      subject="cơ sở giặt là, giặt sấy", location="Văn Điển"),
    F("Tả Thanh Oai (27 cơ sở)", "27", 27, "count", "cơ sở",
      subject="cơ sở giặt là, giặt sấy", location="Tả Thanh Oai"),
    F("Tứ Hiệp (24 cơ sở)", "24", 24, "count", "cơ sở",
      subject="cơ sở giặt là, giặt sấy", location="Tứ Hiệp"),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="cơ sở giặt là được kiểm tra định kỳ",
      period=P("đến hết năm 2024", None, "2024-12-31")),
]

NOTES = [
    "Thanh Trì district portal (Hà Nội): Q1/2024 inspection of laundries' wastewater.",
    "Distractors: Kế hoạch số 58/KH-UBND ngày 05/02/2024, Nghị định số 45/2022/NĐ-CP, 30/6/2024, hotline 024.3686.1234, Thứ Ba, 14:20.",
    "13/46: total 46, share 28,3% its percent; 9 and 4 after 'trong đó' take total 13. 7 and 6 (sanctioned / reminded) carry no cue: no total.",
    "List items are a thị trấn and communes of the district: the place named is the location (choice; spec names province/city/district).",
    "'15 xã' (the area covered) and 'thời hạn 30 ngày' (a deadline) optional.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2024-04-23", location="Thanh Trì")
