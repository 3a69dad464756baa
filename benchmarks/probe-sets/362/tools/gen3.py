from lib import F, P, build

TEXT = """Nỗi lo an toàn trẻ ở nhóm trẻ tự phát vùng công nghiệp
08/11/2024 07:45
Hạnh Dung

(ĐN) - Từ đầu năm đến nay, trên địa bàn tỉnh đã xảy ra 5 vụ việc bạo hành, xâm hại trẻ tại các nhóm trẻ, lớp mẫu giáo độc lập, bằng cả năm 2023; 2 chủ cơ sở đã bị khởi tố.

Theo Sở Giáo dục và Đào tạo Đồng Nai, toàn tỉnh hiện có gần 1.900 nhóm trẻ, lớp mẫu giáo độc lập, nuôi dạy khoảng 38.000 trẻ, tập trung tại TP Biên Hòa (hơn 700 nhóm), huyện Trảng Bom (312 nhóm) và huyện Nhơn Trạch (268 nhóm). Trong đó, 1.421 nhóm đã lắp camera giám sát, chiếm 74,8%.

Tuy nhiên, qua kiểm tra đột xuất trong 9 tháng năm 2024, ngành chức năng phát hiện 126 nhóm có camera nhưng không hoạt động hoặc không lưu dữ liệu tối thiểu 30 ngày; 87 nhóm nhận số trẻ vượt quy định (tối đa 25 trẻ/nhóm đối với trẻ từ 25 đến 36 tháng tuổi).

Tại huyện Trảng Bom, vụ bảo mẫu nhóm trẻ Ánh Dương đánh 3 trẻ hồi tháng 8/2024 khiến dư luận bức xúc. Từ tháng 9/2024 đến nay, huyện đã kiểm tra 100% nhóm trẻ trên địa bàn, đình chỉ 15 nhóm không phép.

Bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, năm 2025 ngành phấn đấu 90% nhóm trẻ độc lập lắp camera kết nối với điện thoại phụ huynh, 100% người chăm sóc trẻ được tập huấn kỹ năng sơ cứu. Người dân phát hiện dấu hiệu bạo hành trẻ em có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SINCE9 = P("Từ tháng 9/2024 đến nay", "2024-09-01", "2024-11-08")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "nhóm trẻ, lớp mẫu giáo độc lập"

FIGS = [
    F("xảy ra 5 vụ việc", "5", 5, "count", "vụ việc", "vụ việc bạo hành, xâm hại trẻ tại các nhóm trẻ, lớp mẫu giáo độc lập",
      period=YTD),
    F("; 2 chủ cơ sở", "2", 2, "count", "chủ cơ sở", "chủ cơ sở bị khởi tố", period=YTD),
    F("gần 1.900 nhóm", "1.900", 1900, "count", "nhóm trẻ, lớp mẫu giáo", LIST, approx="nearly"),
    F("khoảng 38.000 trẻ", "38.000", 38000, "count", "trẻ", "trẻ được nuôi dạy tại nhóm trẻ, lớp mẫu giáo độc lập",
      approx="about"),
    F("(hơn 700 nhóm)", "700", 700, "count", "nhóm", LIST, approx="over", location="Biên Hòa"),
    F("(312 nhóm)", "312", 312, "count", "nhóm", LIST, location="Trảng Bom"),
    F("(268 nhóm)", "268", 268, "count", "nhóm", LIST, location="Nhơn Trạch"),
    F("Trong đó, 1.421 nhóm", "1.421", 1421, "count", "nhóm", "nhóm đã lắp camera giám sát", total=1900, percent=74.8),
    F("phát hiện 126 nhóm", "126", 126, "count", "nhóm",
      "nhóm có camera nhưng không hoạt động hoặc không lưu dữ liệu", period=M9),
    F("tối thiểu 30 ngày", "30", 30, "measure", "ngày", "thời gian lưu dữ liệu camera", approx="at_least",
      period=M9, optional=True),
    F("; 87 nhóm", "87", 87, "count", "nhóm", "nhóm nhận số trẻ vượt quy định", period=M9),
    F("tối đa 25 trẻ/nhóm", "25", 25, "measure", "trẻ/nhóm", "số trẻ tối đa mỗi nhóm", approx="at_most",
      period=M9, optional=True),
    F("từ 25 đến 36 tháng", "25", 25, "measure", "tháng", "độ tuổi trẻ", value_max=36, optional=True),
    F("đánh 3 trẻ", "3", 3, "count", "trẻ", "trẻ bị bảo mẫu nhóm trẻ Ánh Dương đánh",
      period=P("tháng 8/2024", "2024-08-01", "2024-08-31"), location="Trảng Bom"),
    F("kiểm tra 100% nhóm", "100", 100, "percent", "%", "nhóm trẻ trên địa bàn được kiểm tra", period=SINCE9,
      location="Trảng Bom"),
    F("đình chỉ 15 nhóm", "15", 15, "count", "nhóm", "nhóm không phép bị đình chỉ", period=SINCE9, location="Trảng Bom"),
    F("phấn đấu 90% nhóm", "90", 90, "percent", "%", "nhóm trẻ độc lập lắp camera kết nối với điện thoại phụ huynh",
      status="target", period=Y25),
    F(", 100% người chăm sóc", "100", 100, "percent", "%", "người chăm sóc trẻ được tập huấn kỹ năng sơ cứu",
      status="target", period=Y25),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper): child-safety incidents and cameras in independent childcare groups. Bare dateline '08/11/2024 07:45', byline under it, tag '(ĐN)'.",
    "Distractors: 'bằng cả năm 2023', 'nhóm trẻ Ánh Dương', 'Tổng đài quốc gia bảo vệ trẻ em 111', dates 'tháng 8/2024'.",
    "'Từ đầu năm đến nay' and 'Từ tháng 9/2024 đến nay' end at the dateline. 'hiện có' figures have no period (null).",
    "'Trong đó, 1.421 nhóm' after a list of district parts: the whole is the province figure gần 1.900 (not a sibling part), so total 1900.",
    "District list items in brackets: location = district, subject = the list's indicator, no total (no cue). Trảng Bom paragraph: location Trảng Bom.",
    "Regulatory thresholds 'tối thiểu 30 ngày', 'tối đa 25 trẻ/nhóm' and the age range 'từ 25 đến 36 tháng tuổi' are optional.",
]

if __name__ == "__main__":
    build(3, TEXT, COMMENTS, FIGS, published="2024-11-08", location="Đồng Nai")
