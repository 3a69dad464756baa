from lib import F, P, I, CH, T, emit

TEXT = """Hạ Long: Gần 200 cơ sở karaoke hoạt động trở lại sau khi khắc phục điều kiện PCCC

Sau hơn 8 tháng tạm dừng, đến nay trên địa bàn TP Hạ Long đã có 187 cơ sở karaoke được cơ quan Công an nghiệm thu về PCCC và hoạt động trở lại, chiếm 61,3% tổng số cơ sở phải tạm dừng.

Theo Phòng Văn hóa và Thông tin thành phố, toàn thành phố có 412 cơ sở kinh doanh dịch vụ karaoke, 9 vũ trường và 36 quán bar. Thực hiện chỉ đạo của UBND tỉnh, từ tháng 9/2023 đến nay, thành phố đã tạm dừng hoạt động 305 cơ sở karaoke chưa đủ điều kiện. Để được hoạt động trở lại, các chủ cơ sở đã đầu tư cải tạo lối thoát nạn, lắp đặt hệ thống báo cháy, chữa cháy tự động với chi phí bình quân từ 150 đến 400 triệu đồng/cơ sở; tổng kinh phí ước khoảng 52 tỷ đồng.

Ông Nguyễn Văn Hùng, chủ một cơ sở karaoke tại số 126 đường Cao Thắng, phường Cao Xanh, cho biết cơ sở có 14 phòng hát, chi phí cải tạo hết gần 380 triệu đồng, trong đó riêng hệ thống chữa cháy tự động là 145 triệu đồng. "Khách quay lại đông hơn vì thấy yên tâm", ông Hùng nói.

Trong 6 tháng đầu năm 2024, lực lượng chức năng thành phố phát hiện, xử lý 23 cơ sở tự ý hoạt động trở lại khi chưa được nghiệm thu, phạt tiền 690 triệu đồng, tăng 2,5 lần so với cùng kỳ. Bên cạnh đó, 12 cơ sở đã chuyển đổi sang ngành nghề khác.

Mục tiêu đến hết năm 2024, Hạ Long đưa ít nhất 85% số cơ sở đủ điều kiện vào hoạt động trở lại, góp phần phục vụ khoảng 19 triệu lượt du khách đến thành phố trong năm.

Minh Đức
08/07/2024
"""

COMMENTS = [
    "Party newspaper (Báo Quảng Ninh style), byline 'Minh Đức' and bare date '08/07/2024' at the end: Hạ Long karaoke venues reopening",
    "after PCCC remediation, remediation costs per venue, one owner's costs, H1/2024 enforcement, end-2024 target.",
    "Distractors: 'số 126 đường Cao Thắng', 'tháng 9/2023' (start of a period). 'Sau hơn 8 tháng tạm dừng' is a duration that locates",
    "the figure in time: optional. 'đến nay' ends at the dateline; 'từ tháng 9/2023 đến nay' = 2023-09-01 … 2024-07-08.",
    "'chiếm 61,3% tổng số cơ sở phải tạm dừng' → percent of 187 (the whole 305 is stated later, not by a cue: no total).",
    "'từ 150 đến 400 triệu đồng/cơ sở' is a money range with the rate in the unit. 145 triệu is a part of 380 triệu (trong đó).",
    "'tăng 2,5 lần so với cùng kỳ' is the change of 690 triệu. 'khoảng 19 triệu lượt du khách' continues the target sentence → target.",
]

NOW = P("đến nay", None, "2024-07-08")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TGT = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Gần 200 cơ sở", "200", 200, "count", "cơ sở", "cơ sở karaoke hoạt động trở lại sau khi khắc phục điều kiện PCCC",
      approx="nearly"),
    F("hơn 8 tháng", "8", 8, "measure", "tháng", "thời gian tạm dừng", approx="over", optional=True),
    F("có 187 cơ sở", "187", 187, "count", "cơ sở", "cơ sở karaoke được nghiệm thu về PCCC và hoạt động trở lại", NOW,
      percent=61.3),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở kinh doanh dịch vụ karaoke"),
    F("9 vũ trường", "9", 9, "count", "vũ trường", "vũ trường"),
    F("36 quán bar", "36", 36, "count", "quán bar", "quán bar"),
    F("hoạt động 305 cơ sở", "305", 305, "count", "cơ sở", "cơ sở karaoke chưa đủ điều kiện bị tạm dừng hoạt động",
      P("từ tháng 9/2023 đến nay", "2023-09-01", "2024-07-08")),
    F("từ 150 đến 400 triệu", "150", 150_000_000, "money", "đồng/cơ sở", "chi phí bình quân cải tạo, lắp đặt hệ thống PCCC",
      value_max=400_000_000),
    F("khoảng 52 tỷ đồng", "52", 52_000_000_000, "money", "đồng", "tổng kinh phí cải tạo", approx="about", status="estimate"),
    F("có 14 phòng", "14", 14, "count", "phòng hát", "phòng hát của cơ sở"),
    F("gần 380 triệu", "380", 380_000_000, "money", "đồng", "chi phí cải tạo cơ sở", approx="nearly"),
    F("là 145 triệu", "145", 145_000_000, "money", "đồng", "chi phí hệ thống chữa cháy tự động", total=380_000_000),
    F("xử lý 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở tự ý hoạt động trở lại khi chưa được nghiệm thu", H1),
    F("phạt tiền 690 triệu", "690", 690_000_000, "money", "đồng", "tiền phạt", H1,
      change=CH("increase", 2.5, "lần", "cùng kỳ")),
    F("12 cơ sở đã chuyển đổi", "12", 12, "count", "cơ sở", "cơ sở đã chuyển đổi sang ngành nghề khác", I(H1)),
    F("ít nhất 85%", "85", 85, "percent", "%", "cơ sở đủ điều kiện hoạt động trở lại", TGT,
      approx="at_least", status="target"),
    F("khoảng 19 triệu", "19", 19_000_000, "count", "lượt du khách", "lượt du khách đến thành phố", I(TGT),
      approx="about", status="target"),
]

if __name__ == "__main__":
    emit("p722-5", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hạ Long")
