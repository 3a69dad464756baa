"""p953-5: Báo Bắc Giang (Party paper), SIM rác tiếp tay lừa đảo; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Siết chặt quản lý, ngăn chặn SIM rác tiếp tay cho lừa đảo

Tình trạng sử dụng SIM rác, SIM đã kích hoạt sẵn để lừa đảo chiếm đoạt tài sản trên không gian mạng diễn biến phức tạp, đòi hỏi sự vào cuộc quyết liệt của các ngành chức năng tỉnh Bắc Giang.

Theo Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (Công an tỉnh), 10 tháng năm 2023, toàn tỉnh xảy ra 87 vụ lừa đảo qua mạng, giảm 12 vụ so với cùng kỳ năm 2022, gây thiệt hại ước tính khoảng 46 tỷ đồng. Đáng chú ý, hơn 70% số vụ có đối tượng dùng SIM không chính chủ để liên lạc với bị hại. Lực lượng Công an đã làm rõ 52 vụ, bắt 68 đối tượng, thu hồi cho người bị hại gần 9,8 tỷ đồng.

Tháng 9/2023, Công an huyện Lục Nam phát hiện một cửa hàng tại thị trấn Đồi Ngô tàng trữ 3.450 SIM đã kích hoạt sẵn; Công an huyện Việt Yên cũng thu giữ 1.120 SIM tại một điểm bán trên Quốc lộ 37. Đây là lần thứ 3 trong năm lực lượng chức năng phát hiện cơ sở tàng trữ SIM rác với số lượng lớn.

Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có trên 1,93 triệu thuê bao di động; đến nay, 99,1% thuê bao đã được chuẩn hóa thông tin, cao hơn mức bình quân cả nước (98,5%). Từ đầu năm đến nay, Sở đã kiểm tra 64 điểm cung cấp dịch vụ viễn thông, xử phạt 11 cơ sở với tổng số tiền 198 triệu đồng, gấp 1,8 lần cả năm 2022.

Ông Hoàng Văn Sáu, Phó Giám đốc Sở Thông tin và Truyền thông cho biết, năm 2024, tỉnh phấn đấu giảm ít nhất 20% số vụ lừa đảo qua mạng so với năm 2023; mỗi huyện, thành phố tổ chức kiểm tra các điểm bán SIM không dưới 2 lần/năm.

HOÀNG ANH
20/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
SEP = P("Tháng 9/2023", "2023-09-01", "2023-09-30")
NOW = P("đến nay", end="2023-11-20")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-20")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xảy ra 87 vụ", "87", 87, "count", "vụ", "vụ lừa đảo qua mạng", M10,
      change=C("decrease", 12, "vụ", "cùng kỳ năm 2022")),
    F("khoảng 46 tỷ đồng", "46", 46000000000, "money", "đồng", "thiệt hại do lừa đảo qua mạng", M10,
      approx="about", status="estimate"),
    F("hơn 70% số vụ", "70", 70, "percent", "%", "số vụ có đối tượng dùng SIM không chính chủ", I(M10),
      approx="over"),
    F("làm rõ 52 vụ", "52", 52, "count", "vụ", "vụ được làm rõ", I(M10)),
    F("bắt 68 đối tượng", "68", 68, "count", "đối tượng", "đối tượng bị bắt", I(M10)),
    F("gần 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "tiền thu hồi cho người bị hại", I(M10),
      approx="nearly"),
    F("tàng trữ 3.450 SIM", "3.450", 3450, "count", "SIM", "SIM đã kích hoạt sẵn bị tàng trữ", SEP,
      location="Lục Nam"),
    F("thu giữ 1.120 SIM", "1.120", 1120, "count", "SIM", "SIM thu giữ tại một điểm bán", SEP, location="Việt Yên"),
    F("trên 1,93 triệu thuê bao", "1,93", 1930000, "count", "thuê bao", "thuê bao di động", approx="over"),
    F("99,1% thuê bao", "99,1", 99.1, "percent", "%", "thuê bao đã được chuẩn hóa thông tin", NOW),
    F("(98,5%)", "98,5", 98.5, "percent", "%", "thuê bao đã được chuẩn hóa thông tin bình quân cả nước", NOW,
      location="Việt Nam"),
    F("kiểm tra 64 điểm", "64", 64, "count", "điểm cung cấp dịch vụ viễn thông",
      "điểm cung cấp dịch vụ viễn thông được kiểm tra", YTD),
    F("xử phạt 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị xử phạt", YTD),
    F("198 triệu đồng", "198", 198000000, "money", "đồng", "tổng số tiền xử phạt", YTD,
      change=C("increase", 1.8, "lần", "cả năm 2022")),
    F("ít nhất 20%", "20", 20, "percent", "%", "giảm số vụ lừa đảo qua mạng so với năm 2023", Y24,
      approx="at_least", status="target"),
    F("không dưới 2 lần/năm", "2", 2, "measure", "lần/năm", "kiểm tra các điểm bán SIM ở mỗi huyện, thành phố", Y24,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Bắc Giang: SIM rác và lừa đảo qua mạng, 10 tháng năm 2023; byline 'HOÀNG ANH' and bare date '20/11/2023' at the end.",
    "'giảm 12 vụ so với cùng kỳ năm 2022' -> change in 'vụ'. 'ước tính khoảng 46 tỷ đồng' -> estimate, about.",
    "'52 vụ' làm rõ after '87 vụ' has no part-of cue: no total. '(98,5%)' after 99,1% is a percent of its own (national, Việt Nam);",
    "'cao hơn mức bình quân cả nước' states no amount, so 99,1% has no change.",
    "'198 triệu đồng, gấp 1,8 lần cả năm 2022' follows its figure: recorded as the change (increase 1,8 lần, baseline 'cả năm 2022').",
    "'giảm ít nhất 20% số vụ' is a target rate with no base amount: percent figure, no change. 'không dưới 2 lần/năm' -> at_least rate.",
    "'hiện có trên 1,93 triệu' gets no period ('hiện'); 'đến nay' ends at the bare date 20/11/2023.",
    "Not figures: 'lần thứ 3', 'Quốc lộ 37', 'Hoàng Văn Sáu', the bare date.",
]

write("p953-5", TEXT, FIGS, NOTES, published="2023-11-20", location="Bắc Giang")
