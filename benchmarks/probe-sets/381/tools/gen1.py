from lib import Doc, per

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức > Chính trị - Xã hội
Hơn 1.100 người chấp hành xong án phạt tù trở về địa phương được hỗ trợ tái hòa nhập cộng đồng
Cập nhật: 12/07/2024 15:20 | Lượt xem: 2.317

Theo báo cáo của Công an tỉnh tại hội nghị sơ kết thực hiện Kế hoạch số 128/KH-UBND, 6 tháng đầu năm 2024, toàn tỉnh đã tiếp nhận 1.126 người chấp hành xong án phạt tù trở về địa phương cư trú, tăng 8,3% so với cùng kỳ năm 2023. Trong đó, 972 người chấp hành xong án phạt tù hết thời hạn, 103 người được tha tù trước thời hạn có điều kiện và 51 người được miễn chấp hành phần hình phạt còn lại.

Các địa phương tiếp nhận nhiều nhất là thành phố Thanh Hóa (148 người), huyện Quảng Xương (87 người), thị xã Nghi Sơn (76 người) và huyện Thọ Xuân (64 người).

Đến nay, 1.018/1.126 người đã được đăng ký thường trú, cấp căn cước, đạt 90,4%; 743 người đã có việc làm ổn định, chiếm 66% số người được tiếp nhận. Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã giải ngân cho 215 người vay vốn tạo việc làm với tổng số tiền gần 17,8 tỷ đồng, mức vay bình quân khoảng 82,8 triệu đồng/người. Các cấp, các ngành đã mở 36 lớp dạy nghề ngắn hạn cho 418 lượt người; giới thiệu việc làm cho 529 người tại các doanh nghiệp trong Khu kinh tế Nghi Sơn.

Tỷ lệ người tái phạm tội trong số người chấp hành xong án phạt tù là 1,86%, giảm 0,4 điểm phần trăm so với năm 2023. Tỉnh phấn đấu năm 2024 có trên 70% người chấp hành xong án phạt tù có việc làm, tỷ lệ tái phạm dưới 1,5%, thực hiện đúng Nghị định số 49/2020/NĐ-CP của Chính phủ.

Mọi thông tin phản ánh xin gửi về Phòng Cảnh sát quản lý hành chính về trật tự xã hội, số 17 đường Trần Phú, điện thoại 0237.3852.114.

Thu Hà (Cổng TTĐT tỉnh)
"""

d = Doc("p381-1", TEXT, [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): reintegration of people released from prison, 6 months of 2024. 'Cập nhật: 12/07/2024 15:20 | Lượt xem: 2.317'.",
    "Distractors: view counter 2.317, Kế hoạch số 128/KH-UBND, Nghị định số 49/2020/NĐ-CP, address 'số 17 đường Trần Phú', phone 0237.3852.114, 'cùng kỳ năm 2023'.",
    "'Trong đó' after 1.126: the three release categories (972 + 103 + 51 = 1.126) take total 1126. District list: the district is location, subject the list's indicator, no total (no part-of cue).",
    "'Đến nay' (as-of, ends at the dateline 2024-07-12). 743 'chiếm 66% số người được tiếp nhận' is a share (percent), not a total (no part-of cue).",
    "1,86% carries change 'giảm 0,4 điểm phần trăm so với năm 2023'. Targets 'phấn đấu năm 2024': trên 70% (over), dưới 1,5% (under), status target.",
    "Figures of sentences without a period phrase inherit '6 tháng đầu năm 2024' (inherited, not scored); the headline figure likewise.",
], published="2024-07-12", location="Thanh Hóa")

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
NOW = per("Đến nay", None, "2024-07-12")
SUBJ = "người chấp hành xong án phạt tù trở về địa phương"

d.f("Hơn 1.100 người", "1.100", 1100, "count", "người", SUBJ + " được hỗ trợ tái hòa nhập cộng đồng", H1i, approx="over")
d.f("tiếp nhận 1.126 người", "1.126", 1126, "count", "người", "người chấp hành xong án phạt tù trở về địa phương cư trú được tiếp nhận", H1,
    change={"direction": "increase", "value": 8.3, "unit": "%", "baseline": "cùng kỳ năm 2023"})
d.f("972 người", "972", 972, "count", "người", "người chấp hành xong án phạt tù hết thời hạn", H1i, total=1126)
d.f("103 người", "103", 103, "count", "người", "người được tha tù trước thời hạn có điều kiện", H1i, total=1126)
d.f("51 người", "51", 51, "count", "người", "người được miễn chấp hành phần hình phạt còn lại", H1i, total=1126)
LS = "người chấp hành xong án phạt tù được tiếp nhận"
d.f("Thanh Hóa (148 người)", "148", 148, "count", "người", LS, H1i, location="Thanh Hóa")
d.f("Quảng Xương (87 người)", "87", 87, "count", "người", LS, H1i, location="Quảng Xương")
d.f("Nghi Sơn (76 người)", "76", 76, "count", "người", LS, H1i, location="Nghi Sơn")
d.f("Thọ Xuân (64 người)", "64", 64, "count", "người", LS, H1i, location="Thọ Xuân")
d.f("1.018/1.126", "1.018", 1018, "count", "người", "người được đăng ký thường trú, cấp căn cước", NOW, total=1126, percent=90.4)
d.f("743 người", "743", 743, "count", "người", "người đã có việc làm ổn định", NOW, percent=66)
d.f("cho 215 người", "215", 215, "count", "người", "người vay vốn tạo việc làm", H1i)
d.f("gần 17,8 tỷ đồng", "17,8", 17.8e9, "money", "đồng", "tổng số tiền cho vay vốn tạo việc làm", H1i, approx="nearly")
d.f("khoảng 82,8 triệu", "82,8", 82.8e6, "money", "đồng/người", "mức vay bình quân", H1i, approx="about")
d.f("mở 36 lớp", "36", 36, "count", "lớp", "lớp dạy nghề ngắn hạn", H1i)
d.f("cho 418 lượt", "418", 418, "count", "lượt người", "lượt người học nghề ngắn hạn", H1i)
d.f("cho 529 người", "529", 529, "count", "người", "người được giới thiệu việc làm", H1i)
d.f("là 1,86%", "1,86", 1.86, "percent", "%", "tỷ lệ người tái phạm tội", H1i,
    change={"direction": "decrease", "value": 0.4, "unit": "điểm phần trăm", "baseline": "năm 2023"})
d.f("trên 70%", "70", 70, "percent", "%", "tỷ lệ người chấp hành xong án phạt tù có việc làm", per("năm 2024", "2024-01-01", "2024-12-31"),
    approx="over", status="target")
d.f("dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ tái phạm", per("năm 2024", "2024-01-01", "2024-12-31"),
    approx="under", status="target")
raise SystemExit(d.write())
