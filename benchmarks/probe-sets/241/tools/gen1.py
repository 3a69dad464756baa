from lib import Doc, P, C, T

TEXT = """Sở Y tế Thanh Hóa
Thanh Hóa: Đấu thầu tập trung thuốc năm 2024 tiết kiệm hơn 86 tỷ đồng
Cập nhật: 14/03/2024 08:15 | Lượt xem: 1.236

Ngày 12/3/2024, Sở Y tế tỉnh Thanh Hóa ban hành Quyết định số 412/QĐ-SYT phê duyệt kết quả lựa chọn nhà thầu gói thầu mua thuốc tập trung cấp địa phương năm 2024-2025 cho các cơ sở y tế công lập trên địa bàn tỉnh.

Theo đó, có 1.147 mặt hàng thuốc trúng thầu trên tổng số 1.289 mặt hàng mời thầu, đạt 89%. Trong đó, thuốc generic có 986 mặt hàng, thuốc biệt dược gốc 74 mặt hàng, thuốc dược liệu và thuốc cổ truyền 87 mặt hàng. Tổng giá trị trúng thầu là 1.032,5 tỷ đồng, thấp hơn 7,7% so với giá kế hoạch được duyệt, tiết kiệm cho ngân sách nhà nước và Quỹ bảo hiểm y tế hơn 86 tỷ đồng.

Về nguồn gốc, thuốc sản xuất trong nước trúng thầu 712 mặt hàng, chiếm 62,1% số mặt hàng trúng thầu, với giá trị 498,7 tỷ đồng, chiếm 48,3% tổng giá trị; thuốc nhập khẩu chiếm 51,7% tổng giá trị trúng thầu. So với năm 2023, số mặt hàng trúng thầu tăng 9,2%, giá trị trúng thầu tăng 11,4%. Nhóm thuốc điều trị ung thư và điều hòa miễn dịch có giá trị trúng thầu lớn nhất, khoảng 214 tỷ đồng; tiếp đến là nhóm kháng sinh (168,3 tỷ đồng) và nhóm tim mạch (gần 120 tỷ đồng).

Các cơ sở y tế ký hợp đồng với nhà thầu trong vòng 15 ngày kể từ ngày kết quả được phê duyệt; hợp đồng có thời hạn thực hiện 24 tháng. Sở Y tế yêu cầu các đơn vị phấn đấu sử dụng tối thiểu 80% số lượng thuốc trúng thầu đã phân bổ, tỷ lệ sử dụng thuốc sản xuất trong nước đạt trên 50% tổng giá trị tiền thuốc năm 2024.

Mọi thắc mắc liên hệ Phòng Nghiệp vụ Dược, Sở Y tế Thanh Hóa, số 101 Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa; điện thoại: 0237.3852.478.
"""

d = Doc("p241-1", TEXT, [
    "Sở Y tế Thanh Hóa (department site): kết quả đấu thầu tập trung thuốc cấp địa phương năm 2024-2025. Dateline 'Cập nhật: 14/03/2024 08:15 | Lượt xem: 1.236'.",
    "Distractors: view counter 1.236, 'Ngày 12/3/2024', 'Quyết định số 412/QĐ-SYT', 'năm 2024-2025' (contract period in the package name), address 'số 101 Nguyễn Trãi', phone 0237.3852.478.",
    "'1.147 … trên tổng số 1.289 …, đạt 89%': 1.289 is the total and 89% the percent (attributes, not figures). 'Trong đó' after 1.147: the three kinds are its parts (986+74+87 = 1.147).",
    "'thấp hơn 7,7% so với giá kế hoạch' is the change of 1.032,5 tỷ (gap to plan). Each 'chiếm X%' after an amount is its percent; '51,7%' has no base amount: a percent figure.",
    "The two growth rates ('tăng 9,2%', 'tăng 11,4%') stand alone: percent figures without change. The bidding figures have no period phrase of their own: no period.",
    "'trong vòng 15 ngày', 'thời hạn … 24 tháng' are deadlines/durations: optional. 'phấn đấu' makes 80% and 50% targets; 'năm 2024' is stated in their sentence.",
], published="2024-03-14", location="Thanh Hóa")

d.f("tiết kiệm hơn 86 tỷ đồng\n", "86", 86e9, "money", "đồng", approx="over",
    subject="tiết kiệm đấu thầu tập trung thuốc", period=P("năm 2024", "2024-01-01", "2024-12-31"), optional=False)
d.f("có 1.147 mặt hàng", "1.147", 1147, "count", "mặt hàng", total=1289, percent=89,
    subject="mặt hàng thuốc trúng thầu")
d.f("generic có 986 mặt hàng", "986", 986, "count", "mặt hàng", total=1147,
    subject="thuốc generic trúng thầu")
d.f("gốc 74 mặt hàng", "74", 74, "count", "mặt hàng", total=1147,
    subject="thuốc biệt dược gốc trúng thầu")
d.f("cổ truyền 87 mặt hàng", "87", 87, "count", "mặt hàng", total=1147,
    subject="thuốc dược liệu và thuốc cổ truyền trúng thầu")
d.f("là 1.032,5 tỷ đồng", "1.032,5", 1032.5e9, "money", "đồng",
    change=C("decrease", 7.7, "%", "giá kế hoạch được duyệt"),
    subject="tổng giá trị trúng thầu")
d.f("Quỹ bảo hiểm y tế hơn 86 tỷ đồng", "86", 86e9, "money", "đồng", approx="over",
    subject="tiết kiệm cho ngân sách nhà nước và Quỹ bảo hiểm y tế")
d.f("trúng thầu 712 mặt hàng", "712", 712, "count", "mặt hàng", percent=62.1,
    subject="thuốc sản xuất trong nước trúng thầu")
d.f("giá trị 498,7 tỷ đồng", "498,7", 498.7e9, "money", "đồng", percent=48.3,
    subject="giá trị thuốc sản xuất trong nước trúng thầu")
d.f("chiếm 51,7%", "51,7", 51.7, "percent", "%",
    subject="tỷ lệ thuốc nhập khẩu trong tổng giá trị trúng thầu")
d.f("tăng 9,2%", "9,2", 9.2, "percent", "%",
    subject="tăng số mặt hàng trúng thầu so với năm 2023")
d.f("tăng 11,4%", "11,4", 11.4, "percent", "%",
    subject="tăng giá trị trúng thầu so với năm 2023")
d.f("khoảng 214 tỷ đồng", "214", 214e9, "money", "đồng", approx="about",
    subject="giá trị trúng thầu nhóm thuốc điều trị ung thư và điều hòa miễn dịch")
d.f("(168,3 tỷ đồng)", "168,3", 168.3e9, "money", "đồng",
    subject="giá trị trúng thầu nhóm kháng sinh")
d.f("(gần 120 tỷ đồng)", "120", 120e9, "money", "đồng", approx="nearly",
    subject="giá trị trúng thầu nhóm tim mạch")
d.f("trong vòng 15 ngày", "15", 15, "measure", "ngày", optional=True)
d.f("thực hiện 24 tháng", "24", 24, "measure", "tháng", optional=True)
d.f("tối thiểu 80%", "80", 80, "percent", "%", approx="at_least", status="target",
    subject="số lượng thuốc trúng thầu đã phân bổ được sử dụng",
    period=P("năm 2024", "2024-01-01", "2024-12-31"))
d.f("đạt trên 50%", "50", 50, "percent", "%", approx="over", status="target",
    subject="tỷ lệ sử dụng thuốc sản xuất trong nước trong tổng giá trị tiền thuốc",
    period=P("năm 2024", "2024-01-01", "2024-12-31"))
for x in d.figs:
    if x.get("optional") is False:
        del x["optional"]
d.write()
