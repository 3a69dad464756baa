"""p1142-5: Party newspaper (Báo Quảng Ninh): diving at huyện đảo Cô Tô, a local dive operator, reef rules; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NINH
Kinh tế > Du lịch

Cô Tô đánh thức du lịch lặn biển ngắm san hô

Sau 3 năm thí điểm, huyện Cô Tô đã đưa vào khai thác 9 điểm lặn ngắm san hô ở vùng biển quanh các đảo Cô Tô Con, Trần và Thanh Lân. 6 tháng đầu năm 2024, lượng khách trải nghiệm lặn biển đạt gần 7.800 lượt, gấp đôi cùng kỳ năm 2023; doanh thu từ dịch vụ lặn ước đạt 3,9 tỷ đồng.

Anh Nguyễn Văn Hải ở thôn Hải Tiến, xã Đồng Tiến là một trong những người đầu tiên làm dịch vụ lặn trên đảo. Năm 2021, anh đầu tư 2 ca nô và 15 bộ đồ lặn với tổng kinh phí gần 900 triệu đồng. Hiện vào ngày cao điểm, cơ sở của anh đón 40-50 khách, giá trọn gói 700.000 đồng/người gồm ca nô, thiết bị và hướng dẫn viên. Cơ sở thuê 6 lao động địa phương với thu nhập trên 8 triệu đồng/người/tháng.

Theo khảo sát của Viện Tài nguyên và Môi trường biển, vùng biển Cô Tô có khoảng 1.300 ha rạn san hô, độ phủ tại các điểm lặn từ 30 đến 45%. Để bảo vệ rạn, huyện đã thả 27 phao neo và quy định mỗi nhóm lặn tối đa 6 khách/1 hướng dẫn viên. Từ đầu năm, Đồn Biên phòng Cô Tô đã nhắc nhở 14 trường hợp, xử phạt 3 trường hợp giẫm đạp, bẻ san hô với tổng số tiền 22,5 triệu đồng.

Ông Lê Hùng Sơn, Phó Chủ tịch UBND huyện Cô Tô, cho biết năm 2024 huyện phấn đấu đón 15.000 lượt khách lặn biển, đào tạo thêm 20 hướng dẫn viên lặn là thanh niên địa phương.

MẠNH TRƯỜNG

18/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
YTD = P("Từ đầu năm", "2024-01-01", "2024-07-18")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
HAI = "cơ sở dịch vụ lặn của anh Nguyễn Văn Hải"

FIGS = [
    F("khai thác 9 điểm", "9", 9, "count", "điểm lặn", subject="điểm lặn ngắm san hô đưa vào khai thác"),
    F("gần 7.800 lượt", "7.800", 7800, "count", "lượt", approx="nearly",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023"),
      subject="lượng khách trải nghiệm lặn biển", period=H1),
    F("ước đạt 3,9 tỷ", "3,9", 3900000000, "money", "đồng", status="estimate",
      subject="doanh thu từ dịch vụ lặn", period=H1),
    F("2 ca nô", "2", 2, "count", "ca nô", subject=f"ca nô anh Nguyễn Văn Hải đầu tư", period=Y21),
    F("15 bộ", "15", 15, "count", "bộ đồ lặn", subject="bộ đồ lặn anh Nguyễn Văn Hải đầu tư", period=Y21),
    F("gần 900 triệu", "900", 900000000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí đầu tư ca nô và đồ lặn", period=Y21),
    F("đón 40-50 khách", "40", 40, "measure", "khách/ngày", value_max=50,
      subject=f"khách {HAI} đón vào ngày cao điểm"),
    F("700.000 đồng", "700.000", 700000, "money", "đồng/người", subject="giá trọn gói dịch vụ lặn"),
    F("thuê 6 lao động", "6", 6, "count", "lao động", subject=f"lao động địa phương {HAI} thuê"),
    F("trên 8 triệu", "8", 8000000, "money", "đồng/người/tháng", approx="over",
      subject="thu nhập lao động địa phương"),
    F("khoảng 1.300 ha", "1.300", 1300, "measure", "ha", approx="about",
      subject="rạn san hô vùng biển Cô Tô"),
    F("từ 30 đến 45%", "30", 30, "percent", "%", value_max=45, subject="độ phủ san hô tại các điểm lặn"),
    F("thả 27 phao", "27", 27, "count", "phao neo", subject="phao neo huyện đã thả"),
    F("tối đa 6 khách", "6", 6, "measure", "khách/1 hướng dẫn viên", approx="at_most",
      subject="khách mỗi nhóm lặn"),
    F("nhắc nhở 14 trường hợp", "14", 14, "count", "trường hợp", subject="trường hợp bị nhắc nhở", period=YTD),
    F("xử phạt 3 trường hợp", "3", 3, "count", "trường hợp",
      subject="trường hợp giẫm đạp, bẻ san hô bị xử phạt", period=YTD),
    F("22,5 triệu", "22,5", 22500000, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    F("đón 15.000 lượt", "15.000", 15000, "count", "lượt khách", status="target",
      subject="lượt khách lặn biển", period=Y24),
    F("thêm 20 hướng", "20", 20, "count", "hướng dẫn viên lặn", status="target",
      subject="hướng dẫn viên lặn đào tạo thêm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Quảng Ninh): diving at huyện đảo Cô Tô; byline 'MẠNH TRƯỜNG' and bare date '18/07/2024' at the end.",
    "Location Cô Tô throughout (thôn Hải Tiến, xã Đồng Tiến are inside the district). 'Sau 3 năm thí điểm' is a duration, not a figure;",
    "'một trong những người đầu tiên' is not a count. 'gấp đôi cùng kỳ năm 2023' after 7.800 is its change (2 lần).",
    "Portrait of a dive operator: 'Năm 2021' is the period of the investment figures only; 'Hiện ...' figures get none.",
    "'tối đa 6 khách/1 hướng dẫn viên' is a rate (unit keeps the denominator); '40-50 khách' per peak day is a rate (khách/ngày).",
    "'Từ đầu năm' = from the start of 2024 to the dateline. Targets: 'năm 2024 huyện phấn đấu' (same sentence).",
]

if __name__ == "__main__":
    write("p1142-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Cô Tô")
