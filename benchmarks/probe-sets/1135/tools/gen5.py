"""p1135-5: Party newspaper (Báo Quảng Bình): a net-repair cooperative in xã Bảo Ninh (TP Đồng Hới); byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Hợp tác xã đan lưới Bảo Ninh: Nơi chị em ven biển có thu nhập ổn định

Những ngày đầu tháng Tư, tại xưởng của Hợp tác xã dịch vụ nghề cá Bảo Ninh (TP Đồng Hới), hàng chục chị em ngồi vá lưới cho đội tàu chuẩn bị ra khơi vụ cá Nam.

HTX được thành lập năm 2016 với 12 thành viên, đến nay đã có 57 thành viên, trong đó 49 là phụ nữ. Năm 2023, HTX nhận 215 đơn hàng đan mới và vá sửa lưới của chủ tàu trong và ngoài tỉnh, doanh thu đạt 3,6 tỷ đồng, lợi nhuận hơn 420 triệu đồng. Thu nhập của thành viên bình quân 6,5 triệu đồng/người/tháng, người làm giỏi được 9 triệu đồng.

Chị Trần Thị Mến (52 tuổi, thôn Trung Bính) đã có hơn 30 năm gắn bó với nghề. Theo chị, một tấm lưới rê dài khoảng 1.000 m nếu rách nặng phải mất 3-4 ngày mới vá xong, tiền công khoảng 1,5 triệu đồng. "Hồi trước làm lẻ, có tháng không ai thuê. Vào HTX thì đơn hàng đều, tháng nào cũng có việc", chị Mến chia sẻ.

Ông Lê Văn Tám, Giám đốc HTX cho biết, năm 2024 HTX phấn đấu doanh thu 4,2 tỷ đồng, kết nạp thêm 10 thành viên và đầu tư 2 máy se sợi. HTX cũng đang liên kết với Trường Trung cấp nghề số 1 mở lớp dạy đan lưới cho con em ngư dân.

Toàn tỉnh hiện có 7 HTX, tổ hợp tác làm dịch vụ đan, vá lưới với khoảng 640 lao động, tập trung ở Đồng Hới, Quảng Trạch và Bố Trạch. Theo Sở Nông nghiệp và PTNT, năm 2023 các đơn vị này đã vá sửa lưới cho gần 1.900 lượt tàu, bằng 118% năm 2022.

MINH HẢI
15/4/2024
"""

Y16 = P("năm 2016", "2016-01-01", "2016-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã dịch vụ nghề cá Bảo Ninh"

FIGS = [
    F("hàng chục chị em", "chục", 10, "count", "chị em", approx="about", optional=True,
      subject="chị em vá lưới"),
    F("với 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y16),
    F("có 57 thành viên", "57", 57, "count", "thành viên", subject="thành viên HTX"),
    F("49 là phụ nữ", "49", 49, "count", "phụ nữ", total=57, subject="thành viên HTX là phụ nữ"),
    F("nhận 215 đơn hàng", "215", 215, "count", "đơn hàng",
      subject="đơn hàng đan mới và vá sửa lưới của chủ tàu", period=Y23),
    F("đạt 3,6 tỷ", "3,6", 3600000000, "money", "đồng", subject="doanh thu HTX", period=Y23),
    F("hơn 420 triệu", "420", 420000000, "money", "đồng", approx="over", subject="lợi nhuận HTX", period=Y23),
    F("bình quân 6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của thành viên HTX", period=I(Y23)),
    F("được 9 triệu", "9", 9000000, "money", "đồng/người/tháng",
      subject="thu nhập của người làm giỏi", period=I(Y23)),
    F("(52 tuổi", "52", 52, "measure", "tuổi", optional=True, subject="tuổi chị Trần Thị Mến"),
    F("hơn 30 năm", "30", 30, "measure", "năm", approx="over", optional=True,
      subject="thời gian gắn bó với nghề"),
    F("khoảng 1.000 m", "1.000", 1000, "measure", "m", approx="about", subject="chiều dài một tấm lưới rê"),
    F("mất 3-4 ngày", "3", 3, "measure", "ngày", value_max=4, subject="thời gian vá xong một tấm lưới rê rách nặng"),
    F("khoảng 1,5 triệu", "1,5", 1500000, "money", "đồng", approx="about",
      subject="tiền công vá một tấm lưới rê rách nặng"),
    F("doanh thu 4,2 tỷ", "4,2", 4200000000, "money", "đồng", status="target", subject="doanh thu HTX", period=Y24),
    F("thêm 10 thành viên", "10", 10, "count", "thành viên", status="target",
      subject="thành viên HTX kết nạp thêm", period=Y24),
    F("tư 2 máy se sợi", "2", 2, "count", "máy se sợi", status="target", subject="máy se sợi đầu tư", period=Y24),
    F("có 7 HTX", "7", 7, "count", "HTX, tổ hợp tác", subject="HTX, tổ hợp tác làm dịch vụ đan, vá lưới",
      location="Quảng Bình"),
    F("khoảng 640 lao động", "640", 640, "count", "lao động", approx="about",
      subject="lao động của HTX, tổ hợp tác làm dịch vụ đan, vá lưới", location="Quảng Bình"),
    F("gần 1.900 lượt", "1.900", 1900, "count", "lượt tàu", approx="nearly", percent=118,
      subject="lượt tàu được vá sửa lưới", period=Y23b, location="Quảng Bình"),
]

NOTES = [
    "Party newspaper (Báo Quảng Bình style): no dateline at the top; byline 'MINH HẢI' and bare date '15/4/2024' at the end (published).",
    "The HTX is in xã Bảo Ninh, TP Đồng Hới: default location Đồng Hới; the province-wide paragraph is Quảng Bình.",
    "Distractors: 'Ông Lê Văn Tám' (a name that is a number word), 'Trường Trung cấp nghề số 1', 'đầu tháng Tư', 'vụ cá Nam', 'năm 2016' founding year.",
    "'hàng chục chị em' (approx tens), the age '52 tuổi' and 'hơn 30 năm gắn bó' are optional. '12 thành viên' at founding takes 'năm 2016'.",
    "'đến nay đã có 57 thành viên' gets no period (present). 'bằng 118% năm 2022' is a share of last year's level -> percent attribute.",
    "'người làm giỏi được 9 triệu đồng' continues the per-month income clause: unit đồng/người/tháng.",
]

if __name__ == "__main__":
    write("p1135-5", TEXT, NOTES, FIGS, published="2024-04-15", location="Đồng Hới")
