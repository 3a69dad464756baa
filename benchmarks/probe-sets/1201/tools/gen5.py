"""p1201-5: Party newspaper (Báo Tây Ninh): stateless free migrants from Cambodia granted Vietnamese nationality."""
from lib import F, P, I, C, T, write

TEXT = """Niềm vui có quốc tịch Việt Nam

Sau nhiều năm sống không giấy tờ tùy thân, 126 người di cư tự do từ Campuchia về sinh sống tại Tây Ninh vừa được Chủ tịch nước quyết định cho nhập quốc tịch Việt Nam. Đây là đợt giải quyết có số người đông nhất từ trước đến nay trên địa bàn tỉnh.

Theo Sở Tư pháp, tính đến ngày 31/8/2024, toàn tỉnh còn khoảng 1.900 người di cư tự do chưa có quốc tịch, tập trung tại các huyện Bến Cầu, Tân Châu và Châu Thành. Từ năm 2021 đến nay, Sở đã tiếp nhận 418 hồ sơ xin nhập quốc tịch, trong đó 311 hồ sơ đã được UBND tỉnh đề nghị giải quyết; đã có 274 người được nhập quốc tịch Việt Nam, gấp 3 lần giai đoạn 2016-2020.

Gia đình ông Nguyễn Văn Tám (58 tuổi) ở ấp Long Phi, xã Long Thuận, huyện Bến Cầu có 7 người thì 5 người trước đây không có giấy tờ. Ông Tám kể, cả nhà sống bằng nghề chài lưới trên sông Vàm Cỏ Đông, thu nhập chỉ khoảng 1,5 triệu đồng/người/tháng. Nay có quốc tịch, ông đã được cấp thẻ căn cước, hai cháu nội được đăng ký khai sinh và vào lớp 1 tại Trường Tiểu học Long Thuận.

Để giải quyết dứt điểm tình trạng này, Sở Tư pháp phối hợp Công an tỉnh rà soát từng trường hợp, hướng dẫn người dân bổ sung giấy tờ chứng minh nhân thân. Người không quốc tịch xin nhập quốc tịch Việt Nam được miễn lệ phí 3.000.000 đồng/hồ sơ.

Tỉnh đặt mục tiêu đến hết năm 2025 giải quyết xong ít nhất 80% số người di cư tự do đủ điều kiện nhập quốc tịch; dự kiến trong quý IV/2024 trình thêm khoảng 150 hồ sơ.

HOÀNG YẾN
18/09/2024
"""

ASOF = P("tính đến ngày 31/8/2024", None, "2024-08-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-09-18")
T25 = P("đến hết năm 2025", None, "2025-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
BC = "Bến Cầu"

FIGS = [
    F("126 người", "126", 126, "count", "người",
      subject="người di cư tự do từ Campuchia được Chủ tịch nước quyết định cho nhập quốc tịch Việt Nam"),
    F("khoảng 1.900 người", "1.900", 1900, "count", "người", approx="about",
      subject="người di cư tự do chưa có quốc tịch", period=ASOF),
    F("tiếp nhận 418 hồ sơ", "418", 418, "count", "hồ sơ",
      subject="hồ sơ xin nhập quốc tịch tiếp nhận", period=SINCE),
    F("trong đó 311 hồ sơ", "311", 311, "count", "hồ sơ", total=418,
      subject="hồ sơ xin nhập quốc tịch đã được UBND tỉnh đề nghị giải quyết", period=SINCE),
    F("có 274 người", "274", 274, "count", "người",
      change=C("increase", 3, "lần", "giai đoạn 2016-2020"),
      subject="người được nhập quốc tịch Việt Nam", period=SINCE),
    F("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Nguyễn Văn Tám", location=BC),
    F("có 7 người", "7", 7, "count", "người", subject="người trong gia đình ông Nguyễn Văn Tám", location=BC),
    F("thì 5 người", "5", 5, "count", "người", total=7,
      subject="người trong gia đình trước đây không có giấy tờ", location=BC),
    F("khoảng 1,5 triệu", "1,5", 1500000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập của gia đình ông Tám", location=BC),
    F("hai cháu nội", "hai", 2, "count", "cháu nội",
      subject="cháu nội được đăng ký khai sinh", location=BC),
    F("miễn lệ phí 3.000.000", "3.000.000", 3000000, "money", "đồng/hồ sơ",
      subject="lệ phí nhập quốc tịch Việt Nam được miễn cho người không quốc tịch"),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="số người di cư tự do đủ điều kiện nhập quốc tịch được giải quyết", period=T25),
    F("khoảng 150 hồ sơ", "150", 150, "count", "hồ sơ", approx="about", status="forecast",
      subject="hồ sơ nhập quốc tịch trình thêm", period=Q4),
]

NOTES = [
    "Party newspaper (Báo Tây Ninh): byline 'HOÀNG YẾN' and bare date '18/09/2024' at the end. Default location Tây Ninh; the family",
    "passage (ấp Long Phi, xã Long Thuận, huyện Bến Cầu) gets Bến Cầu in all its sentences. 'Từ năm 2021 đến nay' ends at published.",
    "'gấp 3 lần giai đoạn 2016-2020' after the count 274 is its change (3 lần). '5 người' of '7 người' ('có 7 người thì 5 người'): total 7.",
    "Distractors: name 'Nguyễn Văn Tám' (tám = eight), 'lớp 1', 'Trường Tiểu học Long Thuận', 'giai đoạn 2016-2020', 'ngày 31/8/2024'.",
    "The age '58 tuổi' is optional. 'hai cháu nội' is a number word. The fee exemption is a standing rule (no period).",
    "Target 'đặt mục tiêu đến hết năm 2025 … ít nhất 80%'; the clause after ';' has its own cue 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1201-5", TEXT, NOTES, FIGS, published="2024-09-18", location="Tây Ninh")
