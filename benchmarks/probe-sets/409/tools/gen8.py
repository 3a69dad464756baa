from lib import F, P, C, emit

TEXT = """Cổng thông tin điện tử huyện Hải Hậu
Tin tức - Sự kiện › Nông nghiệp - Nông thôn

Chăn nuôi gia cầm: hướng đi hiệu quả của nông dân Hải Hậu

Từ đầu năm đến nay, đàn gia cầm của huyện duy trì ổn định ở mức trên 1,2 triệu con, trong đó đàn vịt khoảng 480.000 con, đàn gà 650.000 con, còn lại là ngan, chim cút. Sản lượng trứng gia cầm ước đạt 96 triệu quả, tăng 7,3% so với cùng kỳ năm trước.

Hiện toàn huyện có 5 trang trại và hơn hai trăm gia trại nuôi gia cầm quy mô từ 2.000 đến 10.000 con. Điển hình là trang trại của ông Trần Văn Lực ở xã Hải Phong, nuôi 12.000 con vịt đẻ trứng, mỗi năm cho thu nhập khoảng 1,5 tỷ đồng.

Giá trứng vịt tại các cơ sở thu mua trên địa bàn hiện ở mức 2.300-2.500 đồng/quả, giá vịt thịt 45.000 đồng/kg, thấp hơn 5.000 đồng/kg so với đầu năm. Nhiều hộ đã liên kết với Công ty CP Thực phẩm 27/7 để bao tiêu sản phẩm.

Để phòng dịch, trong năm 2023 huyện đã tổ chức tiêm phòng vắc xin cúm gia cầm được hai đợt với 1.640.000 liều, đạt 95,2% kế hoạch; 100% cơ sở chăn nuôi tập trung được phun khử trùng định kỳ. Phấn đấu đến năm 2025, tổng đàn gia cầm của huyện đạt 1,5 triệu con, sản lượng trứng đạt 120 triệu quả/năm.

Ông Vũ Văn Khánh, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, thời gian tới huyện dự kiến hỗ trợ 50% kinh phí mua vắc xin cho các hộ nuôi dưới 2.000 con.

Liên hệ: Phòng Nông nghiệp và PTNT huyện Hải Hậu, số 5 đường Hùng Vương, thị trấn Yên Định; ĐT: 0228.3877.219.

Thu Trang - Trung tâm VHTT&TT huyện

28/11/2023
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-28")
YTDi = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-28", inh=True)
Y23 = P("trong năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trên 1,2 triệu con", "1,2", 1200000, "count", "con", "đàn gia cầm", YTD, approx="over"),
    F("khoảng 480.000 con", "480.000", 480000, "count", "con", "đàn vịt", YTD, approx="about", total=1200000),
    F("gà 650.000 con", "650.000", 650000, "count", "con", "đàn gà", YTD, total=1200000),
    F("ước đạt 96 triệu quả", "96", 96000000, "count", "quả", "sản lượng trứng gia cầm", YTDi, status="estimate",
      change=C("increase", 7.3, "%", "cùng kỳ năm trước")),
    F("có 5 trang trại", "5", 5, "count", "trang trại", "trang trại nuôi gia cầm"),
    F("hơn hai trăm gia trại", "hai trăm", 200, "count", "gia trại", "gia trại nuôi gia cầm", approx="over"),
    F("từ 2.000 đến 10.000 con", "2.000", 2000, "count", "con", "quy mô nuôi gia cầm", value_max=10000, optional=True),
    F("nuôi 12.000 con", "12.000", 12000, "count", "con", "vịt đẻ trứng"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "thu nhập mỗi năm", approx="about"),
    F("mức 2.300-2.500 đồng/quả", "2.300", 2300, "money", "đồng/quả", "giá trứng vịt", value_max=2500),
    F("45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá vịt thịt",
      change=C("decrease", 5000, "đồng/kg", "đầu năm")),
    F("được hai đợt", "hai", 2, "count", "đợt", "đợt tiêm phòng vắc xin cúm gia cầm", Y23, optional=True),
    F("1.640.000 liều", "1.640.000", 1640000, "count", "liều", "vắc xin cúm gia cầm tiêm phòng", Y23, percent=95.2),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở chăn nuôi tập trung được phun khử trùng định kỳ", Y23),
    F("đạt 1,5 triệu con", "1,5", 1500000, "count", "con", "tổng đàn gia cầm của huyện", T25, status="target"),
    F("120 triệu quả/năm", "120", 120000000, "measure", "quả/năm", "sản lượng trứng", T25, status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "hỗ trợ kinh phí mua vắc xin", status="forecast"),
    F("dưới 2.000 con", "2.000", 2000, "count", "con", "hộ nuôi", approx="under", optional=True),
]

COMMENTS = [
    "District portal (huyện Hải Hậu, Nam Định): poultry flock, eggs, farms, a model farm, egg and duck prices, vaccination 2023, 2025 targets.",
    "Bare date '28/11/2023' at the end is the dateline. Distractors: company name 'Công ty CP Thực phẩm 27/7', address 'số 5 đường Hùng Vương',",
    "phone 0228.3877.219, 'xã Hải Phong', people's names. 'Từ đầu năm đến nay' takes 2023 from the dateline (ends 2023-11-28).",
    "'trên 1,2 triệu con, trong đó đàn vịt khoảng 480.000 con, đàn gà 650.000 con' → parts with total 1,2 triệu. 'hơn hai trăm' = 200, over.",
    "Size band 'từ 2.000 đến 10.000 con' and 'hộ nuôi dưới 2.000 con' are criteria (optional); 'hai đợt' rounds (optional).",
    "'1.640.000 liều, đạt 95,2% kế hoạch' → percent 95,2. Farm in xã Hải Phong lies in the district: location Hải Hậu.",
    "'thấp hơn 5.000 đồng/kg so với đầu năm' is the change of 45.000 đồng/kg. 'Phấn đấu đến năm 2025' → targets; 'dự kiến hỗ trợ 50%' → forecast.",
]

emit("p409-8", TEXT, COMMENTS, FIGS, published="2023-11-28", location="Hải Hậu")
