"""p936-5: Party/provincial newspaper (Báo Quảng Ninh), Hạ Long signboard tidy-up, byline and bare date at the end."""
from lib import F, I, P, T, write

TEXT = """Hạ Long: Chỉnh trang biển hiệu, biển quảng cáo trên các tuyến phố trung tâm

Thực hiện Kế hoạch số 115/KH-UBND của UBND thành phố về chỉnh trang đô thị, từ tháng 3/2023 đến nay, TP Hạ Long đã vận động các hộ kinh doanh chỉnh trang 1.650/2.000 biển hiệu, biển quảng cáo theo kế hoạch trên 12 tuyến phố trung tâm, đạt 82,5%. Các tuyến được tập trung chỉnh trang gồm đường Hạ Long, đường 25/4, phố Lê Thánh Tông và đường Trần Hưng Đạo.

Theo quy định của thành phố, biển hiệu ngang có chiều cao tối đa 2 m, chiều dài không vượt quá chiều ngang mặt tiền nhà; biển hiệu dọc có chiều ngang tối đa 1 m, chiều cao không quá 4 m. Biển phải ghi đúng tên đăng ký kinh doanh, không che chắn lối thoát nạn.

Tổng kinh phí chỉnh trang khoảng 14,5 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 4,35 tỷ đồng, chiếm 30%; mỗi hộ được hỗ trợ tối đa 5 triệu đồng/biển. Chi phí làm biển hiệu mới bằng tấm alu, chữ nổi bình quân 1,2 triệu đồng/m2.

Cùng với đó, các xã, phường đã tổ chức bóc, xóa gần 9.800 tờ quảng cáo rao vặt trên cột điện, tường rào; lực lượng chức năng lập biên bản 27 trường hợp, xử phạt tổng số tiền 81 triệu đồng.

Theo đánh giá của Sở Văn hóa và Thể thao, Hạ Long đứng thứ 2 trong 13 địa phương của tỉnh về tỷ lệ biển hiệu đạt chuẩn mỹ quan. Bà Đỗ Thị Mười, chủ một cửa hàng trên phố Lê Thánh Tông, chia sẻ: "Biển mới gọn gàng, khách dễ nhìn hơn hẳn".

Thành phố phấn đấu đến hết năm 2023 hoàn thành chỉnh trang 100% biển hiệu trên các tuyến phố trung tâm và mở rộng thêm 8 tuyến trong năm 2024.

Thu Trang
24/06/2023
"""

SINCE = P("từ tháng 3/2023 đến nay", "2023-03-01", "2023-06-24")

FIGS = [
    F("chỉnh trang 1.650/2.000", "1.650", 1650, "count", "biển",
      "biển hiệu, biển quảng cáo được chỉnh trang", target=T(2000, "biển"), percent=82.5,
      period=SINCE),
    F("trên 12 tuyến phố", "12", 12, "count", "tuyến phố",
      "tuyến phố trung tâm chỉnh trang biển hiệu", period=SINCE),
    F("chiều cao tối đa 2 m", "2", 2, "measure", "m",
      "chiều cao biển hiệu ngang", approx="at_most", optional=True),
    F("chiều ngang tối đa 1 m", "1", 1, "measure", "m",
      "chiều ngang biển hiệu dọc", approx="at_most", optional=True),
    F("không quá 4 m", "4", 4, "measure", "m",
      "chiều cao biển hiệu dọc", approx="at_most", optional=True),
    F("khoảng 14,5 tỷ đồng", "14,5", 14500000000, "money", "đồng",
      "tổng kinh phí chỉnh trang", approx="about"),
    F("hỗ trợ 4,35 tỷ đồng", "4,35", 4350000000, "money", "đồng",
      "kinh phí ngân sách thành phố hỗ trợ", total=14500000000, percent=30),
    F("tối đa 5 triệu đồng/biển", "5", 5000000, "money", "đồng/biển",
      "mức hỗ trợ mỗi hộ", approx="at_most"),
    F("bình quân 1,2 triệu đồng/m2", "1,2", 1200000, "money", "đồng/m2",
      "chi phí làm biển hiệu mới bằng tấm alu, chữ nổi"),
    F("gần 9.800 tờ", "9.800", 9800, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", approx="nearly", period=I(SINCE)),
    F("lập biên bản 27 trường hợp", "27", 27, "count", "trường hợp",
      "trường hợp bị lập biên bản", period=I(SINCE)),
    F("tổng số tiền 81 triệu đồng", "81", 81000000, "money", "đồng",
      "tổng số tiền xử phạt", period=I(SINCE)),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      "tỷ lệ biển hiệu đạt chuẩn mỹ quan", total=13),
    F("trong 13 địa phương", "13", 13, "count", "địa phương",
      "địa phương của tỉnh", location="Quảng Ninh", optional=True),
    F("hoàn thành chỉnh trang 100%", "100", 100, "percent", "%",
      "biển hiệu trên các tuyến phố trung tâm hoàn thành chỉnh trang", status="target",
      period=P("đến hết năm 2023", None, "2023-12-31")),
    F("thêm 8 tuyến", "8", 8, "count", "tuyến",
      "tuyến phố mở rộng chỉnh trang", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

write(5, TEXT, FIGS, location="Hạ Long", published="2023-06-24", notes=(
    "Provincial Party newspaper (Báo Quảng Ninh), byline 'Thu Trang' and bare date at the end: Hạ Long signboard tidy-up.",
    "'1.650/2.000 biển ... theo kế hoạch ..., đạt 82,5%': the second number is the plan -> target 2000, percent 82.5.",
    "Sign size limits (2 m, 1 m, 4 m) are rules of a category: optional. '13 địa phương của tỉnh' (the rank's field) optional, location Quảng Ninh.",
    "Budget figures carry no period (the plan's budget, no period phrase). Poster figures inherit 'từ tháng 3/2023 đến nay'.",
    "revised: 'đứng thứ 2 trong 13 địa phương' gets total 13 (a rank with its field, cf. shared gold h04 'xếp hạng 25/63' -> total 63).",
    "Distractors: Kế hoạch số 115/KH-UBND, đường 25/4, name 'Đỗ Thị Mười', date.",
))
