"""p853-5: Party/provincial newspaper (Báo Đà Nẵng), battery collection in schools; byline and bare date at the end."""
from lib import F, change, period, inherit, write

TEXT = """Lan tỏa phong trào thu gom pin cũ trong trường học

Từ năm 2021 đến nay, chương trình “Thu gom pin cũ - Bảo vệ môi trường” do Sở Tài nguyên và Môi trường phối hợp với Thành đoàn triển khai đã thu gom được gần 15,8 tấn pin thải từ các trường học trên địa bàn thành phố Đà Nẵng.

Năm 2023, chương trình được mở rộng tới 168 trường tiểu học, trung học cơ sở và trung học phổ thông, tăng 31 trường so với năm 2022. Các quận có số trường tham gia đông nhất là Hải Châu (34 trường), Thanh Khê (29 trường) và Liên Chiểu (27 trường).

Trong năm 2023, các trường đã thu gom được 5.240 kg pin thải, tăng 18,5% so với năm trước; bình quân mỗi trường thu gom khoảng 31 kg. Trường THCS Nguyễn Huệ (quận Liên Chiểu) dẫn đầu với 412 kg, tiếp đến là Trường Tiểu học Lê Lai với 287 kg.

Ông Trần Văn Tuấn, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, toàn bộ lượng pin thu gom được chuyển về kho của Công ty CP Môi trường đô thị Đà Nẵng tại số 471 Núi Thành để lưu giữ an toàn, sau đó chuyển giao cho đơn vị có chức năng xử lý. Chi phí vận chuyển, xử lý khoảng 45.000 đồng/kg, do các nhà tài trợ chi trả. Năm học này, mỗi học sinh tham gia được tặng một huy hiệu “Chiến binh xanh”.

Ngoài trường học, thành phố hiện có 182 điểm thu hồi pin và thiết bị điện tử thải bỏ đặt tại trụ sở 56 phường, xã, các siêu thị và trung tâm thương mại. Theo kế hoạch, đến năm 2025 Đà Nẵng phấn đấu 100% trường học trên địa bàn tham gia thu gom pin cũ và lượng pin thu gom đạt 8 tấn/năm.

HOÀNG HIỆP
15/11/2023
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 15,8 tấn", "15,8", 15.8, "measure", "tấn", approx="nearly",
      subject="pin thải thu gom từ các trường học",
      per=period("Từ năm 2021 đến nay", "2021-01-01", "2023-11-15")),
    F("tới 168 trường", "168", 168, "count", "trường",
      change=change("increase", 31, "trường", "năm 2022"),
      subject="trường tham gia chương trình thu gom pin cũ", per=Y23),
    F("Hải Châu (34 trường)", "34", 34, "count", "trường", subject="trường tham gia",
      location="Hải Châu", per=inherit(Y23)),
    F("Thanh Khê (29 trường)", "29", 29, "count", "trường", subject="trường tham gia",
      location="Thanh Khê", per=inherit(Y23)),
    F("Liên Chiểu (27 trường)", "27", 27, "count", "trường", subject="trường tham gia",
      location="Liên Chiểu", per=inherit(Y23)),
    F("được 5.240 kg", "5.240", 5240, "measure", "kg",
      change=change("increase", 18.5, "%", "năm trước"),
      subject="pin thải các trường thu gom",
      per=period("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 31 kg", "31", 31, "measure", "kg/trường", approx="about",
      subject="pin thải thu gom bình quân mỗi trường",
      per=period("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("với 412 kg", "412", 412, "measure", "kg",
      subject="pin thải Trường THCS Nguyễn Huệ thu gom", location="Liên Chiểu",
      per=inherit(Y23)),
    F("với 287 kg", "287", 287, "measure", "kg",
      subject="pin thải Trường Tiểu học Lê Lai thu gom", per=inherit(Y23)),
    F("khoảng 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", approx="about",
      subject="chi phí vận chuyển, xử lý"),
    F("một huy hiệu", "một", 1, "count", "huy hiệu", subject="huy hiệu tặng mỗi học sinh tham gia",
      optional=True),
    F("có 182 điểm", "182", 182, "count", "điểm thu hồi",
      subject="điểm thu hồi pin và thiết bị điện tử thải bỏ"),
    F("trụ sở 56 phường", "56", 56, "count", "phường, xã",
      subject="phường, xã đặt điểm thu hồi"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trường học trên địa bàn tham gia thu gom pin cũ", per=T25),
    F("đạt 8 tấn/năm", "8", 8, "measure", "tấn/năm", status="target",
      subject="lượng pin thu gom", per=T25),
]

NOTES = [
    "Báo Đà Nẵng: phong trào thu gom pin cũ trong trường học; byline HOÀNG HIỆP and bare date 15/11/2023 at the end (published).",
    "'Từ năm 2021 đến nay' ends at the published date. District list items (quận) take the district as location; the school",
    "'Trường THCS Nguyễn Huệ (quận Liên Chiểu)' is located in Liên Chiểu; Lê Lai has no district (Đà Nẵng).",
    "Distractors: 'số 471 Núi Thành' (address), names Trần Văn Tuấn, Nguyễn Huệ, Lê Lai, 'một huy hiệu' (a gift per pupil: optional).",
    "'bình quân mỗi trường … khoảng 31 kg' is a rate: unit kg/trường.",
]

write("p853-5", TEXT, NOTES, FIGS, published="2023-11-15", location="Đà Nẵng")
