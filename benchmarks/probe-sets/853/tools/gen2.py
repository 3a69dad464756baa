"""p853-2: district portal (huyện Diễn Châu, Nghệ An), a commune's e-waste collection day."""
from lib import F, change, period, inherit, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Tin tức > Hoạt động các xã, thị trấn

Xã Diễn Thịnh ra quân thu gom rác thải điện tử, pin thải hưởng ứng Ngày Môi trường thế giới

Thứ Hai, 05/06/2023 - 16:10

Sáng ngày 5/6, UBND xã Diễn Thịnh phối hợp với Phòng Tài nguyên và Môi trường huyện tổ chức ngày hội “Thu gom rác thải điện tử vì một Diễn Châu xanh”. Tham dự có khoảng 350 đoàn viên, hội viên và người dân của 12 xóm trên địa bàn xã.

Chỉ trong một buổi sáng, ban tổ chức đã tiếp nhận 1.126 kg rác thải điện tử và pin thải, gấp 2,5 lần lượng thu được trong đợt ra quân tháng 10/2022. Trong số này có 97 kg pin các loại, ngoài ra còn 418 thiết bị điện tử cũ hỏng (điện thoại, quạt điện, nồi cơm điện, ti vi…) và 36 ắc quy xe máy. Xóm 7 và xóm 10 là hai đơn vị nộp nhiều nhất với lần lượt 186 kg và 152 kg.

Toàn bộ số rác thải trên được phân loại tại chỗ và bàn giao cho đơn vị có chức năng xử lý chất thải nguy hại. Người dân mang rác thải điện tử đến được đổi cây giống, nước rửa chén, túi vải; ban tổ chức đã trao 540 phần quà, tổng trị giá khoảng 16 triệu đồng do các doanh nghiệp tài trợ.

Theo ông Nguyễn Văn Hai, Chủ tịch UBND xã, năm 2022 xã đã thu gom được 2,3 tấn rác thải điện tử, pin thải qua 3 đợt ra quân; 6 tháng đầu năm 2023 thu gom được 1,4 tấn, bằng 61% cả năm trước. Xã đã lắp đặt 15 thùng thu gom pin thải tại nhà văn hóa các xóm và Trường THCS Diễn Thịnh. Mục tiêu đến cuối năm 2023, 100% xóm có thùng thu gom.

Toàn huyện Diễn Châu hiện có 37 xã, thị trấn, trong đó 24 xã đã tổ chức thu gom rác thải điện tử định kỳ, chiếm 64,9%.

Thanh Tâm
"""

DAY = period("Sáng ngày 5/6", "2023-06-05", "2023-06-05", inherited=True)

FIGS = [
    F("khoảng 350 đoàn viên", "350", 350, "count", "đoàn viên", approx="about",
      subject="đoàn viên, hội viên và người dân tham dự ngày hội", per=DAY),
    F("của 12 xóm", "12", 12, "count", "xóm", subject="xóm trên địa bàn xã Diễn Thịnh"),
    F("tiếp nhận 1.126 kg", "1.126", 1126, "measure", "kg",
      change=change("increase", 2.5, "lần", "đợt ra quân tháng 10/2022"),
      subject="rác thải điện tử và pin thải tiếp nhận", per=DAY),
    F("có 97 kg pin", "97", 97, "measure", "kg", total=1126, subject="pin các loại", per=DAY),
    F("còn 418 thiết bị", "418", 418, "count", "thiết bị điện tử",
      subject="thiết bị điện tử cũ hỏng", per=DAY),
    F("và 36 ắc quy", "36", 36, "count", "ắc quy", subject="ắc quy xe máy", per=DAY),
    F("lần lượt 186 kg", "186", 186, "measure", "kg",
      subject="rác thải điện tử, pin thải xóm 7 nộp", per=DAY),
    F("và 152 kg", "152", 152, "measure", "kg",
      subject="rác thải điện tử, pin thải xóm 10 nộp", per=DAY),
    F("là hai đơn vị", "hai", 2, "count", "đơn vị", subject="đơn vị nộp nhiều nhất", optional=True),
    F("trao 540 phần quà", "540", 540, "count", "phần quà", subject="phần quà trao cho người dân", per=DAY),
    F("khoảng 16 triệu đồng", "16", 16e6, "money", "đồng", approx="about",
      subject="tổng trị giá phần quà", per=DAY),
    F("được 2,3 tấn", "2,3", 2.3, "measure", "tấn",
      subject="rác thải điện tử, pin thải xã thu gom",
      per=period("năm 2022", "2022-01-01", "2022-12-31")),
    F("qua 3 đợt", "3", 3, "count", "đợt ra quân", subject="đợt ra quân thu gom",
      per=period("năm 2022", "2022-01-01", "2022-12-31")),
    F("được 1,4 tấn", "1,4", 1.4, "measure", "tấn", percent=61,
      subject="rác thải điện tử, pin thải xã thu gom",
      per=period("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")),
    F("lắp đặt 15 thùng", "15", 15, "count", "thùng thu gom",
      subject="thùng thu gom pin thải đã lắp đặt"),
    F("100% xóm", "100", 100, "percent", "%", status="target",
      subject="xóm có thùng thu gom",
      per=period("đến cuối năm 2023", None, "2023-12-31")),
    F("có 37 xã", "37", 37, "count", "xã, thị trấn", subject="xã, thị trấn của huyện Diễn Châu"),
    F("trong đó 24 xã", "24", 24, "count", "xã", total=37, percent=64.9,
      subject="xã đã tổ chức thu gom rác thải điện tử định kỳ"),
]

NOTES = [
    "Cổng TTĐT huyện Diễn Châu (Nghệ An): ngày hội thu gom rác thải điện tử ở xã Diễn Thịnh, 5/6/2023. Location = the district.",
    "Distractors: Thứ Hai, 16:10, 'Sáng ngày 5/6', 'một buổi sáng', 'tháng 10/2022' (baseline), 'Xóm 7', 'xóm 10', 'Nguyễn Văn Hai', 'hai đơn vị' restates the two items (optional).",
    "'gấp 2,5 lần lượng thu được trong đợt … tháng 10/2022' right after 1.126 kg compares it with a baseline: its change (increase 2,5 lần).",
    "'Trong số này có 97 kg pin' is a part of 1.126 kg (total); 418 thiết bị and 36 ắc quy count other things: no total.",
    "Event-day figures carry an inherited period 'Sáng ngày 5/6' (not scored). 'bằng 61% cả năm trước' is the 1,4 tấn's percent.",
]

write("p853-2", TEXT, NOTES, FIGS, published="2023-06-05", location="Diễn Châu")
