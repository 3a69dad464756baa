from lib import Doc, per

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Krông Pắc: Chung tay giúp người lầm lỗi tái hòa nhập cộng đồng

Trong quý III/2024, huyện Krông Pắc tiếp nhận 46 người chấp hành xong án phạt tù trở về địa phương, trong đó có 11 người được đặc xá và 4 người là đồng bào dân tộc thiểu số. So với quý II/2024 (38 người), số người trở về tăng 21,1%.

Lũy kế từ đầu năm đến nay, huyện đã tiếp nhận 128 người, đạt 100% số người được các trại giam thông báo. Qua rà soát, có 93 người (chiếm 72,7%) đã có việc làm; 21 người được giới thiệu vào làm việc tại các doanh nghiệp chế biến cà phê, nông sản trên địa bàn với mức thu nhập từ 5 đến 7 triệu đồng/tháng.

Phòng giao dịch Ngân hàng Chính sách xã hội huyện đã giải ngân cho 9 người vay với tổng số tiền 720 triệu đồng, bình quân 80 triệu đồng/người. Hội Liên hiệp Phụ nữ và Hội Nông dân huyện nhận giúp đỡ 35 trường hợp theo mô hình “Mái ấm tình thương - Cùng người lầm lỗi hoàn lương”; Công an huyện duy trì 16 tổ tự quản về an ninh trật tự tại các thôn, buôn, tổ dân phố, trong đó Tổ dân phố 3 thị trấn Phước An được đánh giá là điển hình.

Tuy vậy, từ đầu năm đến nay đã có 3 người tái phạm tội, chiếm 2,34% số người chấp hành xong án phạt tù đang được quản lý; năm 2023 tỷ lệ này là 1,9%. Ban Chỉ đạo huyện đặt mục tiêu đến cuối năm 2024 đưa tỷ lệ tái phạm xuống dưới 2% và giới thiệu việc làm cho ít nhất 40 người.

Mọi ý kiến đóng góp xin gửi về Công an huyện Krông Pắc, số 09 đường Giải Phóng, thị trấn Phước An; điện thoại trực ban 0262.3521.113.

Minh Thuận - Trung tâm Văn hóa, Thông tin và Thể thao huyện
04/10/2024
"""

d = Doc("p381-7", TEXT, [
    "Trang TTĐT huyện Krông Pắc, Đắk Lắk (district portal): reintegration in quý III/2024 and since the start of the year. No dateline at the top; bare date 04/10/2024 at the end.",
    "Distractors: 'Tổ dân phố 3' (a name), 'số 09 đường Giải Phóng' (address), phone 0262.3521.113, 'quý II/2024' as a baseline label, 'Mái ấm tình thương' model name.",
    "46 'trong đó có 11 … và 4 …': both take total 46 (parts of one whole, not summing). '(38 người)' is the quý II/2024 figure (own period); 'tăng 21,1%' stands alone (percent, no change).",
    "'từ đầu năm đến nay' = 2024-01-01 .. dateline 2024-10-04: 128 (percent 100), 93 (percent 72,7; '(chiếm …)' a share, no total), 21 and the income range inherit it.",
    "'từ 5 đến 7 triệu đồng/tháng': money range, unit đồng/tháng. Loans: 9 người, 720 triệu, bình quân 80 triệu đồng/người (period inherited).",
    "3 người tái phạm: percent 2,34; '1,9%' has period năm 2023. Targets 'đến cuối năm 2024' (end only): dưới 2% (under), ít nhất 40 người (at_least). Location Krông Pắc throughout.",
], published="2024-10-04", location="Krông Pắc")

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = per("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-04")
YTDi = per("từ đầu năm đến nay", "2024-01-01", "2024-10-04", inherited=True)
d.f("tiếp nhận 46 người", "46", 46, "count", "người", "người chấp hành xong án phạt tù trở về địa phương được tiếp nhận", Q3)
d.f("có 11 người", "11", 11, "count", "người", "người được đặc xá trở về", Q3, total=46)
d.f("4 người là", "4", 4, "count", "người", "người dân tộc thiểu số chấp hành xong án phạt tù trở về", Q3, total=46)
d.f("(38 người)", "38", 38, "count", "người", "người chấp hành xong án phạt tù trở về", per("quý II/2024", "2024-04-01", "2024-06-30"))
d.f("tăng 21,1%", "21,1", 21.1, "percent", "%", "tăng số người chấp hành xong án phạt tù trở về", Q3i)
d.f("tiếp nhận 128 người", "128", 128, "count", "người", "người chấp hành xong án phạt tù được tiếp nhận", YTD, percent=100)
d.f("có 93 người", "93", 93, "count", "người", "người chấp hành xong án phạt tù đã có việc làm", YTDi, percent=72.7)
d.f("21 người được", "21", 21, "count", "người", "người được giới thiệu vào làm việc tại các doanh nghiệp", YTDi)
d.f("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/tháng", "mức thu nhập", YTDi, value_max=7e6)
d.f("cho 9 người", "9", 9, "count", "người", "người chấp hành xong án phạt tù được vay vốn", YTDi)
d.f("tiền 720 triệu", "720", 720e6, "money", "đồng", "tổng số tiền cho vay", YTDi)
d.f("bình quân 80 triệu", "80", 80e6, "money", "đồng/người", "mức vay bình quân", YTDi)
d.f("giúp đỡ 35 trường hợp", "35", 35, "count", "trường hợp", "trường hợp được Hội Phụ nữ, Hội Nông dân nhận giúp đỡ", YTDi)
d.f("duy trì 16 tổ", "16", 16, "count", "tổ", "tổ tự quản về an ninh trật tự", None)
d.f("có 3 người", "3", 3, "count", "người", "người tái phạm tội", YTD, percent=2.34)
d.f("là 1,9%", "1,9", 1.9, "percent", "%", "tỷ lệ tái phạm", per("năm 2023", "2023-01-01", "2023-12-31"))
E24 = per("đến cuối năm 2024", None, "2024-12-31")
d.f("dưới 2%", "2", 2, "percent", "%", "tỷ lệ tái phạm", E24, approx="under", status="target")
d.f("ít nhất 40 người", "40", 40, "count", "người", "người được giới thiệu việc làm", E24, approx="at_least", status="target")
raise SystemExit(d.write())
