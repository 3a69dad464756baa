"""p1109-6: national newspaper (VnExpress style), usurious pawn-shop chain in Đà Nẵng, 2024."""
from lib import F, build, change, period, inherit

TEXT = """Thời sự > Pháp luật
Thứ năm, 14/3/2024, 16:40 (GMT+7)
Chuỗi 11 tiệm cầm đồ cho vay lãi 182%/năm

Đà Nẵng - Công an thành phố khám xét đồng loạt 11 tiệm cầm đồ do Trần Văn Sáu, 41 tuổi, cầm đầu, tạm giữ 23 người.

Theo nhà chức trách, từ tháng 1/2022 đến tháng 2/2024, nhóm này đã cho hơn 3.400 lượt người vay với tổng số tiền khoảng 46 tỷ đồng. Người vay phải trả lãi 5.000 đồng/1 triệu đồng/ngày (tức 182,5%/năm), gấp hơn 9 lần mức lãi suất tối đa 20%/năm mà Bộ luật Dân sự 2015 cho phép.

Mỗi tiệm giải ngân trung bình 150-200 triệu đồng mỗi ngày. Nhân viên được trả lương 8-12 triệu đồng/tháng, cộng 1% hoa hồng trên số tiền lãi thu về. Khi khám xét, cảnh sát thu giữ 2,7 tỷ đồng tiền mặt, 58 xe máy, 164 điện thoại di động, 37 máy tính xách tay cùng nhiều sổ sách ghi chép vay nợ.

Thượng tá Lê Văn Minh, Trưởng phòng Cảnh sát hình sự, cho biết đây là đường dây lớn nhất bị triệt phá tại Đà Nẵng từ đầu năm đến nay. Năm 2023, Công an Đà Nẵng khởi tố 19 vụ cho vay lãi nặng với 52 bị can, trong đó 8 vụ liên quan đến cơ sở cầm đồ. Thành phố hiện có 612 cơ sở kinh doanh dịch vụ cầm đồ, giảm khoảng 15% so với năm 2021.

Theo Bộ Công an, cả nước hiện có hơn 31.000 cơ sở kinh doanh dịch vụ cầm đồ, phần lớn hoạt động đúng quy định; tuy nhiên một số nơi biến tướng thành "tín dụng đen", cho vay với lãi suất cắt cổ. Người dân có thông tin về các cơ sở này có thể báo cho Công an qua số điện thoại 113.

Nguyễn Đông
"""

SPAN = period("từ tháng 1/2022 đến tháng 2/2024", "2022-01-01", "2024-02-29")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Chuỗi 11 tiệm", "11", 11, "count", "tiệm cầm đồ", "tiệm cầm đồ cho vay lãi nặng"),
    F("lãi 182%/năm", "182", 182, "percent", "%", "lãi suất cho vay"),
    F("đồng loạt 11 tiệm", "11", 11, "count", "tiệm cầm đồ", "tiệm cầm đồ bị khám xét"),
    F("41 tuổi", "41", 41, "measure", "tuổi", "tuổi của người cầm đầu", optional=True),
    F("tạm giữ 23 người", "23", 23, "count", "người", "người bị tạm giữ"),
    F("hơn 3.400 lượt người vay", "3.400", 3400, "count", "lượt người vay", "lượt người vay", SPAN,
      approx="over"),
    F("khoảng 46 tỷ đồng", "46", 46000000000, "money", "đồng", "tổng số tiền cho vay", SPAN, approx="about"),
    F("lãi 5.000 đồng/1 triệu đồng/ngày", "5.000", 5000, "money", "đồng/1 triệu đồng/ngày",
      "lãi người vay phải trả"),
    F("tức 182,5%/năm", "182,5", 182.5, "percent", "%", "lãi suất cho vay"),
    F("gấp hơn 9 lần", "9", 9, "multiple", "lần", "lãi suất so với mức lãi suất tối đa", approx="over"),
    F("tối đa 20%/năm", "20", 20, "percent", "%", "mức lãi suất tối đa Bộ luật Dân sự cho phép",
      approx="at_most", optional=True),
    F("trung bình 150-200 triệu đồng", "150", 150000000, "money", "đồng/ngày", "tiền giải ngân mỗi tiệm",
      value_max=200000000),
    F("lương 8-12 triệu đồng/tháng", "8", 8000000, "money", "đồng/tháng", "lương nhân viên",
      value_max=12000000),
    F("cộng 1% hoa hồng", "1", 1, "percent", "%", "hoa hồng trên số tiền lãi thu về"),
    F("thu giữ 2,7 tỷ đồng", "2,7", 2700000000, "money", "đồng", "tiền mặt bị thu giữ"),
    F("58 xe máy", "58", 58, "count", "xe máy", "xe máy bị thu giữ"),
    F("164 điện thoại di động", "164", 164, "count", "điện thoại di động", "điện thoại di động bị thu giữ"),
    F("37 máy tính xách tay", "37", 37, "count", "máy tính xách tay", "máy tính xách tay bị thu giữ"),
    F("khởi tố 19 vụ", "19", 19, "count", "vụ", "vụ cho vay lãi nặng bị khởi tố", Y23),
    F("52 bị can", "52", 52, "count", "bị can", "bị can cho vay lãi nặng", Y23),
    F("8 vụ liên quan", "8", 8, "count", "vụ", "vụ liên quan đến cơ sở cầm đồ", Y23, total=19),
    F("có 612 cơ sở", "612", 612, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ",
      change=change("decrease", 15, "%", "năm 2021", approx="about")),
    F("hơn 31.000 cơ sở", "31.000", 31000, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ",
      approx="over", location="Việt Nam"),
]

NOTES = [
    "National newspaper, Pháp luật: chuỗi tiệm cầm đồ cho vay lãi nặng ở Đà Nẵng; dateline 'Thứ năm, 14/3/2024, 16:40 (GMT+7)'.",
    "'5.000 đồng/1 triệu đồng/ngày': the '1 triệu' is the rate's denominator, part of the unit, not a figure.",
    "'(tức 182,5%/năm)' restates the rate: a percent of its own ('tức' is not a share cue). Interest rates per year: unit '%'.",
    "'gấp hơn 9 lần mức lãi suất tối đa' is the claim (multiple); the legal cap 'tối đa 20%/năm' optional; age '41 tuổi' optional.",
    "'trong đó 8 vụ' follows '52 bị can' but counts vụ: whole = 19 vụ. Sentences with 'hiện' get no period; national 31.000 = Việt Nam.",
    "Distractors: Trần Văn Sáu, Bộ luật Dân sự 2015, 16:40 (GMT+7), hotline 113, 'từ đầu năm đến nay' (no figure).",
]

build("p1109-6", TEXT, FIGS, NOTES, published="2024-03-14", location="Đà Nẵng")
