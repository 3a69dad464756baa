"""p1283-5: provincial newspaper (Báo Gia Lai, tag '(GLO)-'): a passion-fruit juice factory in huyện Chư Prông."""
from lib import F, period, inherit, change, target, write

TEXT = """Báo Gia Lai điện tử > Kinh tế

Chanh leo Gia Lai "lên đời" nhờ nhà máy nước ép

Thứ Hai, 08/07/2024, 07:15

(GLO)- Đi vào hoạt động từ tháng 3/2022, Nhà máy chế biến nước ép chanh leo Tây Nguyên Xanh tại xã Ia Phìn (huyện Chư Prông) đã trở thành đầu mối tiêu thụ ổn định cho hàng nghìn hộ trồng chanh leo.

Nhà máy có tổng vốn đầu tư 620 tỷ đồng, công suất thiết kế 50.000 tấn quả tươi/năm, gồm hai dây chuyền sản xuất nước cốt và một dây chuyền chiết rót nước ép đóng chai. 6 tháng đầu năm 2024, nhà máy thu mua gần 14.000 tấn chanh leo, sản xuất 2.100 tấn nước cốt và 650 tấn nước ép đóng chai; doanh thu đạt 215 tỷ đồng, bằng 43% kế hoạch năm.

Giá thu mua chanh leo loại 1 dao động từ 12.000 đến 15.000 đồng/kg, tăng khoảng 20% so với cùng kỳ. Nhà máy tạo việc làm thường xuyên cho 320 lao động, trong đó hơn 60% là người đồng bào dân tộc thiểu số, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Ông Lê Văn Khánh, Giám đốc nhà máy, cho biết: “Năm nay, chúng tôi phấn đấu doanh thu đạt 500 tỷ đồng, trong đó xuất khẩu sang châu Âu chiếm khoảng 70%”.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có khoảng 3.200 ha chanh leo, năng suất bình quân 35-40 tấn/ha. Tỉnh đặt mục tiêu đến năm 2030 nâng diện tích chanh leo lên 5.000 ha, trong đó ít nhất 80% diện tích liên kết tiêu thụ với doanh nghiệp chế biến.

NGỌC THU

Tin liên quan:
- Gia Lai: Hội nghị xúc tiến đầu tư vào nông nghiệp công nghệ cao lần thứ II
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")
CP = "Chư Prông"

FIGS = [
    F("hàng nghìn hộ", "nghìn", 1000, "count", "hộ", approx="about", optional=True, location=CP),
    F("đầu tư 620 tỷ", "620", 620e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy", location=CP),
    F("thiết kế 50.000 tấn", "50.000", 50000, "measure", "tấn/năm", subject="công suất thiết kế nhà máy",
      location=CP),
    F("gồm hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền sản xuất nước cốt", location=CP),
    F("và một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền chiết rót nước ép đóng chai",
      location=CP),
    F("gần 14.000 tấn", "14.000", 14000, "measure", "tấn", approx="nearly", subject="chanh leo nhà máy thu mua",
      period=H1, location=CP),
    F("sản xuất 2.100 tấn", "2.100", 2100, "measure", "tấn", subject="nước cốt nhà máy sản xuất",
      period=H1, location=CP),
    F("và 650 tấn", "650", 650, "measure", "tấn", subject="nước ép đóng chai nhà máy sản xuất",
      period=H1, location=CP),
    F("đạt 215 tỷ", "215", 215e9, "money", "đồng", percent=43, subject="doanh thu nhà máy",
      period=H1, location=CP),
    F("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/kg", value_max=15000,
      change=change("increase", 20, "%", "cùng kỳ", approx="about"), subject="giá thu mua chanh leo loại 1",
      period=inherit(H1), location=CP),
    F("cho 320 lao động", "320", 320, "count", "lao động", subject="lao động thường xuyên nhà máy tạo việc làm",
      location=CP),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="lao động là người đồng bào dân tộc thiểu số", location=CP),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập lao động nhà máy", location=CP),
    F("đạt 500 tỷ", "500", 500e9, "money", "đồng", status="target", subject="doanh thu nhà máy",
      period=NOW, location=CP),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", status="target",
      subject="xuất khẩu sang châu Âu trong doanh thu", period=NOW, location=CP),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", approx="about", subject="diện tích chanh leo toàn tỉnh"),
    F("35-40 tấn/ha", "35", 35, "measure", "tấn/ha", value_max=40, subject="năng suất chanh leo bình quân"),
    F("lên 5.000 ha", "5.000", 5000, "measure", "ha", status="target", subject="diện tích chanh leo",
      period=TO30),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="diện tích chanh leo liên kết tiêu thụ với doanh nghiệp chế biến", period=TO30),
]

NOTES = [
    "Provincial newspaper (Báo Gia Lai): headline, 'Thứ Hai, 08/07/2024, 07:15', sapo with tag '(GLO)-', byline NGỌC THU at the end.",
    "Distractors: 07:15, 'từ tháng 3/2022' (start date), 'chanh leo loại 1' (a grade), 'lần thứ II' in a related link.",
    "'hàng nghìn hộ' is a vague count (optional; value 1000, about). The factory passage (huyện Chư Prông) → location Chư Prông;",
    "province-wide area, yield and targets (Sở Nông nghiệp và PTNT, 'toàn tỉnh', 'Tỉnh') → Gia Lai.",
    "'gồm hai dây chuyền ... và một dây chuyền' follows a capacity, not a count of lines: no whole, no total.",
    "'bằng 43% kế hoạch năm' → percent 43 of the 215 tỷ. The price sentence has no period of its own: 6 months inherited.",
    "'trong đó hơn 60% là người đồng bào ...', 'trong đó xuất khẩu ... chiếm khoảng 70%', 'trong đó ít nhất 80% diện tích'",
    "are percent figures of their own; the last two continue 'phấn đấu' / 'mục tiêu' clauses (target).",
    "'Năm nay' in the quote → 2024 (published). Ranges: 'từ 7 đến 9 triệu' (multiplier after the second number), '35-40 tấn/ha'.",
    "revised after the first run: 50.000 tấn quả tươi/năm → unit 'tấn/năm' (shortest noun phrase; cf. shared gold h07 'doanh nghiệp/1.000 dân').",
]

if __name__ == "__main__":
    write("p1283-5", TEXT, NOTES, FIGS, published="2024-07-08", location="Gia Lai")
