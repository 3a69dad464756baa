"""p1292-5: provincial newspaper (Báo Quảng Ngãi, tag (BQNg)): a new coach station in huyện Bình Sơn; province's stations."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Giao thông

Thứ Hai, 16/09/2024 - 07:12

Bến xe khách Bắc Bình Sơn sắp đi vào hoạt động

Sau gần 2 năm thi công, bến xe khách đầu tiên ở phía Bắc tỉnh đã cơ bản hoàn thành, dự kiến đón khoảng 2.500 lượt khách mỗi ngày.

(BQNg) - Bến xe khách Bắc Bình Sơn tại xã Bình Long, huyện Bình Sơn do Công ty cổ phần Đầu tư Vận tải Sơn Trà Xanh làm chủ đầu tư, nằm sát Quốc lộ 1, cách nút giao cao tốc Đà Nẵng - Quảng Ngãi khoảng 3 km. Bến có tổng diện tích 2,8 ha, tổng mức đầu tư hơn 74 tỷ đồng, là bến xe khách loại 2, được thiết kế đáp ứng 400 lượt xe xuất bến/ngày đêm, với 36 vị trí đón khách, 30 vị trí trả khách và bãi đỗ cho tối đa 120 xe.

Ông Võ Thành Nhân, Giám đốc công ty, cho biết đơn vị đã ký hợp đồng với 18 doanh nghiệp vận tải để khai thác 64 tuyến cố định đi các tỉnh phía Bắc và Tây Nguyên. Dự kiến bến đi vào hoạt động từ ngày 1/10/2024, mỗi ngày đón khoảng 2.500 lượt khách, tạo việc làm cho 45 lao động với mức lương bình quân 7,5 triệu đồng/người/tháng.

Theo Sở Giao thông vận tải Quảng Ngãi, 8 tháng đầu năm 2024, 7 bến xe khách trên địa bàn tỉnh đã tổ chức 12.860 lượt xe xuất bến, vận chuyển hơn 305.000 lượt khách, tăng 8,5% so với cùng kỳ. Bến xe khách Quảng Ngãi ở trung tâm thành phố thường xuyên quá tải, diện tích chỉ khoảng 1,2 ha.

Theo quy hoạch tỉnh, đến năm 2030 Quảng Ngãi sẽ có 14 bến xe khách, trong đó 3 bến xe loại 1.

THANH NHƯ
"""

M8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
BY2030 = period("đến năm 2030", None, "2030-12-31")
BS = "Bình Sơn"

FIGS = [
    F("gần 2 năm", "2", 2, "measure", "năm", approx="nearly", subject="thời gian thi công bến xe",
      location=BS, optional=True),
    F("dự kiến đón khoảng 2.500", "2.500", 2500, "measure", "lượt khách/ngày", approx="about",
      status="forecast", subject="lượt khách bến xe dự kiến đón mỗi ngày", location=BS),
    F("khoảng 3 km", "3", 3, "measure", "km", approx="about",
      subject="khoảng cách từ bến xe đến nút giao cao tốc Đà Nẵng - Quảng Ngãi", location=BS),
    F("diện tích 2,8 ha", "2,8", 2.8, "measure", "ha", subject="tổng diện tích bến", location=BS),
    F("hơn 74 tỷ", "74", 74e9, "money", "đồng", approx="over", subject="tổng mức đầu tư bến", location=BS),
    F("đáp ứng 400 lượt", "400", 400, "measure", "lượt xe/ngày đêm",
      subject="công suất thiết kế của bến", location=BS),
    F("với 36 vị trí", "36", 36, "count", "vị trí", subject="vị trí đón khách", location=BS),
    F("30 vị trí", "30", 30, "count", "vị trí", subject="vị trí trả khách", location=BS),
    F("tối đa 120 xe", "120", 120, "count", "xe", approx="at_most", subject="bãi đỗ xe", location=BS),
    F("với 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp",
      subject="doanh nghiệp vận tải ký hợp đồng khai thác", location=BS),
    F("khai thác 64 tuyến", "64", 64, "count", "tuyến", subject="tuyến cố định đi các tỉnh phía Bắc và Tây Nguyên", location=BS),
    F("ngày đón khoảng 2.500", "2.500", 2500, "measure", "lượt khách/ngày", approx="about",
      status="forecast", subject="lượt khách bến đón mỗi ngày", location=BS),
    F("cho 45 lao động", "45", 45, "count", "lao động", status="forecast",
      subject="lao động được tạo việc làm", location=BS),
    F("quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", status="forecast",
      subject="mức lương bình quân của lao động", location=BS),
    F("2024, 7 bến", "7", 7, "count", "bến xe khách", subject="bến xe khách trên địa bàn tỉnh", period=M8),
    F("tổ chức 12.860", "12.860", 12860, "count", "lượt xe", subject="lượt xe xuất bến", period=M8),
    F("hơn 305.000", "305.000", 305000, "count", "lượt khách", approx="over",
      change=change("increase", 8.5, "%", "cùng kỳ"), subject="lượt khách vận chuyển", period=M8),
    F("khoảng 1,2 ha", "1,2", 1.2, "measure", "ha", approx="about",
      subject="diện tích Bến xe khách Quảng Ngãi"),
    F("có 14 bến", "14", 14, "count", "bến xe khách", status="target",
      subject="bến xe khách theo quy hoạch tỉnh", period=BY2030),
    F("đó 3 bến", "3", 3, "count", "bến xe", total=14, status="target",
      subject="bến xe loại 1 theo quy hoạch", period=BY2030),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Ngãi): menu, 'Thứ Hai, 16/09/2024 - 07:12', headline, sapo, tag '(BQNg) -', byline at the end.",
    "Distractors: 07:12, 'Quốc lộ 1', 'cao tốc Đà Nẵng - Quảng Ngãi', 'bến xe khách loại 2' and 'bến xe loại 1' (grades), '1/10/2024'.",
    "The new station stands in huyện Bình Sơn: its figures (sapo and first two body paragraphs) get location Bình Sơn; the province's",
    "figures and the old station in TP Quảng Ngãi get Quảng Ngãi (city and province read the same).",
    "'Sau gần 2 năm thi công' is the duration of the works (optional: it also only places the story in time).",
    "Capacities and sizes of the station have no period. 'Dự kiến bến đi vào hoạt động ..., mỗi ngày đón ..., tạo việc làm cho 45 lao động",
    "với mức lương ...' → forecast for every clause of the sentence; 1/10/2024 is the opening date, not the figures' period.",
    "'8 tháng đầu năm 2024, 7 bến xe khách ... đã tổ chức ...' → the count of stations takes the sentence's period (as '91 xã' in h12).",
    "'Theo quy hoạch tỉnh, đến năm 2030 ... sẽ có 14 bến xe khách, trong đó 3 bến xe loại 1' → target; 3 has total 14.",
    "revised after the first run: 400 unit 'lượt xe xuất bến/ngày đêm' → 'lượt xe/ngày đêm' (the shortest noun phrase, as 'lượt xe'",
    "for 'lượt xe xuất bến' in p1, p2, p5); 64 tuyến subject 'tuyến cố định khai thác' → 'tuyến cố định đi các tỉnh phía Bắc và Tây",
    "Nguyên' (the sentence's own noun phrase; elsewhere the set keeps the whole noun phrase after the number).",
]

if __name__ == "__main__":
    write("p1292-5", TEXT, NOTES, FIGS, published="2024-09-16", location="Quảng Ngãi")
