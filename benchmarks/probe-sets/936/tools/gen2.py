"""p936-2: district portal (quận Hoàng Mai, Hà Nội), a campaign day against illegal posters, 2023."""
from lib import C, F, I, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Trang chủ / Tin tức - Sự kiện / Quản lý đô thị

Ra quân xóa quảng cáo rao vặt tại 14 phường
Thứ Năm, 12/10/2023 - 16:05

Sáng 12/10, UBND quận Hoàng Mai tổ chức ra quân lần thứ 3 trong năm 2023 nhằm bóc, xóa quảng cáo rao vặt trái phép trên địa bàn. Tham gia có gần 600 cán bộ, đoàn viên thanh niên và lực lượng trật tự đô thị của 14/14 phường.

Chỉ trong buổi sáng, các lực lượng đã bóc, xóa 12.750 tờ quảng cáo rao vặt, tháo gỡ 236 biển quảng cáo, biển hiệu lấn chiếm vỉa hè, thu giữ 1.180 băng rôn treo không phép. Các tuyến phố Giải Phóng, Tam Trinh, Lĩnh Nam và đường Nguyễn Xiển được tập trung xử lý.

Theo Phòng Văn hóa và Thông tin quận, từ đầu năm 2023 đến nay, quận đã bóc, xóa trên 186.000 tờ quảng cáo rao vặt, tăng 27,5% so với cùng kỳ năm 2022; đề nghị Sở Thông tin và Truyền thông khóa 342 số thuê bao in trên quảng cáo rao vặt, trong đó 198 số đã bị khóa hoàn toàn. Quận cũng xử phạt 58 trường hợp vi phạm về quảng cáo, tổng số tiền 247,5 triệu đồng, bình quân khoảng 4,3 triệu đồng/trường hợp.

Theo Nghị định số 38/2021/NĐ-CP, hành vi treo, dán, vẽ quảng cáo rao vặt không đúng nơi quy định bị phạt tiền từ 5 đến 10 triệu đồng.

Phát biểu tại buổi ra quân, ông Nguyễn Văn Sáu, Phó Chủ tịch UBND quận cho biết quận phấn đấu đến cuối năm 2023 có 100% tuyến phố chính không còn quảng cáo rao vặt; mỗi phường tổ chức ít nhất 2 buổi ra quân/tháng.

Người dân phát hiện hành vi dán quảng cáo trái phép có thể phản ánh qua số điện thoại 024.3644.5316 của UBND quận.
"""

DAY = P("Sáng 12/10", "2023-10-12", "2023-10-12", inh=True)
YTD = P("từ đầu năm 2023 đến nay", "2023-01-01", "2023-10-12")

FIGS = [
    F("tại 14 phường", "14", 14, "count", "phường",
      "phường ra quân xóa quảng cáo rao vặt"),
    F("gần 600 cán bộ", "600", 600, "count", "cán bộ",
      "cán bộ, đoàn viên thanh niên và lực lượng trật tự đô thị tham gia", approx="nearly", period=DAY),
    F("của 14/14 phường", "14", 14, "count", "phường",
      "phường tham gia ra quân", total=14, period=DAY),
    F("xóa 12.750 tờ", "12.750", 12750, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", period=DAY),
    F("tháo gỡ 236 biển", "236", 236, "count", "biển quảng cáo",
      "biển quảng cáo, biển hiệu lấn chiếm vỉa hè tháo gỡ", period=DAY),
    F("thu giữ 1.180 băng rôn", "1.180", 1180, "count", "băng rôn",
      "băng rôn treo không phép thu giữ", period=DAY),
    F("trên 186.000 tờ", "186.000", 186000, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", approx="over",
      change=C("increase", 27.5, "%", "cùng kỳ năm 2022"), period=YTD),
    F("khóa 342 số thuê bao", "342", 342, "count", "số thuê bao",
      "số thuê bao in trên quảng cáo rao vặt đề nghị khóa", period=YTD),
    F("trong đó 198 số", "198", 198, "count", "số thuê bao",
      "số thuê bao đã bị khóa hoàn toàn", total=342, period=YTD),
    F("xử phạt 58 trường hợp", "58", 58, "count", "trường hợp",
      "trường hợp vi phạm về quảng cáo bị xử phạt", period=I(YTD)),
    F("tổng số tiền 247,5 triệu đồng", "247,5", 247500000, "money", "đồng",
      "tổng số tiền xử phạt", period=I(YTD)),
    F("khoảng 4,3 triệu đồng/trường hợp", "4,3", 4300000, "money", "đồng/trường hợp",
      "số tiền phạt bình quân", approx="about", period=I(YTD)),
    F("từ 5 đến 10 triệu đồng", "5", 5000000, "money", "đồng",
      "mức phạt hành vi treo, dán, vẽ quảng cáo rao vặt không đúng nơi quy định",
      value_max=10000000, location="Việt Nam", optional=True),
    F("có 100% tuyến phố", "100", 100, "percent", "%",
      "tuyến phố chính không còn quảng cáo rao vặt", status="target",
      period=P("đến cuối năm 2023", None, "2023-12-31")),
    F("ít nhất 2 buổi", "2", 2, "measure", "buổi ra quân/tháng",
      "buổi ra quân mỗi phường tổ chức", approx="at_least", status="target"),
]

write(2, TEXT, FIGS, location="Hoàng Mai", published="2023-10-12", notes=(
    "District portal (quận Hoàng Mai, Hà Nội): campaign day against illegal posters on 12/10/2023 and year-to-date results.",
    "Figures of the campaign morning inherit the day 'Sáng 12/10' (not scored). 'từ đầu năm 2023 đến nay' ends at the dateline.",
    "The legal fine range of Nghị định 38/2021 is a rule, not a fact of the district: optional, location Việt Nam.",
    "'ít nhất 2 buổi ra quân/tháng' is a per-month norm (measure, unit with denominator), target; no period given (a standing norm).",
    "Distractors: 'lần thứ 3', 'Nguyễn Văn Sáu', phone 024.3644.5316, Nghị định số 38/2021/NĐ-CP.",
))
