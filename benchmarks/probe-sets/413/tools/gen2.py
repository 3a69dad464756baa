from lib import F, P, PI, CH, T, build

TEXT = """BÁO TÂY NINH ĐIỆN TỬ
Kinh tế - Nông nghiệp

Giá mía cao, nông dân Tây Ninh mở rộng diện tích
MINH THÀNH 07:45, 08/01/2024

(BTN) - Bước vào niên vụ 2023-2024, Công ty CP Đường Biên Hòa - Thành Thành Công Tây Ninh công bố giá thu mua mía tối thiểu 1.300.000 đồng/tấn mía 10 CCS tại ruộng, cao hơn 200.000 đồng/tấn so với niên vụ trước. Ngoài giá thu mua, công ty còn hỗ trợ thêm 50.000 đồng/tấn cho các hộ có hợp đồng đầu tư.

Theo Sở Nông nghiệp và Phát triển nông thôn, diện tích mía toàn tỉnh niên vụ 2023-2024 đạt 10.840 ha, tăng 18,6% so với niên vụ 2022-2023, gồm: Tân Châu 4.120 ha, Tân Biên 2.860 ha, Châu Thành 1.950 ha và các huyện, thị xã khác 1.910 ha.

Ông Nguyễn Văn Tám (ấp 3, xã Tân Hòa, huyện Tân Châu) cho biết, gia đình ông trồng 5 ha mía, năng suất khoảng 90 tấn/ha; trừ chi phí, mỗi héc-ta lãi gần 45 triệu đồng.

Theo kế hoạch, niên vụ này nhà máy sẽ ép khoảng 1,1 triệu tấn mía, trong đó mía trong tỉnh chiếm 62%, phần còn lại thu mua từ các tỉnh lân cận và Campuchia. Công suất ép của nhà máy đạt 9.800 tấn mía/ngày. Từ đầu vụ đến ngày 5/1/2024, nhà máy đã ép được 286.500 tấn mía, thu hồi 27.140 tấn đường, tỷ lệ thu hồi đạt 9,47%.

Tỉnh phấn đấu đến năm 2025 ổn định 12.000 ha mía, năng suất bình quân không dưới 85 tấn/ha.
"""

NV = ("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
UP = P("Từ đầu vụ đến ngày 5/1/2024", None, "2024-01-05")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tối thiểu 1.300.000 đồng/tấn", "1.300.000", "money", "đồng/tấn", "giá thu mua mía tại ruộng", approx="at_least",
      change=CH("inc", 200000, "đồng/tấn", "niên vụ trước"), period=P(*NV)),
    F("mía 10 CCS", "10", "measure", "CCS", "loại mía", optional=True),
    F("thêm 50.000 đồng/tấn", "50.000", "money", "đồng/tấn", "hỗ trợ thêm cho các hộ có hợp đồng đầu tư", period=PI(*NV)),
    F("đạt 10.840 ha", "10.840", "measure", "ha", "diện tích mía toàn tỉnh",
      change=CH("inc", 18.6, "%", "niên vụ 2022-2023"), period=P(*NV)),
    F("Tân Châu 4.120 ha", "4.120", "measure", "ha", "diện tích mía", total=10840, location="Tân Châu", period=P(*NV)),
    F("Tân Biên 2.860 ha", "2.860", "measure", "ha", "diện tích mía", total=10840, location="Tân Biên", period=P(*NV)),
    F("Châu Thành 1.950 ha", "1.950", "measure", "ha", "diện tích mía", total=10840, location="Châu Thành", period=P(*NV)),
    F("khác 1.910 ha", "1.910", "measure", "ha", "diện tích mía các huyện, thị xã khác", total=10840, period=P(*NV)),
    F("trồng 5 ha mía", "5", "measure", "ha", "diện tích mía gia đình ông Nguyễn Văn Tám trồng", location="Tân Châu"),
    F("khoảng 90 tấn/ha", "90", "measure", "tấn/ha", "năng suất mía", approx="about", location="Tân Châu"),
    F("gần 45 triệu đồng", "45", "money", "đồng", "lãi mỗi héc-ta mía", mult=10**6, approx="nearly", location="Tân Châu"),
    F("khoảng 1,1 triệu tấn mía", "1,1", "measure", "tấn", "mía nhà máy ép", mult=10**6, approx="about", status="target",
      period=P("niên vụ này", "2023-01-01", "2024-12-31")),
    F("chiếm 62%", "62", "percent", "%", "mía trong tỉnh trong lượng mía ép", status="target",
      period=P("niên vụ này", "2023-01-01", "2024-12-31")),
    F("đạt 9.800 tấn mía/ngày", "9.800", "measure", "tấn/ngày", "Công suất ép của nhà máy"),
    F("được 286.500 tấn mía", "286.500", "measure", "tấn", "mía nhà máy đã ép", period=UP),
    F("thu hồi 27.140 tấn đường", "27.140", "measure", "tấn", "đường thu hồi", period=UP),
    F("đạt 9,47%", "9,47", "percent", "%", "tỷ lệ thu hồi đường", period=UP),
    F("ổn định 12.000 ha mía", "12.000", "measure", "ha", "diện tích mía", status="target", period=T25),
    F("không dưới 85 tấn/ha", "85", "measure", "tấn/ha", "năng suất mía bình quân", approx="at_least", status="target", period=T25),
]

COMMENTS = """
Báo Tây Ninh (Party newspaper): cane price and area at the start of the 2023-2024 season. Byline + time + date 'MINH THÀNH 07:45, 08/01/2024'; tag '(BTN)'.
'gồm:' breakdown after 10.840 ha adds up (4.120+2.860+1.950+1.910): total 10840; districts go to location, 'các huyện, thị xã khác' stays Tây Ninh.
'tối thiểu 1.300.000' at_least with its change 'cao hơn 200.000 đồng/tấn'; 'không dưới 85 tấn/ha' at_least. 'niên vụ này' = the season named earlier (2023-2024).
'Theo kế hoạch … sẽ ép khoảng 1,1 triệu tấn' is a plan (target); the share 'trong đó … chiếm 62%' continues that clause (target), a percent of its own.
'Từ đầu vụ đến ngày 5/1/2024' is an as-of period (start null). 'tỷ lệ thu hồi đạt 9,47%' is its own percent figure (27.140/286.500).
Capacity '9.800 tấn mía/ngày': unit 'tấn/ngày' (measure unit per day, as 'tấn' for every 'N tấn mía').
One farmer's figures (5 ha, 90 tấn/ha, 45 triệu) take his district Tân Châu; they carry no period.
Distractors: dateline, 'ấp 3', 'xã Tân Hòa', person's name, 'Biên Hòa' and 'Tây Ninh' inside a company name, 'ngày 5/1/2024'. Optional: grade 'mía 10 CCS'.
"""

build(2, TEXT, FIGS, COMMENTS, published="2024-01-08", location="Tây Ninh")
