"""p1102-6: TP Hồ Chí Minh, national newspaper (weekday, date, time GMT+7)."""
from lib import F, P, I, C, T, write

text = """Thời sự > Dân sinh
Thứ tư, 18/10/2023, 06:00 (GMT+7)

TP HCM có hơn 300 chung cư chưa đảm bảo PCCC

Trong số 1.270 chung cư trên địa bàn TP HCM, có 329 chung cư chưa đảm bảo yêu cầu phòng cháy chữa cháy, chiếm gần 26%, theo báo cáo của Cảnh sát PCCC và CNCH thành phố gửi HĐND TP chiều 17/10.

Cụ thể, 474 chung cư cũ xây dựng trước năm 1975 hầu hết không có hệ thống báo cháy tự động; 86 chung cư chưa được nghiệm thu PCCC nhưng đã đưa vào sử dụng, tập trung tại TP Thủ Đức (31 chung cư), quận 7 (14 chung cư) và huyện Bình Chánh (11 chung cư).

Từ đầu năm đến nay, Cảnh sát PCCC đã kiểm tra 2.150 lượt chung cư, phát hiện 1.917 vi phạm, xử phạt 245 trường hợp với số tiền gần 4,8 tỷ đồng. Riêng trong tháng 9, sau vụ cháy chung cư mini ở Hà Nội, thành phố kiểm tra đột xuất 612 chung cư và nhà ở nhiều tầng nhiều căn hộ, đình chỉ hoạt động 27 cơ sở.

Năm nay, thành phố đặt mục tiêu tổ chức 1.000 cuộc thực tập phương án chữa cháy tại chung cư; đến nay đã thực hiện 736 cuộc, đạt 73,6%, thu hút khoảng 128.000 lượt cư dân.

Ông Nguyễn Văn Tám, Trưởng ban quản trị một chung cư cũ trên đường Nguyễn Thị Minh Khai, cho biết chi phí lắp hệ thống báo cháy, chữa cháy tự động cho một block 12 tầng khoảng 3-5 tỷ đồng, bình quân mỗi hộ phải đóng góp 20-30 triệu đồng. "Nhiều hộ là người lao động thu nhập 7-8 triệu đồng/tháng nên rất khó huy động", ông nói.

Đình Văn
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-18")
M9 = P("trong tháng 9", "2023-09-01", "2023-09-30")
SUBJ86 = "chung cư chưa được nghiệm thu PCCC nhưng đã đưa vào sử dụng"

figs = [
    F("có hơn 300 chung cư", "300", 300, "count", "chung cư", "chung cư chưa đảm bảo PCCC", approx="over"),
    F("Trong số 1.270 chung cư", "1.270", 1270, "count", "chung cư", "chung cư trên địa bàn TP HCM"),
    F("có 329 chung cư", "329", 329, "count", "chung cư", "chung cư chưa đảm bảo yêu cầu phòng cháy chữa cháy",
      total=1270, percent=26),
    F("474 chung cư cũ", "474", 474, "count", "chung cư cũ", "chung cư cũ xây dựng trước năm 1975"),
    F("86 chung cư chưa", "86", 86, "count", "chung cư", SUBJ86),
    F("(31 chung cư)", "31", 31, "count", "chung cư", SUBJ86, location="Thủ Đức"),
    F("(14 chung cư)", "14", 14, "count", "chung cư", SUBJ86, location="quận 7"),
    F("(11 chung cư)", "11", 11, "count", "chung cư", SUBJ86, location="Bình Chánh"),
    F("kiểm tra 2.150 lượt", "2.150", 2150, "count", "lượt chung cư", "lượt chung cư được kiểm tra", YTD),
    F("phát hiện 1.917 vi phạm", "1.917", 1917, "count", "vi phạm", "vi phạm phát hiện qua kiểm tra", YTD),
    F("xử phạt 245 trường hợp", "245", 245, "count", "trường hợp", "trường hợp bị xử phạt", YTD),
    F("gần 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "số tiền xử phạt", YTD, approx="nearly"),
    F("đột xuất 612 chung cư", "612", 612, "count", "chung cư", "chung cư và nhà ở nhiều tầng nhiều căn hộ được kiểm tra đột xuất", M9),
    F("đình chỉ hoạt động 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", M9),
    F("tổ chức 1.000 cuộc", "1.000", 1000, "count", "cuộc", "cuộc thực tập phương án chữa cháy tại chung cư",
      P("Năm nay", "2023-01-01", "2023-12-31"), status="target"),
    F("thực hiện 736 cuộc", "736", 736, "count", "cuộc", "cuộc thực tập phương án chữa cháy đã thực hiện",
      P("đến nay", None, "2023-10-18"), percent=73.6),
    F("khoảng 128.000 lượt", "128.000", 128000, "count", "lượt cư dân", "lượt cư dân tham gia thực tập phương án chữa cháy",
      P("đến nay", None, "2023-10-18"), approx="about"),
    F("block 12 tầng", "12", 12, "measure", "tầng", "số tầng của một block chung cư", optional=True),
    F("khoảng 3-5 tỷ đồng", "3", 3e9, "money", "đồng", "chi phí lắp hệ thống báo cháy, chữa cháy tự động cho một block",
      value_max=5e9, approx="about"),
    F("đóng góp 20-30 triệu đồng", "20", 20e6, "money", "đồng/hộ", "số tiền mỗi hộ phải đóng góp", value_max=30e6),
    F("thu nhập 7-8 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "thu nhập của người lao động", value_max=8e6),
]

write("p1102-6", text, [
    "National newspaper (VnExpress style, 'Thứ tư, 18/10/2023, 06:00 (GMT+7)'): TP HCM apartments not meeting PCCC requirements.",
    "Location Hồ Chí Minh; list items Thủ Đức / quận 7 / Bình Chánh are locations (they add up to 56, not 86: no total).",
    "'Trong số 1.270 chung cư ..., có 329' -> total 1270, 'chiếm gần 26%' -> percent 26 (approx of the share is not recorded).",
    "'Cụ thể, 474 ...' is no part-of cue (474 > 329). The 1.000 drills are a target figure of their own; 736 'đạt 73,6%' -> percent.",
    "Range money '3-5 tỷ' (khoảng -> about), '20-30 triệu đồng' per household (đồng/hộ), income '7-8 triệu đồng/tháng'.",
    "'block 12 tầng' is the example's specification (optional). Distractors: 'trước năm 1975', 'quận 7' as a name, 'Nguyễn Văn Tám',",
    "'chiều 17/10', 06:00 (GMT+7), 'tháng 9' vụ cháy ở Hà Nội (no figure).",
], figs, published="2023-10-18", location="Hồ Chí Minh")
